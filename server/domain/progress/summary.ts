import { adherencePercent, matchSessions, runLogStatus, type LoggedSession, type MatchedSession } from "../adherence/adherence";
import { acwr, type Acwr } from "../load/acwr";
import { weeklyLoad, type LoadEntry } from "../load/session-load";
import type { PlanState } from "../progression/plan-state";
import { addDays, daysBetween } from "../dates";
import { currentPlanWeek } from "../progression/decide";
import type { ProtocolSettings } from "../progression/settings";
import { plannedExercises, plannedRuns, RUN_KEY, type ExerciseVersion } from "./planned";

export type ProgressRun = { id: string; date: string; plannedRunMinutes: number | null; runMinutes: number; durationMinutes?: number | null; rpe: number | null };

export type ProgressInput = {
  today: string;
  programStart: string;
  exerciseVersions: readonly ExerciseVersion[];
  /** Logged exercise sessions; `key` as in the versions' items. */
  exerciseLogs: readonly LoggedSession[];
  /** The run/walk plan: the prescription each week started with, through the current week. */
  runPlan: { weekStates: readonly PlanState[]; settings: Pick<ProtocolSettings, "runsPerWeek" | "singleRunWarn" | "singleRunBlock"> } | null;
  runs: readonly ProgressRun[];
  crossTraining: readonly LoadEntry[];
  /** Only sessions and weeks from this day on (e.g. the caseload's 28-day figures); the program start when absent. */
  from?: string;
};

export type Adherence = { exercise: number | null; run: number | null; overall: number | null };

export type ProgressWeek = { weekIndex: number; startDate: string; plannedRunMinutes: number; runMinutes: number; load: number };

export type ProgressSummary = {
  weekIndex: number;
  weekStart: string;
  /** Every prescribed session with what became of it (docs/clinical-rules.md R5.2). */
  exerciseSessions: MatchedSession[];
  runSessions: (MatchedSession & { plannedRunMinutes: number })[];
  adherence: { week: Adherence; overall: Adherence };
  /** Planned vs run minutes and session-RPE load per program week, oldest first. */
  weeks: ProgressWeek[];
  acwr: Acwr;
};

/** Session minutes for sRPE load (R5): the whole session when given, else the run minutes. */
export const loadEntriesOfRun = (r: Pick<ProgressRun, "date" | "runMinutes" | "durationMinutes" | "rpe">): LoadEntry[] =>
  // An unrated effort gives no session load, not zero load (R5).
  r.rpe === null ? [] : [{ date: r.date, minutes: r.durationMinutes ?? r.runMinutes, rpe: r.rpe }];

/** R5 adherence of matched sessions: exercise, run, and overall over both, whole percentages (null with nothing prescribed). */
export function adherenceOf(exercise: readonly MatchedSession[], run: readonly MatchedSession[], today: string): Adherence {
  return {
    exercise: adherencePercent(exercise, today).percent,
    run: adherencePercent(run, today).percent,
    overall: adherencePercent([...exercise, ...run], today).percent,
  };
}

/**
 * The athlete's progress (docs/clinical-rules.md R5) from the program start to today: each prescribed session matched to the
 * log that counts for it, adherence this program week and overall, weekly planned vs run minutes and
 * load (runs and cross-training), and ACWR for display only. Unplanned runs count toward load, not
 * toward adherence.
 */
export function progressSummary(input: ProgressInput): ProgressSummary {
  const { today, programStart } = input;
  const weekIndex = currentPlanWeek(programStart, today);
  const weekStart = addDays(programStart, 7 * weekIndex);
  const weekEnd = addDays(weekStart, 6);
  const from = input.from && daysBetween(programStart, input.from) > 0 ? input.from : programStart;
  const fromWeek = Math.floor(daysBetween(programStart, from) / 7);
  const exerciseSessions = matchSessions(plannedExercises(input.exerciseVersions, programStart, from, weekEnd), input.exerciseLogs, today);
  const planned = input.runPlan
    ? plannedRuns({ planStart: programStart, weekStates: input.runPlan.weekStates, settings: input.runPlan.settings, runs: input.runs }).filter((p) => daysBetween(from, p.date) >= 0)
    : [];
  const runLogs: LoggedSession[] = input.runs
    .filter((r) => r.plannedRunMinutes !== null)
    .map((r) => ({ id: r.id, key: RUN_KEY, date: r.date, status: runLogStatus(r.plannedRunMinutes, r.runMinutes) }));
  const plannedMinutes = new Map(planned.map((p) => [p.date, p.plannedRunMinutes]));
  const runSessions = matchSessions(planned, runLogs, today).map((m) => ({ ...m, plannedRunMinutes: plannedMinutes.get(m.date) ?? 0 }));
  const inWeek = <T extends { date: string }>(list: readonly T[]) => list.filter((s) => daysBetween(weekStart, s.date) >= 0 && daysBetween(s.date, weekEnd) >= 0);
  const loads = [...input.runs.flatMap(loadEntriesOfRun), ...input.crossTraining];
  const weeks = Array.from({ length: Math.max(0, weekIndex + 1 - fromWeek) }, (_, i) => {
    const w = fromWeek + i;
    const start = addDays(programStart, 7 * w);
    const end = addDays(start, 6);
    const within = (d: string) => daysBetween(start, d) >= 0 && daysBetween(d, end) >= 0;
    return {
      weekIndex: w, startDate: start,
      plannedRunMinutes: planned.filter((p) => p.weekIndex === w).reduce((a, p) => a + p.plannedRunMinutes, 0),
      runMinutes: input.runs.filter((r) => within(r.date)).reduce((a, r) => a + r.runMinutes, 0),
      load: weeklyLoad(loads, start),
    };
  });
  return {
    weekIndex, weekStart, exerciseSessions, runSessions,
    adherence: { week: adherenceOf(inWeek(exerciseSessions), inWeek(runSessions), today), overall: adherenceOf(exerciseSessions, runSessions, today) },
    weeks, acwr: acwr(loads, today),
  };
}
