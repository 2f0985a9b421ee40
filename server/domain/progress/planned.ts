import { plannedExerciseSessions } from "../adherence/exercise-days";
import type { PlannedSession } from "../adherence/adherence";
import { exerciseKey } from "../logs/rules";
import { planStateSchema, type PlanState } from "../progression/plan-state";
import { addDays, daysBetween } from "../dates";
import { planWeekDates } from "../progression/decide";
import { weekSchedule } from "../progression/schedule";
import type { ProtocolSettings } from "../progression/settings";
import { longestRunBefore, type RunMinutesEntry } from "../load/runs";

/** A program version's exercises from the day it took effect (`from`) until the next version's. */
export type ExerciseVersion = { from: string; items: readonly { key: string; perWeek: number }[] };

/**
 * Each program version with the day it took effect: the program start for the first, the day it was
 * saved (UTC) for later ones, never before the program start.
 */
export function exerciseVersionsFrom(
  program: { startDate: string },
  versions: readonly { version: number; items: readonly { exerciseId: string; side: string; perWeek: number }[]; createdAt: Date }[],
): ExerciseVersion[] {
  return [...versions]
    .sort((a, b) => a.version - b.version)
    .map((v, i) => {
      const saved = v.createdAt.toISOString().slice(0, 10);
      const from = i === 0 || daysBetween(saved, program.startDate) > 0 ? program.startDate : saved;
      return { from, items: v.items.map((item) => ({ key: exerciseKey(item), perWeek: item.perWeek })) };
    });
}

/**
 * The prescription each plan week started with, weeks 0…current: a decided week's is stored with its
 * weekly decision (`before`); later weeks run on the plan's current state (paused when the plan is, R4).
 */
export function weekStatesFrom(plan: { state: unknown }, weeklyDecisions: readonly { weekIndex: number; before: unknown }[], currentWeek: number): PlanState[] {
  const decided = new Map(weeklyDecisions.map((d) => [d.weekIndex, planStateSchema.parse(d.before)]));
  const current = planStateSchema.parse(plan.state);
  return Array.from({ length: currentWeek + 1 }, (_, w) => decided.get(w) ?? current);
}

/** Splits a frequency above 7 a week into daily rounds: 14 → [7, 7], 10 → [7, 3] (several sessions a day). */
export function dailyRounds(perWeek: number): number[] {
  const rounds: number[] = [];
  for (let left = perWeek; left > 0; left -= 7) rounds.push(Math.min(7, left));
  return rounds;
}

/**
 * Exercise sessions prescribed (docs/clinical-rules.md R5.1) in [periodStart, periodEnd]: each program version's items on their
 * planned days while that version was current (a revision changes what is prescribed from its day on).
 */
export function plannedExercises(versions: readonly ExerciseVersion[], programStart: string, periodStart: string, periodEnd: string): PlannedSession[] {
  const sorted = [...versions].sort((a, b) => daysBetween(b.from, a.from));
  return sorted.flatMap((version, i) => {
    const from = [version.from, programStart, periodStart].reduce((a, b) => (daysBetween(a, b) > 0 ? b : a));
    const next = sorted[i + 1];
    const to = next && daysBetween(next.from, periodEnd) >= 0 ? addDays(next.from, -1) : periodEnd;
    if (daysBetween(from, to) < 0) return [];
    const items = version.items.flatMap((item) => dailyRounds(item.perWeek).map((perWeek) => ({ key: item.key, perWeek })));
    return plannedExerciseSessions(items, from, to, programStart);
  });
}

/**
 * The run sessions of plan weeks 0…n−1 (`weekStates[w]` = the prescription week w started with), as
 * the portal showed them: none while paused, S8 runs capped by the longest run before the week (docs/clinical-rules.md R4.6).
 */
export function plannedRuns(input: {
  planStart: string;
  weekStates: readonly PlanState[];
  settings: Pick<ProtocolSettings, "runsPerWeek" | "singleRunWarn" | "singleRunBlock">;
  runs: readonly RunMinutesEntry[];
}): (PlannedSession & { weekIndex: number; plannedRunMinutes: number })[] {
  return input.weekStates.flatMap((state, weekIndex) => {
    const { startDate } = planWeekDates(input.planStart, weekIndex);
    const week = weekSchedule({
      planStartDate: input.planStart, weekIndex, state, settings: input.settings, longestRunLast30Days: longestRunBefore(input.runs, startDate),
    });
    return week.sessions.map((s) => ({ key: RUN_KEY, date: s.date, plannedRunMinutes: s.plannedRunMinutes, weekIndex }));
  });
}

/** The matching key of planned and logged runs (docs/clinical-rules.md R5.2). */
export const RUN_KEY = "run";
