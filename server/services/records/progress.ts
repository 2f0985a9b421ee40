import { and, asc, desc, eq, gte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activityLogs, planDecisions, programs, programVersions, runPlans } from "@/db/schema";
import type { LoggedSession } from "@/server/domain/adherence/adherence";
import type { LoadEntry } from "@/server/domain/load/session-load";
import { exerciseKey } from "@/server/domain/logs/rules";
import { crossTrainingLogSchema, exerciseLogSchema, type ExerciseLog } from "@/server/domain/logs/schemas";
import { loadTimeline, type TimelineWeek } from "@/server/domain/progress/load-timeline";
import { exerciseVersionsFrom, weekStatesFrom } from "@/server/domain/progress/planned";
import { currentPlanWeek } from "@/server/domain/progression/decide";
import { loadEntriesOfRun, progressSummary, type ProgressInput, type ProgressRun, type ProgressSummary } from "@/server/domain/progress/summary";
import { addDays } from "@/server/domain/dates";
import { peakOf, runLogSchema } from "@/server/domain/progression/run-log";
import type { ScopedAthlete } from "../scope";
import { loadLogs, type LogDto } from "./logs";
import { settingsOf } from "./protocol";

type ProgramRow = typeof programs.$inferSelect;

/** Days of logs before the program start that load figures need (ACWR 28 days, longest run 30 days). */
const LOOKBACK_DAYS = 35;

export type ProgramLogs = {
  runs: ProgressRun[];
  exerciseSessions: (ExerciseLog & { id: string })[];
  crossTraining: LoadEntry[];
};

/** The athlete's logs from shortly before the program start, parsed by kind. Pass a program of the athlete's. */
export async function programLogs(db: DbOrTx, athlete: ScopedAthlete, program: Pick<ProgramRow, "id" | "startDate">): Promise<ProgramLogs> {
  const rows = await db
    .select({ id: activityLogs.id, kind: activityLogs.kind, data: activityLogs.data })
    .from(activityLogs)
    .where(and(eq(activityLogs.athleteId, athlete.id), eq(activityLogs.clinicId, athlete.clinicId), gte(activityLogs.date, addDays(program.startDate, -LOOKBACK_DAYS))))
    .orderBy(asc(activityLogs.date), asc(activityLogs.createdAt));
  return parseProgramLogs(rows, program.id);
}

/** Log rows (oldest first) parsed by kind; exercise sessions of other programs and rows that no longer parse are left out. */
export function parseProgramLogs(rows: readonly { id: string; kind: string; data: unknown }[], programId: string | null): ProgramLogs {
  const out: ProgramLogs = { runs: [], exerciseSessions: [], crossTraining: [] };
  for (const row of rows) {
    if (row.kind === "run") {
      const r = runLogSchema.safeParse(row.data);
      if (r.success) out.runs.push({ id: row.id, date: r.data.date, plannedRunMinutes: r.data.plannedRunMinutes, runMinutes: r.data.runMinutes, durationMinutes: r.data.durationMinutes, rpe: r.data.rpe });
    } else if (row.kind === "exercise") {
      const e = exerciseLogSchema.safeParse(row.data);
      if (e.success && e.data.programId === programId) out.exerciseSessions.push({ ...e.data, id: row.id });
    } else {
      const c = crossTrainingLogSchema.safeParse(row.data);
      if (c.success) out.crossTraining.push({ date: c.data.date, minutes: c.data.minutes, rpe: c.data.rpe });
    }
  }
  return out;
}

/** R5 progress of a program up to today (adherence, weekly minutes and load). Pass a program of the athlete's. */
export async function programProgress(db: DbOrTx, athlete: ScopedAthlete, program: ProgramRow, today: string, logs?: ProgramLogs): Promise<ProgressSummary> {
  const { runs, exerciseSessions, crossTraining } = logs ?? (await programLogs(db, athlete, program));
  const [plan] = await db.select().from(runPlans).where(eq(runPlans.programId, program.id)).limit(1);
  const versions = await db.select().from(programVersions).where(eq(programVersions.programId, program.id));
  const exerciseLogs: LoggedSession[] = exerciseSessions.map((e) => ({ id: e.id, key: exerciseKey(e), date: e.date, status: e.status }));
  let runPlan: ProgressInput["runPlan"] = null;
  if (plan) {
    const decisions = await db
      .select({ weekIndex: planDecisions.weekIndex, before: planDecisions.before })
      .from(planDecisions)
      .where(and(eq(planDecisions.planId, plan.id), eq(planDecisions.kind, "weekly")));
    runPlan = { weekStates: weekStatesFrom(plan, decisions, currentPlanWeek(program.startDate, today)), settings: await settingsOf(db, plan) };
  }
  return progressSummary({ today, programStart: program.startDate, exerciseVersions: exerciseVersionsFrom(program, versions), exerciseLogs, runPlan, runs, crossTraining });
}

/**
 * The athlete's latest program with its progress summary and weekly timeline, or null (the timeline
 * page, printed reports). `logs` are the athlete's classified entries from the program start, or from
 * `logsFrom` when that is earlier (a report period), so a caller needing both loads the history once.
 */
export async function currentProgramTimeline(
  db: DbOrTx,
  athlete: ScopedAthlete,
  today: string,
  opts: { logsFrom?: string } = {},
): Promise<{ program: typeof programs.$inferSelect; summary: ProgressSummary; weeks: TimelineWeek[]; logs: LogDto[] } | null> {
  const [program] = await db
    .select()
    .from(programs)
    .where(and(eq(programs.athleteId, athlete.id), eq(programs.clinicId, athlete.clinicId)))
    .orderBy(desc(programs.createdAt))
    .limit(1);
  if (!program) return null;
  const logs = await programLogs(db, athlete, program);
  const summary = await programProgress(db, athlete, program, today, logs);
  const classified = await loadLogs(db, athlete, opts.logsFrom && opts.logsFrom < program.startDate ? opts.logsFrom : program.startDate, today);
  const runLogs = classified.flatMap((l) => (l.entry.kind === "run" && l.date >= program.startDate ? [{ date: l.date, peak: peakOf(l.entry) }] : []));
  const [plan] = await db.select({ id: runPlans.id }).from(runPlans).where(eq(runPlans.programId, program.id)).limit(1);
  const decisions = plan
    ? await db
        .select({ weekIndex: planDecisions.weekIndex, appliedDecision: planDecisions.appliedDecision, reason: planDecisions.reason })
        .from(planDecisions)
        .where(and(eq(planDecisions.planId, plan.id), eq(planDecisions.kind, "weekly")))
    : [];
  const loads = [...logs.runs.flatMap(loadEntriesOfRun), ...logs.crossTraining];
  return { program, summary, weeks: loadTimeline({ summary, runs: runLogs, loads, decisions, today }), logs: classified };
}
