import { addDays, daysBetween } from "../dates";
import { divFloor, toHundredths } from "../progression/exact";
import type { ProtocolSettings } from "../progression/settings";

/** A logged run: its date and run minutes (walking excluded). */
export type RunMinutesEntry = { date: string; runMinutes: number };

/**
 * Longest single run (docs/clinical-rules.md R5.5), in minutes, dated in [date − days, date − 1], the previous 30 days by
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

export type SingleRunLimit = {
  /** A run longer than this is warned about (× single_run_warn); null without a run in the last 30 days. */
  warnAbove: number | null;
  /** No planned run may be longer than this (× single_run_block); null without a run in the last 30 days. */
  blockAbove: number | null;
};

const hasReference = (longest: number | null | undefined): longest is number => typeof longest === "number" && longest > 0;

/** R4 single-run limits from the longest run of the previous 30 days (minutes): × warn and × block. */
export function singleRunLimit(longestRunLast30Days: number | null, settings: Pick<ProtocolSettings, "singleRunWarn" | "singleRunBlock">): SingleRunLimit {
  if (!hasReference(longestRunLast30Days)) return { warnAbove: null, blockAbove: null };
  return {
    warnAbove: (longestRunLast30Days * toHundredths(settings.singleRunWarn)) / 100,
    blockAbove: (longestRunLast30Days * toHundredths(settings.singleRunBlock)) / 100,
  };
}

/** Whether minutes exceed longest × factor, exactly (100 × minutes > longest × hundredths). */
const isAbove = (minutes: number, longest: number, factor: number) => 100 * minutes > longest * toHundredths(factor);

/**
 * R4/R6 single-run spike: a logged run longer than `warnRatio` (single_run_warn, 1.10) × the longest run
 * of the previous 30 days, compared exactly. Without a run in those 30 days (none, or walk-only sessions
 * of 0 run minutes) there is no reference and no spike.
 */
export function isSingleRunSpike(runMinutes: number, longestPrevious: number | null, warnRatio: number): boolean {
  return hasReference(longestPrevious) && isAbove(runMinutes, longestPrevious, warnRatio);
}

export type CappedRun = {
  minutes: number;
  /** Shortened to the single-run limit. */
  isCapped: boolean;
  /** Still above the warning level after capping. */
  isAboveWarn: boolean;
};

/**
 * R4: a planned run is never longer than single_run_block × the longest run of the previous 30 days
 * (whole minutes, rounded down to stay within the limit); flags runs above single_run_warn ×. Without a
 * run in the last 30 days there is no reference and nothing is capped.
 */
export function capPlannedRun(
  plannedMinutes: number,
  longestRunLast30Days: number | null,
  settings: Pick<ProtocolSettings, "singleRunWarn" | "singleRunBlock">,
): CappedRun {
  if (!hasReference(longestRunLast30Days)) return { minutes: plannedMinutes, isCapped: false, isAboveWarn: false };
  const limit = divFloor(longestRunLast30Days * toHundredths(settings.singleRunBlock), 100);
  const minutes = Math.min(plannedMinutes, limit);
  return { minutes, isCapped: minutes < plannedMinutes, isAboveWarn: isAbove(minutes, longestRunLast30Days, settings.singleRunWarn) };
}
