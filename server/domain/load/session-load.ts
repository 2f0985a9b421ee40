import { addDays, dayNumberOf, dateOfDayNumber, daysBetween } from "../dates";

/** One logged session (run or cross-training): whole minutes and session RPE (CR-10, 0–10). */
export type LoadEntry = { date: string; minutes: number; rpe: number };

/** A load figure for display, rounded to 2 decimals. */
export function roundTo2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Session-RPE load (docs/clinical-rules.md R5.4; Foster 2001): minutes × RPE, in arbitrary units (AU). */
export function sessionLoad(e: Pick<LoadEntry, "minutes" | "rpe">): number {
  return e.minutes * e.rpe;
}

/** Daily session-RPE load (AU) for every date in [from, to] inclusive; 0 on days with nothing logged. */
export function dailyLoads(entries: readonly LoadEntry[], from: string, to: string): { date: string; load: number }[] {
  const start = dayNumberOf(from);
  const loads = Array.from({ length: Math.max(0, daysBetween(from, to) + 1) }, () => 0);
  for (const e of entries) {
    const i = dayNumberOf(e.date) - start;
    if (i >= 0 && i < loads.length) loads[i]! += sessionLoad(e);
  }
  return loads.map((load, i) => ({ date: dateOfDayNumber(start + i), load }));
}

/** Weekly load (docs/clinical-rules.md R5.4), AU: the sum of session loads dated in [weekStart, weekStart + 6]. */
export function weeklyLoad(entries: readonly LoadEntry[], weekStart: string): number {
  return dailyLoads(entries, weekStart, addDays(weekStart, 6)).reduce((sum, d) => sum + d.load, 0);
}

/**
 * Foster monotony (docs/clinical-rules.md R5.4) (mean daily load ÷ population SD of the 7 days, unitless) and strain
 * (weekly load × monotony, AU), each rounded to 2 decimals; both null when the SD is 0.
 */
export function monotonyAndStrain(daily: readonly number[]): { monotony: number | null; strain: number | null } {
  if (daily.length !== 7) throw new RangeError(`Monotony needs the 7 daily loads of a week, got ${daily.length}`);
  const sum = daily.reduce((s, x) => s + x, 0);
  // 7² × variance = 7 × Σx² − (Σx)²: exact for whole loads, so "SD = 0" is an exact test.
  const scaledVariance = 7 * daily.reduce((s, x) => s + x * x, 0) - sum * sum;
  if (scaledVariance <= 0) return { monotony: null, strain: null };
  const monotony = sum / Math.sqrt(scaledVariance); // (Σx ÷ 7) ÷ (√scaledVariance ÷ 7)
  return { monotony: roundTo2(monotony), strain: roundTo2(sum * monotony) };
}
