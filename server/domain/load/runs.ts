import { addDays, daysBetween } from "../dates";
import { toHundredths } from "../progression/exact";

/** A logged run: its date and run minutes (walking excluded). */
export type RunMinutesEntry = { date: string; runMinutes: number };

/**
 * DOMAIN 6.2 / R4 longest single run (minutes) dated in [date − days, date − 1], the previous 30 days by
 * default; walk-only sessions (0 run minutes) are not runs. Null when there is none.
 */
export function longestRunBefore(runs: readonly RunMinutesEntry[], date: string, days = 30): number | null {
  const from = addDays(date, -days);
  let longest: number | null = null;
  for (const r of runs) {
    const inWindow = daysBetween(from, r.date) >= 0 && daysBetween(r.date, date) >= 1;
    if (inWindow && r.runMinutes > 0 && (longest === null || r.runMinutes > longest)) longest = r.runMinutes;
  }
  return longest;
}

/** R4/R6 single-run spike: run minutes > warnRatio (e.g. 1.10) × the previous longest, compared exactly; false without one. */
export function isSingleRunSpike(runMinutes: number, longestPrevious: number | null, warnRatio: number): boolean {
  if (longestPrevious === null) return false;
  // runMinutes > ratio × longest as 100 × runMinutes > ratio-in-hundredths × longest: no float error.
  return runMinutes * 100 > toHundredths(warnRatio) * longestPrevious;
}

/** Run minutes per plan week 0..weeks − 1 (week = ⌊days since planStart ÷ 7⌋, R3); runs outside those weeks are ignored. */
export function weeklyRunMinutes(runs: readonly RunMinutesEntry[], planStart: string, weeks: number): number[] {
  const totals = Array.from({ length: Math.max(0, weeks) }, () => 0);
  for (const r of runs) {
    const day = daysBetween(planStart, r.date);
    const week = Math.floor(day / 7);
    if (day >= 0 && week < totals.length) totals[week]! += r.runMinutes;
  }
  return totals;
}
