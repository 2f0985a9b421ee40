import { addDays } from "../dates";
import { capPlannedRun } from "../load/runs";
import { planWeekDates } from "./decide";
import { divFloor } from "./exact";
import { CONTINUOUS_STAGE, ladder, stageCode, type Stage } from "./ladder";
import type { PlanState } from "./plan-state";
import type { ProtocolSettings } from "./settings";

/** Every session is easy (docs/clinical-rules.md R4.1: 100 % easy running until symptoms are stable, RPE ≤ 4/10). */
export const EASY_EFFORT = "RPE ≤ 4/10, talk test";
/** A level surface (docs/clinical-rules.md R4.1). */
export const SURFACE_GUIDANCE = "flat, even surface";

/** Plan-week days of the runs: a rest day between runs where the week allows (docs/clinical-rules.md R4.1). */
export const runDaysByRunsPerWeek: Record<number, readonly number[]> = { 2: [0, 3], 3: [0, 2, 4], 4: [0, 2, 4, 6] };

export type ScheduledSession = {
  date: string;
  /** Day of the plan week, 0–6. */
  day: number;
  stage: Stage;
  stageCode: string;
  /** What to do: the stage's run-walk structure, or the S8 continuous minutes. */
  structure: string;
  plannedRunMinutes: number;
  effort: string;
  surface: string;
  /** Shortened to the single-run limit (S8). */
  isCapped: boolean;
  /** Above the single-run warning level (S8). */
  isAboveWarn: boolean;
};

export type WeekSchedule = {
  weekIndex: number;
  startDate: string;
  endDate: string;
  stage: Stage;
  stageCode: string;
  isCutbackWeek: boolean;
  /** No runs are prescribed while the plan is paused (docs/clinical-rules.md R4.8). */
  paused: boolean;
  frozen: boolean;
  /** Planned run minutes of the week's sessions (after any single-run cap). */
  weeklyRunMinutes: number;
  sessions: ScheduledSession[];
};

/** R4: weekly minutes split into `runsPerWeek` runs as evenly as whole minutes allow, longer runs first. */
export function splitWeeklyMinutes(weekly: number, runsPerWeek: number): number[] {
  if (!Number.isInteger(weekly) || weekly < 0 || !Number.isInteger(runsPerWeek) || runsPerWeek < 1)
    throw new RangeError("Weekly minutes and runs per week must be whole numbers");
  const base = divFloor(weekly, runsPerWeek);
  const extra = weekly - base * runsPerWeek;
  return Array.from({ length: runsPerWeek }, (_, i) => (i < extra ? base + 1 : base));
}

/**
 * The dated sessions of one plan week (docs/clinical-rules.md R4.1, R4.6): `runsPerWeek` sessions with a rest day between
 * where possible, each easy and on a flat, even surface. S0–S7 use the stage's run-walk structure; S8
 * splits the weekly minutes evenly, longer runs first, each capped at single_run_block × the longest
 * run of the previous 30 days (the percentage rules apply from S8 only). Paused: no sessions.
 */
export function weekSchedule(input: {
  planStartDate: string;
  weekIndex: number;
  state: PlanState;
  settings: Pick<ProtocolSettings, "runsPerWeek" | "singleRunWarn" | "singleRunBlock">;
  longestRunLast30Days: number | null;
}): WeekSchedule {
  const { state, settings, weekIndex } = input;
  const { startDate, endDate } = planWeekDates(input.planStartDate, weekIndex);
  const days = runDaysByRunsPerWeek[settings.runsPerWeek] ?? Array.from({ length: settings.runsPerWeek }, (_, i) => Math.floor((i * 7) / settings.runsPerWeek));
  const head = {
    weekIndex, startDate, endDate, stage: state.stage, stageCode: stageCode(state.stage),
    isCutbackWeek: state.isCutbackWeek, paused: state.paused, frozen: state.frozen,
  };
  if (state.paused) return { ...head, weeklyRunMinutes: 0, sessions: [] };

  const session = (day: number, structure: string, minutes: number, isCapped: boolean, isAboveWarn: boolean): ScheduledSession => ({
    date: addDays(startDate, day), day, stage: state.stage, stageCode: stageCode(state.stage), structure,
    plannedRunMinutes: minutes, effort: EASY_EFFORT, surface: SURFACE_GUIDANCE, isCapped, isAboveWarn,
  });

  let sessions: ScheduledSession[];
  if (state.stage === CONTINUOUS_STAGE) {
    const split = splitWeeklyMinutes(state.weeklyMinutes!, settings.runsPerWeek);
    sessions = split.map((planned, i) => {
      const run = capPlannedRun(planned, input.longestRunLast30Days, settings);
      return session(days[i]!, `${run.minutes} min continuous easy run`, run.minutes, run.isCapped, run.isAboveWarn);
    });
  } else {
    const { structure, runMinutesPerSession } = ladder[state.stage]!;
    sessions = days.map((day) => session(day, structure, runMinutesPerSession!, false, false));
  }
  return { ...head, weeklyRunMinutes: sessions.reduce((a, s) => a + s.plannedRunMinutes, 0), sessions };
}
