import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  activityLogRevisions, activityLogs, exercises, outcomeMeasures, programs, programVersions, redFlagChecks, reports, runPlans, triageResults,
} from "@/db/schema";
import type { MatchedStatus } from "@/server/domain/adherence/adherence";
import { ageOn } from "@/server/domain/athletes/schemas";
import { DomainError } from "@/server/domain/errors";
import { entryDateProblem, exerciseKey, isCorrectable } from "@/server/domain/logs/rules";
import type { AnswerNextMorningInput, CorrectLogInput, LogEntry, LogInput, LogKind, SubmitChecklistInput } from "@/server/domain/logs/schemas";
import type { CompleteOutcomeInput } from "@/server/domain/outcomes/schemas";
import { outcomeDueDates, type OutcomeDue } from "@/server/domain/outcomes/schedule";
import { recentGlideAdvice, type GlideAdvice } from "@/server/domain/programs/glides";
import type { Adherence, ProgressSummary } from "@/server/domain/progress/summary";
import type { SessionClass } from "@/server/domain/progression/classify";
import { addDays, daysBetween } from "@/server/domain/dates";
import { isFirstRunWithBothSides, peakOf, runLogSchema, runTriageFlags, symptomFreeMinutesOf } from "@/server/domain/progression/run-log";
import type { WeekSchedule } from "@/server/domain/progression/schedule";
import { resolveSettings } from "@/server/domain/progression/settings";
import { safetyAdvice, type SafetyAdvice } from "@/server/domain/triage/safety-advice";
import { unansweredChecklistKeys, type ChecklistKey } from "@/server/domain/triage/triggers";
import { isInstrumentId } from "@/server/domain/scoring/instruments";
import { todayOf, type AthleteCtx } from "../context";
import { raiseTriage, type TriggeredFlag } from "../engine/triage";
import { triageNotice, type TriageNotice } from "@/server/domain/triage/safety-advice";
import { checklistFlags, sortByUrgency } from "@/server/domain/triage/triage";
import { checklistDue } from "@/server/domain/triage/triggers";
import { afterAthleteEvent } from "../engine/weekly-decisions";
import { recordAudit } from "../infra/audit";
import { isUniqueViolation, storeOnce } from "../infra/db-errors";
import { fingerprint } from "../infra/fingerprint";
import { loadLogs, runClassOf, type LogDto, type RunClassDto } from "../records/logs";
import { hasOtherBilateralRun } from "../records/run-history";
import { clinicianExamined, scoreAnswers, toOutcomeDto, type OutcomeDto } from "../records/outcomes";
import { loadPlanView } from "../records/plan-view";
import { programLogs, programProgress, type ProgramLogs } from "../records/progress";
import { checklistStatus } from "../records/red-flags";
import { selectReports, type OwnReportDto } from "../records/reports";
import { loadClinicSettings } from "../records/settings";
import { shoesWithMileage, type ShoeDto } from "../records/shoes";
import { athleteOf, getActivityLogOrThrow, getAthleteOrThrow, getOutcomeOrThrow, getProgramOrThrow, getShoeOrThrow, type ScopedAthlete } from "../scope";

/*
 * The athlete's portal: what the athlete reads (pure reads: nothing here decides or alerts on read),
 * and what the athlete records (runs, next-morning answers, corrections, the safety checklist,
 * questionnaires), each followed by the decisions and alerts it made due.
 */

export type OwnProfile = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  age: number;
  email: string | null;
  weeklyKm: number | null;
  yearsRunning: number | null;
  goalRace: string | null;
  goalDate: string | null;
  usualSurface: string | null;
};

/** The athlete's own profile; the portal shows nothing else of the clinic's data. */
export async function getOwnProfile(ctx: AthleteCtx): Promise<OwnProfile> {
  const a = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  await recordAudit(ctx.db, ctx, { action: "portal.profile", entity: "athlete", entityId: a.id, athleteId: a.id });
  return {
    firstName: a.firstName, lastName: a.lastName, dateOfBirth: a.dateOfBirth,
    age: ageOn(a.dateOfBirth, todayOf(ctx)),
    email: a.email, weeklyKm: a.weeklyKm, yearsRunning: a.yearsRunning,
    goalRace: a.goalRace, goalDate: a.goalDate, usualSurface: a.usualSurface,
  };
}

/** A prescribed session of this program week and what became of it (R5: a log up to 2 days later counts). */
export type SessionStatus = { date: string; status: MatchedStatus; logId: string | null };

export type PortalExercise = {
  exerciseId: string;
  side: string;
  name: string;
  dosage: string;
  instructions: string;
  caution: string | null;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  perWeek: number;
  notes: string | null;
  glideKind: "slider" | "tensioner" | null;
  /** The glide symptom rule over the last week's sessions (lasting symptoms regress). */
  glideAdvice: GlideAdvice | null;
  week: SessionStatus[];
};

export type PortalPlan = {
  programId: string;
  programName: string;
  startDate: string;
  weekIndex: number;
  weekStart: string;
  exercises: PortalExercise[];
  runWeek: WeekSchedule | null;
  /** The run sessions of this week with what became of them, in the order of `runWeek.sessions`. */
  runStatuses: SessionStatus[];
  adherence: Adherence;
  /** The latest weekly decision's reason, in plain language. */
  latestDecision: { weekIndex: number; appliedDecision: string | null; reason: string } | null;
  /** Why runs are paused: after a red flag (the athlete's own answers or logs) or by the physio; null when not paused. */
  runPause: { byRedFlag: boolean } | null;
  /** A finished plan week whose decision is due but not made yet (the oldest), else null: the week shown may still change. */
  decisionDue: { weekIndex: number } | null;
};

type Loaded = {
  program: typeof programs.$inferSelect; logs: ProgramLogs; summary: ProgressSummary; runWeek: WeekSchedule | null;
  latestDecision: PortalPlan["latestDecision"]; runPause: PortalPlan["runPause"]; decisionDue: PortalPlan["decisionDue"];
};

/** The athlete's active program with its plan as stored: reading never decides (a due week shows in `decisionDue`). */
async function loadActiveProgram(ctx: AthleteCtx, athlete: ScopedAthlete): Promise<Loaded | null> {
  const [program] = await ctx.db
    .select()
    .from(programs)
    .where(and(eq(programs.athleteId, athlete.id), eq(programs.clinicId, athlete.clinicId), eq(programs.status, "active")))
    .limit(1);
  if (!program) return null;
  const [plan] = await ctx.db.select({ id: runPlans.id }).from(runPlans).where(eq(runPlans.programId, program.id)).limit(1);
  let runWeek: WeekSchedule | null = null;
  let latestDecision: PortalPlan["latestDecision"] = null;
  let runPause: PortalPlan["runPause"] = null;
  let decisionDue: PortalPlan["decisionDue"] = null;
  if (plan) {
    const view = await loadPlanView(ctx.db, athlete, plan.id, ctx.now);
    decisionDue = view.dueWeeks.length ? { weekIndex: view.dueWeeks[0]! } : null;
    runWeek = view.currentWeek;
    const weekly = view.decisions.find((d) => d.kind === "weekly");
    latestDecision = weekly ? { weekIndex: weekly.weekIndex, appliedDecision: weekly.appliedDecision, reason: weekly.reason } : null;
    runPause = view.pause && { byRedFlag: view.pause.byRedFlag };
  }
  const logs = await programLogs(ctx.db, athlete, program);
  const summary = await programProgress(ctx.db, athlete, program, todayOf(ctx), logs);
  return { program, logs, summary, runWeek, latestDecision, runPause, decisionDue };
}

/** The athlete's current program: exercises of its current version and this week's run/walk sessions, each with its status. */
export async function getOwnPlan(ctx: AthleteCtx): Promise<PortalPlan | null> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const loaded = await loadActiveProgram(ctx, athlete);
  await recordAudit(ctx.db, ctx, { action: "portal.plan", entity: "program", entityId: loaded?.program.id ?? null, athleteId: athlete.id });
  if (!loaded) return null;
  const { program, logs, summary } = loaded;
  const today = todayOf(ctx);
  const [version] = await ctx.db
    .select({ items: programVersions.items })
    .from(programVersions)
    .where(and(eq(programVersions.programId, program.id), eq(programVersions.version, program.currentVersion)));
  const items = version?.items ?? [];
  const library = items.length ? await ctx.db.select().from(exercises).where(inArray(exercises.id, items.map((i) => i.exerciseId))) : [];
  const byId = new Map(library.map((e) => [e.id, e]));
  const inWeek = (date: string) => daysBetween(summary.weekStart, date) >= 0 && daysBetween(date, addDays(summary.weekStart, 6)) >= 0;
  const status = (s: ProgressSummary["exerciseSessions"][number]): SessionStatus => ({ date: s.date, status: s.status, logId: s.logId });
  return {
    programId: program.id, programName: program.name, startDate: program.startDate, weekIndex: summary.weekIndex, weekStart: summary.weekStart,
    exercises: items.map((i) => {
      const e = byId.get(i.exerciseId);
      const key = exerciseKey(i);
      const glideKind = e?.glideKind ?? null;
      return {
        exerciseId: i.exerciseId, side: i.side, name: e?.name ?? "Exercise", dosage: e?.dosage ?? "", instructions: e?.cues ?? "", caution: e?.caution ?? null,
        sets: i.sets, reps: i.reps, holdSeconds: i.holdSeconds, perWeek: i.perWeek, notes: i.notes, glideKind,
        glideAdvice: glideKind ? recentGlideAdvice(glideKind, logs.exerciseSessions.filter((s) => exerciseKey(s) === key), today) : null,
        week: summary.exerciseSessions.filter((s) => s.key === key && inWeek(s.date)).map(status),
      };
    }),
    runWeek: loaded.runWeek,
    runStatuses: summary.runSessions.filter((s) => inWeek(s.date)).map(status),
    adherence: summary.adherence.week,
    latestDecision: loaded.latestDecision,
    runPause: loaded.runPause,
    decisionDue: loaded.decisionDue,
  };
}

export type CheckIns = {
  /** Runs waiting for their next-morning answer (R1), oldest first. */
  nextMorning: { logId: string; date: string; runMinutes: number }[];
  /** The red-flag checklist (DOMAIN 7.4) is asked weekly and after any RED run, and stays due while the last one sent has gaps. */
  checklist: { due: boolean; reason: "weekly" | "red-run" | "incomplete" | null };
};

/** What the athlete is asked today: next-morning answers of earlier runs, and the red-flag checklist when due. */
export async function getCheckIns(ctx: AthleteCtx): Promise<CheckIns> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const today = todayOf(ctx);
  const logs = await loadLogs(ctx.db, athlete, addDays(today, -14), today);
  await recordAudit(ctx.db, ctx, { action: "portal.checkIns", entity: "activity_log", athleteId: athlete.id });
  const nextMorning = logs
    .filter((l) => l.needsNextMorning && l.date < today && l.entry.kind === "run")
    .map((l) => ({ logId: l.id, date: l.date, runMinutes: l.entry.kind === "run" ? l.entry.runMinutes : 0 }))
    .reverse();
  const status = await checklistStatus(ctx.db, athlete);
  const [active] = await ctx.db.select({ id: programs.id }).from(programs).where(and(eq(programs.athleteId, athlete.id), eq(programs.clinicId, athlete.clinicId), eq(programs.status, "active"))).limit(1);
  const checklist = checklistDue({ status, runs: logs, hasActiveProgram: Boolean(active), today });
  return { nextMorning, checklist };
}

/** The athlete's own shoes with their mileage, in use first. */
export async function getOwnShoes(ctx: AthleteCtx): Promise<ShoeDto[]> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  await recordAudit(ctx.db, ctx, { action: "portal.shoes", entity: "shoe", athleteId: athlete.id });
  return shoesWithMileage(ctx.db, athlete);
}

export type OwnProgress = {
  adherence: { week: Adherence; overall: Adherence } | null;
  weeks: ProgressSummary["weeks"];
  /** Per run, oldest first: peak symptoms, symptom-free minutes (DOMAIN 5.1b) and class. */
  symptomTrend: { date: string; peak: number | null; symptomFreeMinutes: number; runMinutes: number; runClass: SessionClass | null }[];
  latestDecision: PortalPlan["latestDecision"];
  shoes: ShoeDto[];
};

/** Trend of the last 12 weeks of runs. */
const TREND_DAYS = 84;

/** The athlete's progress: adherence this week and overall, weekly run minutes vs plan, the symptom trend, the latest decision and shoes. */
export async function getOwnProgress(ctx: AthleteCtx): Promise<OwnProgress> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const today = todayOf(ctx);
  const loaded = await loadActiveProgram(ctx, athlete);
  const logs = await loadLogs(ctx.db, athlete, addDays(today, -TREND_DAYS), today);
  await recordAudit(ctx.db, ctx, { action: "portal.progress", entity: "activity_log", athleteId: athlete.id });
  return {
    adherence: loaded ? loaded.summary.adherence : null,
    weeks: loaded?.summary.weeks ?? [],
    symptomTrend: logs
      .flatMap((l) => (l.entry.kind === "run"
        ? [{ date: l.date, peak: peakOf(l.entry), symptomFreeMinutes: symptomFreeMinutesOf(l.entry), runMinutes: l.entry.runMinutes, runClass: l.runClass }]
        : []))
      .reverse(),
    latestDecision: loaded?.latestDecision ?? null,
    shoes: await shoesWithMileage(ctx.db, athlete),
  };
}

/** The athlete's own safety advice: for the highest open red flag, or none; `checkedAt` dates the answer for offline copies. */
export type OwnSafety = { advice: SafetyAdvice | null; raisedAt: Date | null; checkedAt: Date };

/**
 * What the portal shows on every page until a clinician acknowledges the athlete's red flags: the
 * advice of the highest open urgency (DOMAIN 7.1–7.3), with why runs are paused.
 */
export async function getOwnSafety(ctx: AthleteCtx): Promise<OwnSafety> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const open = await ctx.db
    .select({ id: triageResults.id, urgency: triageResults.urgency, source: triageResults.source, raisedAt: triageResults.raisedAt })
    .from(triageResults)
    .where(and(eq(triageResults.athleteId, athlete.id), eq(triageResults.clinicId, athlete.clinicId), isNull(triageResults.acknowledgedAt)))
    .orderBy(desc(triageResults.raisedAt));
  await recordAudit(ctx.db, ctx, { action: "portal.safety", entity: "triage", athleteId: athlete.id });
  const top = sortByUrgency(open)[0];
  return { advice: top ? safetyAdvice(top.urgency, top.source) : null, raisedAt: top?.raisedAt ?? null, checkedAt: ctx.now };
}

/** The days of history the portal lists: the correction window and a little more. */
const OWN_HISTORY_DAYS = 28;

/** The athlete's own entries of the last four weeks, newest first. */
export async function listOwnLogs(ctx: AthleteCtx): Promise<LogDto[]> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const today = todayOf(ctx);
  await recordAudit(ctx.db, ctx, { action: "log.list", entity: "activity_log", athleteId: athlete.id });
  return loadLogs(ctx.db, athlete, addDays(today, -OWN_HISTORY_DAYS), today);
}

/** What is stored with an entry: a resend of the same entry gets this very answer again. */
type StoredResponse = { logId: string; kind: LogKind; date: string; triage: TriageNotice | null };

/** The answer to `portal.log`: the stored answer, and a run's class as it stands now (R2), so the athlete learns why at once. */
export type LogResponse = StoredResponse & { runClass: RunClassDto | null };

/** The first answer for this key, or CONFLICT when the key was used for a different entry. */
async function logReplayOf(db: DbOrTx, athleteId: string, clientId: string, payloadHash: string): Promise<StoredResponse | null> {
  const [row] = await db
    .select({ payloadHash: activityLogs.payloadHash, response: activityLogs.response })
    .from(activityLogs)
    .where(and(eq(activityLogs.athleteId, athleteId), eq(activityLogs.clientId, clientId)))
    .limit(1);
  if (!row) return null;
  if (row.payloadHash !== payloadHash) {
    throw new DomainError("CONFLICT", "This entry was already sent with different details. Start a new entry, or correct the one you sent.");
  }
  const first = row.response as StoredResponse;
  // Rebuilt in the order of the first answer: jsonb does not keep key order.
  return { logId: first.logId, kind: first.kind, date: first.date, triage: first.triage && { urgency: first.triage.urgency, messages: first.triage.messages } };
}

/** Rejects references the athlete does not own (another athlete's shoe or program answers NOT_FOUND). */
async function assertReferences(ctx: AthleteCtx, entry: LogEntry): Promise<string | null> {
  const problem = entryDateProblem(entry.date, todayOf(ctx));
  if (problem) throw new DomainError("BAD_INPUT", problem);
  if (entry.kind === "run" && entry.shoeId) await getShoeOrThrow(ctx, entry.shoeId);
  if (entry.kind !== "exercise") return null;
  const program = await getProgramOrThrow(ctx, entry.programId);
  const [version] = await ctx.db
    .select({ items: programVersions.items })
    .from(programVersions)
    .where(and(eq(programVersions.programId, program.id), eq(programVersions.version, program.currentVersion)));
  if (!version?.items.some((i) => exerciseKey(i) === exerciseKey(entry))) {
    throw new DomainError("BAD_INPUT", "This exercise is not in your current program");
  }
  return program.id;
}

/** Red flags a run raises (R1 → R8), judged against the athlete's earlier runs. */
async function runFlags(db: DbOrTx, athlete: ScopedAthlete, entry: LogEntry, excludeLogId: string | null): Promise<TriggeredFlag[]> {
  if (entry.kind !== "run") return [];
  // Only a run with regions on both sides can be the first such run; then one question decides it.
  const bothSides = isFirstRunWithBothSides(entry, []);
  const first = bothSides && !(await hasOtherBilateralRun(db, athlete, excludeLogId));
  return runTriageFlags(entry, { isFirstRunWithBothSides: first });
}

/**
 * Stores one entry the athlete logged, exactly once per idempotency key: a resend returns the first
 * answer and writes nothing; the same key with a different entry is refused. A run's red flags (R1)
 * are raised as triage in the same transaction, and the answer tells the athlete what to do.
 */
export async function logEntry(ctx: AthleteCtx, input: LogInput): Promise<LogResponse> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const { clientId, ...entry } = input;
  const payloadHash = fingerprint(entry);
  const replay = await logReplayOf(ctx.db, athlete.id, clientId, payloadHash);
  if (replay) {
    await recordAudit(ctx.db, ctx, { action: "log.replay", entity: "activity_log", entityId: replay.logId, athleteId: athlete.id });
    // A resend after a failure between storing and evaluating still gets its decisions and alerts.
    await afterAthleteEvent(ctx, athlete, { alerts: "always" });
    return withRunClass(ctx, athlete, replay);
  }
  const programId = await assertReferences(ctx, entry);
  const response = await storeEntry(ctx, athlete, clientId, entry, payloadHash, programId);
  // The run may finish a week (or come after one ended): its decision, then the alert rules (R6).
  await afterAthleteEvent(ctx, athlete, { alerts: "always" });
  return withRunClass(ctx, athlete, response);
}

async function withRunClass(ctx: AthleteCtx, athlete: ScopedAthlete, stored: StoredResponse): Promise<LogResponse> {
  const runClass = stored.kind === "run" ? await runClassOf(ctx.db, athlete, { id: stored.logId, date: stored.date }, todayOf(ctx)) : null;
  return { ...stored, runClass };
}

async function storeEntry(
  ctx: AthleteCtx, athlete: ScopedAthlete, clientId: string, entry: LogEntry, payloadHash: string, programId: string | null,
): Promise<StoredResponse> {
  const logId = randomUUID();
  return storeOnce(
    ctx.db,
    async (tx) => {
      const flags = await runFlags(tx, athlete, entry, null);
      const response: StoredResponse = { logId, kind: entry.kind, date: entry.date, triage: triageNotice(flags) };
      const [row] = await tx
        .insert(activityLogs)
        .values({
          id: logId, clinicId: athlete.clinicId, athleteId: athlete.id, clientId, kind: entry.kind, date: entry.date, programId,
          data: entry, payloadHash, response, loggedBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now,
        })
        .onConflictDoNothing({ target: [activityLogs.athleteId, activityLogs.clientId] })
        .returning({ id: activityLogs.id });
      if (!row) return null;
      await raiseTriage(tx, ctx, { athlete, source: "run", sourceId: logId, triggered: flags });
      await recordAudit(tx, ctx, { action: "log.create", entity: "activity_log", entityId: logId, athleteId: athlete.id });
      return response;
    },
    (db) => logReplayOf(db, athlete.id, clientId, payloadHash),
  );
}

export type NextMorningResponse = { logId: string; nextMorningNrs: number };

/** Records the next-morning symptom level of a run (R1). Sending the same answer again is harmless. */
export async function answerNextMorning(ctx: AthleteCtx, input: AnswerNextMorningInput): Promise<NextMorningResponse> {
  const log = await getActivityLogOrThrow(ctx, input.logId);
  if (log.kind !== "run") throw new DomainError("BAD_INPUT", "Only runs have a next-morning check");
  const run = runLogSchema.parse(log.data);
  const answer = { logId: log.id, nextMorningNrs: input.nextMorningNrs };
  if (run.nextMorningNrs === input.nextMorningNrs) return answer;
  if (run.nextMorningNrs !== null) {
    throw new DomainError("CONFLICT", `This run already has a next-morning answer (${run.nextMorningNrs}/10). To change it, correct the run.`);
  }
  if (!isCorrectable(log.date, todayOf(ctx))) throw new DomainError("INVALID_STATE", "This run is too old for a next-morning answer");
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(activityLogs)
      .set({ data: { ...log.data, nextMorningNrs: input.nextMorningNrs }, updatedAt: ctx.now })
      .where(and(eq(activityLogs.id, log.id), eq(activityLogs.version, log.version), sql`${activityLogs.data}->>'nextMorningNrs' is null`))
      .returning({ id: activityLogs.id });
    if (updated.length === 0) throw new DomainError("CONFLICT", "This run changed meanwhile; reload and try again");
    await recordAudit(tx, ctx, { action: "log.nextMorning", entity: "activity_log", entityId: log.id, athleteId: log.athleteId });
  });
  // The answer may complete the week (R3: its decision is due at once), or show it not settled (R2 RED, R6 not-settled).
  await afterAthleteEvent(ctx, athleteOf(log), { alerts: "always" });
  return answer;
}

export type CorrectionResponse = { logId: string; version: number; runClass: RunClassDto | null };

/**
 * Corrects an entry within 7 days of its date. The version replaced is kept as a revision; decisions
 * already made stay as they were, later ones read the corrected value. Idempotent per correction key.
 */
export async function correctLog(ctx: AthleteCtx, input: CorrectLogInput): Promise<CorrectionResponse> {
  const log = await getActivityLogOrThrow(ctx, input.logId);
  const athlete = athleteOf(log);
  const classNow = async (version: number): Promise<CorrectionResponse> => ({
    logId: log.id, version, runClass: log.kind === "run" ? await runClassOf(ctx.db, athlete, { id: log.id, date: input.date }, todayOf(ctx)) : null,
  });
  const done = await correctionReplay(ctx.db, log.id, input.clientId);
  if (done) {
    await recordAudit(ctx.db, ctx, { action: "log.replay", entity: "activity_log", entityId: log.id, athleteId: log.athleteId });
    return classNow(done);
  }
  const { clientId, logId, expectedVersion, ...entry } = input;
  if (log.kind !== entry.kind) throw new DomainError("BAD_INPUT", "A correction must be of the same kind of entry");
  if (!isCorrectable(log.date, todayOf(ctx)) || !isCorrectable(entry.date, todayOf(ctx))) {
    throw new DomainError("INVALID_STATE", "Entries can be corrected for 7 days; ask your physio to note a change after that");
  }
  if (log.version !== expectedVersion) throw new DomainError("CONFLICT", "This entry was changed meanwhile; reload it and correct it again");
  const programId = await assertReferences(ctx, entry);
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(activityLogRevisions).values({
        clinicId: log.clinicId, athleteId: log.athleteId, logId, version: log.version, data: log.data, clientId,
        changedBy: ctx.actor.userId, createdAt: ctx.now,
      });
      const updated = await tx
        .update(activityLogs)
        .set({ data: entry, date: entry.date, programId, version: log.version + 1, updatedAt: ctx.now })
        .where(and(eq(activityLogs.id, logId), eq(activityLogs.version, expectedVersion)))
        .returning({ id: activityLogs.id });
      if (updated.length === 0) throw new DomainError("CONFLICT", "This entry was changed meanwhile; reload it and correct it again");
      const flags = await runFlags(tx, athlete, entry, logId);
      await raiseTriage(tx, ctx, { athlete, source: "run", sourceId: logId, triggered: flags });
      await recordAudit(tx, ctx, { action: "log.correct", entity: "activity_log", entityId: logId, athleteId: log.athleteId });
    });
    await afterAthleteEvent(ctx, athlete, { alerts: "always" });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const again = await correctionReplay(ctx.db, log.id, clientId);
    if (!again) throw new DomainError("CONFLICT", "This entry was changed meanwhile; reload it and correct it again");
    return classNow(again);
  }
  return classNow(log.version + 1);
}

/** The version a correction key produced, or null when the key is new. */
async function correctionReplay(db: DbOrTx, logId: string, clientId: string): Promise<number | null> {
  const [rev] = await db
    .select({ version: activityLogRevisions.version })
    .from(activityLogRevisions)
    .where(and(eq(activityLogRevisions.logId, logId), eq(activityLogRevisions.clientId, clientId)))
    .limit(1);
  return rev ? rev.version + 1 : null;
}

/** `unanswered`: questions still without a yes or no; the checklist stays due until they are answered. */
export type ChecklistResponse = { checkId: string; date: string; triage: TriageNotice | null; unanswered: ChecklistKey[] };

async function checklistReplayOf(db: DbOrTx, athleteId: string, clientId: string, payloadHash: string): Promise<ChecklistResponse | null> {
  const [row] = await db
    .select({ payloadHash: redFlagChecks.payloadHash, response: redFlagChecks.response })
    .from(redFlagChecks)
    .where(and(eq(redFlagChecks.athleteId, athleteId), eq(redFlagChecks.clientId, clientId)))
    .limit(1);
  if (!row) return null;
  if (row.payloadHash !== payloadHash) throw new DomainError("CONFLICT", "These answers were already sent with different details. Start the checklist again.");
  const first = row.response as ChecklistResponse;
  // Rebuilt in the order of the first answer: jsonb does not keep key order.
  return {
    checkId: first.checkId, date: first.date, triage: first.triage && { urgency: first.triage.urgency, messages: first.triage.messages },
    unanswered: first.unanswered ?? [],
  };
}

/**
 * Stores the athlete's red-flag checklist once per idempotency key; every "yes" reaches the therapist
 * as triage (R8) and the answer tells the athlete at once what to do (emergency: seek care now).
 */
export async function submitChecklist(ctx: AthleteCtx, input: SubmitChecklistInput): Promise<ChecklistResponse> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const { clientId, ...payload } = input;
  const payloadHash = fingerprint(payload);
  const replay = await checklistReplayOf(ctx.db, athlete.id, clientId, payloadHash);
  if (replay) {
    await recordAudit(ctx.db, ctx, { action: "checklist.replay", entity: "red_flag_check", entityId: replay.checkId, athleteId: athlete.id });
    return replay;
  }
  const problem = entryDateProblem(input.date, todayOf(ctx));
  if (problem) throw new DomainError("BAD_INPUT", problem);
  const checkId = randomUUID();
  const flags = checklistFlags(input.answers);
  const response: ChecklistResponse = { checkId, date: input.date, triage: triageNotice(flags), unanswered: unansweredChecklistKeys(input.answers) };
  const stored = await storeOnce(
    ctx.db,
    async (tx) => {
      const [row] = await tx
        .insert(redFlagChecks)
        .values({
          id: checkId, clinicId: athlete.clinicId, athleteId: athlete.id, clientId, date: input.date,
          answers: payload.answers as Record<string, string | null>, payloadHash, response, createdAt: ctx.now,
        })
        .onConflictDoNothing({ target: [redFlagChecks.athleteId, redFlagChecks.clientId] })
        .returning({ id: redFlagChecks.id });
      if (!row) return null;
      const triageId = await raiseTriage(tx, ctx, { athlete, source: "checklist", sourceId: checkId, triggered: flags });
      if (triageId) await tx.update(redFlagChecks).set({ triageId }).where(eq(redFlagChecks.id, checkId));
      await recordAudit(tx, ctx, { action: "checklist.submit", entity: "red_flag_check", entityId: checkId, athleteId: athlete.id });
      return response;
    },
    (db) => checklistReplayOf(db, athlete.id, clientId, payloadHash),
  );
  // A red flag can pause the plan: the weekly decisions due now are made from that.
  if (flags.length > 0) await afterAthleteEvent(ctx, athlete, { alerts: "ifDecided" });
  return stored;
}

/** The measures the athlete's therapist asked them to complete. */
export async function listPendingOutcomes(ctx: AthleteCtx): Promise<OutcomeDto[]> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const rows = await ctx.db
    .select()
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.athleteId, athlete.id), eq(outcomeMeasures.clinicId, athlete.clinicId), eq(outcomeMeasures.status, "requested")))
    .orderBy(asc(outcomeMeasures.requestedAt));
  await recordAudit(ctx.db, ctx, { action: "portal.outcomes", entity: "outcome", athleteId: athlete.id });
  return rows.map(toOutcomeDto);
}

/**
 * When the athlete's questionnaires are next due (every re-assessment interval of the clinic's protocol),
 * for those the athlete can answer in the portal; the ones already sent are listed by `listPendingOutcomes`.
 */
export async function getOwnOutcomeSchedule(ctx: AthleteCtx): Promise<OutcomeDue[]> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const rows = await ctx.db
    .select({ instrument: outcomeMeasures.instrument, status: outcomeMeasures.status, completedAt: outcomeMeasures.completedAt })
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.athleteId, athlete.id), isNull(outcomeMeasures.voidedAt)));
  await recordAudit(ctx.db, ctx, { action: "portal.outcomeSchedule", entity: "outcome", athleteId: athlete.id });
  const pending = new Set(rows.filter((r) => r.status === "requested").map((r) => r.instrument));
  const completed = rows.flatMap((r) =>
    r.completedAt && isInstrumentId(r.instrument) && !clinicianExamined.has(r.instrument) && !pending.has(r.instrument)
      ? [{ instrument: r.instrument, completedDate: r.completedAt.toISOString().slice(0, 10) }]
      : [],
  );
  const { protocolOverrides } = await loadClinicSettings(ctx.db, athlete.clinicId);
  const { reassessWeeks } = resolveSettings(protocolOverrides, {});
  return outcomeDueDates(completed, reassessWeeks, todayOf(ctx));
}

/** The athlete answers a requested measure; the server scores it and it lands on the record. */
export async function completeOutcome(ctx: AthleteCtx, input: CompleteOutcomeInput): Promise<OutcomeDto> {
  const outcome = await getOutcomeOrThrow(ctx, input.outcomeId);
  if (outcome.status !== "requested") throw new DomainError("INVALID_STATE", "This questionnaire was already completed");
  if (outcome.instrument !== input.instrument) throw new DomainError("BAD_INPUT", "These answers are for a different questionnaire");
  const scored = scoreAnswers(input.instrument, input.answers);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(outcomeMeasures)
      .set({
        status: "completed", answers: input.answers, score: scored.score, complete: scored.complete, completedAt: ctx.now,
        completedBy: ctx.actor.userId, completedByRole: "athlete",
      })
      .where(and(eq(outcomeMeasures.id, outcome.id), eq(outcomeMeasures.status, "requested")))
      .returning();
    if (!row) throw new DomainError("CONFLICT", "This questionnaire was already completed");
    await recordAudit(tx, ctx, { action: "outcome.complete", entity: "outcome", entityId: outcome.id, athleteId: outcome.athleteId });
    return toOutcomeDto(row);
  });
}

/** The reports released to the signed-in athlete, newest first; a voided one is listed as withdrawn. */
export async function listOwnReports(ctx: AthleteCtx): Promise<OwnReportDto[]> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId);
  await recordAudit(ctx.db, ctx, { action: "report.list", entity: "report", athleteId: athlete.id });
  const rows = await selectReports(ctx.db, and(eq(reports.athleteId, athlete.id), eq(reports.clinicId, athlete.clinicId), isNotNull(reports.releasedAt)));
  return rows.map(({ id, kind, periodFrom, periodTo, issuedAt, issuedByName, voidedAt }) => ({ id, kind, periodFrom, periodTo, issuedAt, issuedByName, withdrawnAt: voidedAt }));
}
