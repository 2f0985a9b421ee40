import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { redFlagChecks } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { entryDateProblem } from "@/server/domain/logs/rules";
import type { SubmitChecklistInput } from "@/server/domain/logs/schemas";
import { athleteChecklist, triggers, unansweredChecklistKeys, type ChecklistKey } from "@/server/domain/triage/triggers";
import { recordAudit } from "./infra/audit";
import { todayOf, type AthleteCtx, type ClinicianCtx } from "./context";
import { storeOnce } from "./infra/db-errors";
import { fingerprint } from "./infra/fingerprint";
import { getAthleteOrThrow } from "./scope";
import { raiseTriage, triageNotice, type TriageNotice, type TriggeredFlag } from "./triage";

/** `unanswered`: questions still without a yes or no; the checklist stays due until they are answered. */
export type ChecklistResponse = { checkId: string; date: string; triage: TriageNotice | null; unanswered: ChecklistKey[] };

async function replayOf(db: DbOrTx, athleteId: string, clientId: string, payloadHash: string): Promise<ChecklistResponse | null> {
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

/** Each "yes" of the 7.4 checklist as a flag of its trigger (R8), one per trigger; unanswered questions raise nothing and are not "no". */
export function checklistFlags(answers: SubmitChecklistInput["answers"]): TriggeredFlag[] {
  const byTrigger = new Map<string, TriggeredFlag>();
  for (const q of athleteChecklist) {
    if (answers[q.key] !== "yes") continue;
    const prior = byTrigger.get(q.triggerId);
    const reason = prior ? `${prior.reason}; "${q.question}" Yes` : `${q.triggerId} Athlete checklist: "${q.question}" Yes`;
    byTrigger.set(q.triggerId, { id: q.triggerId, urgency: triggers[q.triggerId].urgency, reason });
  }
  return [...byTrigger.values()];
}

/**
 * Stores the athlete's red-flag checklist once per idempotency key; every "yes" reaches the therapist
 * as triage (R8) and the answer tells the athlete at once what to do (emergency: seek care now).
 */
export async function submitChecklist(ctx: AthleteCtx, input: SubmitChecklistInput): Promise<ChecklistResponse> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const { clientId, ...payload } = input;
  const payloadHash = fingerprint(payload);
  const replay = await replayOf(ctx.db, athlete.id, clientId, payloadHash);
  if (replay) {
    await recordAudit(ctx.db, ctx, { action: "checklist.replay", entity: "red_flag_check", entityId: replay.checkId, athleteId: athlete.id });
    return replay;
  }
  const problem = entryDateProblem(input.date, todayOf(ctx));
  if (problem) throw new DomainError("BAD_INPUT", problem);
  const checkId = randomUUID();
  const flags = checklistFlags(input.answers);
  const response: ChecklistResponse = { checkId, date: input.date, triage: triageNotice(flags), unanswered: unansweredChecklistKeys(input.answers) };
  return storeOnce(
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
      const triageId = await raiseTriage(tx, ctx, { athleteId: athlete.id, source: "checklist", sourceId: checkId, triggered: flags });
      if (triageId) await tx.update(redFlagChecks).set({ triageId }).where(eq(redFlagChecks.id, checkId));
      await recordAudit(tx, ctx, { action: "checklist.submit", entity: "red_flag_check", entityId: checkId, athleteId: athlete.id });
      return response;
    },
    (db) => replayOf(db, athlete.id, clientId, payloadHash),
  );
}

export type ChecklistStatus = {
  /** The latest checklist with every question answered. */
  lastComplete: { date: string; createdAt: Date } | null;
  /** A newer checklist sent with questions unanswered: it does not count as done. */
  laterIncomplete: { date: string; createdAt: Date; unanswered: number } | null;
};

/** How many of the latest checklists are looked at for the last complete one. */
const STATUS_LOOKBACK = 20;

/**
 * The athlete's checklist status: the last complete one and any later one left incomplete (DOMAIN 7.4:
 * unanswered is not "no", so only a complete checklist makes it stop being due). Unscoped: pass an id
 * from a scoped load.
 */
export async function unsafeChecklistStatus(db: DbOrTx, athleteId: string): Promise<ChecklistStatus> {
  const rows = await db
    .select({ date: redFlagChecks.date, createdAt: redFlagChecks.createdAt, answers: redFlagChecks.answers })
    .from(redFlagChecks)
    .where(eq(redFlagChecks.athleteId, athleteId))
    .orderBy(desc(redFlagChecks.createdAt))
    .limit(STATUS_LOOKBACK);
  const withGaps = rows.map((r) => ({ date: r.date, createdAt: r.createdAt, unanswered: unansweredChecklistKeys(r.answers as Record<string, "yes" | "no" | null>).length }));
  const complete = withGaps.find((r) => r.unanswered === 0) ?? null;
  const newest = withGaps[0];
  return {
    lastComplete: complete && { date: complete.date, createdAt: complete.createdAt },
    laterIncomplete: newest && newest.unanswered > 0 ? newest : null,
  };
}

/** The athlete's safety checklist status for the therapist: the last complete one, and a later one sent with gaps. */
export async function getChecklistStatus(ctx: ClinicianCtx, input: { athleteId: string }): Promise<ChecklistStatus> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "checklist.status", entity: "red_flag_check", athleteId: athlete.id });
  return unsafeChecklistStatus(ctx.db, athlete.id);
}
