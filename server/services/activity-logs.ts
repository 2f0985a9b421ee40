import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activityLogRevisions, activityLogs, programVersions } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { entryDateProblem, exerciseKey, isCorrectable } from "@/server/domain/logs/rules";
import type { AnswerNextMorningInput, CorrectLogInput, LogEntry, LogInput, LogKind } from "@/server/domain/logs/schemas";
import { isFirstRunWithBothSides, runLogSchema, runTriageFlags } from "@/server/domain/progression/run-log";
import { unsafeEvaluateAlerts } from "./alerts";
import { recordAudit } from "./infra/audit";
import { todayOf, type AthleteCtx } from "./context";
import { isUniqueViolation, storeOnce } from "./infra/db-errors";
import { fingerprint } from "./infra/fingerprint";
import { unsafeRunClassOf, type RunClassDto } from "./log-history";
import { getActivityLogOrThrow, getAthleteOrThrow, getProgramOrThrow, getShoeOrThrow } from "./scope";
import { raiseTriage, triageNotice, type TriageNotice, type TriggeredFlag } from "./triage";

/** What is stored with an entry: a resend of the same entry gets this very answer again. */
type StoredResponse = { logId: string; kind: LogKind; date: string; triage: TriageNotice | null };

/** The answer to `portal.log`: the stored answer, and a run's class as it stands now (R2), so the athlete learns why at once. */
export type LogResponse = StoredResponse & { runClass: RunClassDto | null };

/** The first answer for this key, or CONFLICT when the key was used for a different entry. */
async function replayOf(db: DbOrTx, athleteId: string, clientId: string, payloadHash: string): Promise<StoredResponse | null> {
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
async function runFlags(db: DbOrTx, athleteId: string, entry: LogEntry, excludeLogId: string | null): Promise<TriggeredFlag[]> {
  if (entry.kind !== "run") return [];
  const earlier = await db
    .select({ id: activityLogs.id, data: activityLogs.data })
    .from(activityLogs)
    .where(and(eq(activityLogs.athleteId, athleteId), eq(activityLogs.kind, "run")))
    .orderBy(asc(activityLogs.date));
  const earlierRuns = earlier.filter((r) => r.id !== excludeLogId).flatMap((r) => {
    const parsed = runLogSchema.safeParse(r.data);
    return parsed.success ? [parsed.data] : [];
  });
  return runTriageFlags(entry, { isFirstRunWithBothSides: isFirstRunWithBothSides(entry, earlierRuns) });
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
  const replay = await replayOf(ctx.db, athlete.id, clientId, payloadHash);
  if (replay) {
    await recordAudit(ctx.db, ctx, { action: "log.replay", entity: "activity_log", entityId: replay.logId, athleteId: athlete.id });
    // A resend after a failure between storing and evaluating still gets its alerts.
    await unsafeEvaluateAlerts(ctx, athlete);
    return withRunClass(ctx, athlete, replay);
  }
  const programId = await assertReferences(ctx, entry);
  const response = await storeEntry(ctx, athlete, clientId, entry, payloadHash, programId);
  await unsafeEvaluateAlerts(ctx, athlete);
  return withRunClass(ctx, athlete, response);
}

async function withRunClass(ctx: AthleteCtx, athlete: { id: string; clinicId: string }, stored: StoredResponse): Promise<LogResponse> {
  const runClass = stored.kind === "run" ? await unsafeRunClassOf(ctx.db, athlete, { id: stored.logId, date: stored.date }, todayOf(ctx)) : null;
  return { ...stored, runClass };
}

async function storeEntry(
  ctx: AthleteCtx, athlete: { id: string; clinicId: string }, clientId: string, entry: LogEntry, payloadHash: string, programId: string | null,
): Promise<StoredResponse> {
  const logId = randomUUID();
  return storeOnce(
    ctx.db,
    async (tx) => {
      const flags = await runFlags(tx, athlete.id, entry, null);
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
      await raiseTriage(tx, ctx, { athleteId: athlete.id, source: "run", sourceId: logId, triggered: flags });
      await recordAudit(tx, ctx, { action: "log.create", entity: "activity_log", entityId: logId, athleteId: athlete.id });
      return response;
    },
    (db) => replayOf(db, athlete.id, clientId, payloadHash),
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
  // Not settled by the next morning (R2 RED, R6 not-settled).
  await unsafeEvaluateAlerts(ctx, { id: log.athleteId, clinicId: log.clinicId });
  return answer;
}

export type CorrectionResponse = { logId: string; version: number; runClass: RunClassDto | null };

/**
 * Corrects an entry within 7 days of its date. The version replaced is kept as a revision; decisions
 * already made stay as they were, later ones read the corrected value. Idempotent per correction key.
 */
export async function correctLog(ctx: AthleteCtx, input: CorrectLogInput): Promise<CorrectionResponse> {
  const log = await getActivityLogOrThrow(ctx, input.logId);
  const athlete = { id: log.athleteId, clinicId: log.clinicId };
  const classNow = async (version: number): Promise<CorrectionResponse> => ({
    logId: log.id, version, runClass: log.kind === "run" ? await unsafeRunClassOf(ctx.db, athlete, { id: log.id, date: input.date }, todayOf(ctx)) : null,
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
      const flags = await runFlags(tx, log.athleteId, entry, logId);
      await raiseTriage(tx, ctx, { athleteId: log.athleteId, source: "run", sourceId: logId, triggered: flags });
      await recordAudit(tx, ctx, { action: "log.correct", entity: "activity_log", entityId: logId, athleteId: log.athleteId });
    });
    await unsafeEvaluateAlerts(ctx, { id: log.athleteId, clinicId: log.clinicId });
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
