import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outcomeMeasures } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { DomainError } from "@/server/domain/errors";
import type { Keyed } from "@/server/domain/ids";
import type {
  RecordOutcomeInput, RequestOutcomeInput, SupersedeOutcomeInput, VoidOutcomeInput,
} from "@/server/domain/outcomes/schemas";
import { instruments } from "@/server/domain/scoring/instruments";
import { roleOf } from "@/server/domain/access";
import { recordAudit } from "../infra/audit";
import type { ClinicianCtx } from "../context";
import { getAssessmentOrThrow, getAthleteOrThrow, getOutcomeOrThrow } from "../scope";
import { findReplay, requestKeyOf, storeKeyed, type RequestKeyValues } from "../infra/request-keys";
import { outcomeTrends, type OutcomeTrend } from "@/server/domain/outcomes/trends";
import { assertInstrumentAvailable, clinicianExamined, scoreAnswers, toOutcomeDto, type OutcomeDto } from "../records/outcomes";

type OutcomeRow = typeof outcomeMeasures.$inferSelect;

/** A measure completed in clinic, optionally as part of a draft assessment; once per request key. */
export async function recordOutcome(ctx: ClinicianCtx, input: Keyed<RecordOutcomeInput>): Promise<OutcomeDto> {
  const replayed = await findReplay(ctx, outcomeMeasures, input, { action: "outcome.record", entity: "outcome" });
  if (replayed) return toOutcomeDto(await getOutcomeOrThrow(ctx, replayed));
  const athlete = await getAthleteOrThrow(ctx, input.athleteId, { activeOnly: true });
  await assertDraftOfAthlete(ctx, athlete.id, input.assessmentId);
  await assertInstrumentAvailable(ctx.db, ctx.actor.clinicId, input.instrument);
  const key = requestKeyOf(input);
  const id = await storeKeyed(ctx, outcomeMeasures, key, (tx) => insertRecorded(tx, ctx, athlete.id, input, key));
  return toOutcomeDto(await getOutcomeOrThrow(ctx, id));
}

/** Measures recorded in clinic attach only to a draft visit of the same athlete. */
async function assertDraftOfAthlete(ctx: ClinicianCtx, athleteId: string, assessmentId: string | undefined): Promise<void> {
  if (!assessmentId) return;
  const assessment = await getAssessmentOrThrow(ctx, assessmentId);
  if (assessment.athleteId !== athleteId || assessment.discardedAt) throw new DomainError("NOT_FOUND", "Assessment not found");
  if (assessment.status !== "draft") throw new DomainError("INVALID_STATE", "A signed assessment is read-only; amend it to add measures");
}

async function insertRecorded(tx: DbOrTx, ctx: ClinicianCtx, athleteId: string, input: RecordOutcomeInput, key: RequestKeyValues): Promise<string> {
  const def = instruments[input.instrument];
  const scored = scoreAnswers(input.instrument, input.answers);
  const [row] = await tx
    .insert(outcomeMeasures)
    .values({
      clinicId: ctx.actor.clinicId, athleteId, assessmentId: input.assessmentId ?? null, instrument: input.instrument,
      instrumentVersion: def.version, licenceNote: def.licenceNote, status: "completed", answers: input.answers,
      score: scored.score, complete: scored.complete, completedAt: ctx.now, completedBy: ctx.actor.userId,
      completedByRole: roleOf(ctx.actor), createdAt: ctx.now, ...key,
    })
    .returning({ id: outcomeMeasures.id });
  await recordAudit(tx, ctx, { action: "outcome.record", entity: "outcome", entityId: row!.id, athleteId });
  return row!.id;
}

/**
 * Voids a completed measure entered in error, with the reason: it stays on the record, shown as void,
 * and leaves comparisons, trends and reports (baseline and latest are taken from the valid ones).
 */
export async function voidOutcome(ctx: ClinicianCtx, input: VoidOutcomeInput): Promise<OutcomeDto> {
  const outcome = await getVoidableOrThrow(ctx, input.outcomeId);
  await ctx.db.transaction((tx) => markVoid(tx, ctx, outcome, input.reason, null));
  return toOutcomeDto(await getOutcomeOrThrow(ctx, outcome.id));
}

/**
 * Supersedes a measure entered in error: voids it and records the correct answers in one transaction,
 * linked to each other. Once per request key, like any other recording.
 */
export async function supersedeOutcome(ctx: ClinicianCtx, input: Keyed<SupersedeOutcomeInput>): Promise<OutcomeDto> {
  const replayed = await findReplay(ctx, outcomeMeasures, input, { action: "outcome.supersede", entity: "outcome" });
  if (replayed) return toOutcomeDto(await getOutcomeOrThrow(ctx, replayed));
  const outcome = await getVoidableOrThrow(ctx, input.outcomeId);
  if (outcome.instrument !== input.instrument) throw new DomainError("BAD_INPUT", "The correction must use the same questionnaire");
  const recorded = { athleteId: outcome.athleteId, instrument: input.instrument, answers: input.answers, assessmentId: outcome.assessmentId ?? undefined } as RecordOutcomeInput;
  const key = requestKeyOf(input);
  const id = await storeKeyed(ctx, outcomeMeasures, key, async (tx) => {
    const replacementId = await insertRecorded(tx, ctx, outcome.athleteId, recorded, key);
    await markVoid(tx, ctx, outcome, input.reason, replacementId);
    return replacementId;
  });
  return toOutcomeDto(await getOutcomeOrThrow(ctx, id));
}

async function getVoidableOrThrow(ctx: ClinicianCtx, outcomeId: string): Promise<OutcomeRow> {
  const outcome = await getOutcomeOrThrow(ctx, outcomeId);
  if (outcome.voidedAt) throw new DomainError("INVALID_STATE", "This measure is already void");
  if (outcome.status !== "completed") throw new DomainError("INVALID_STATE", "Only a completed measure can be voided");
  return outcome;
}

async function markVoid(tx: DbOrTx, ctx: ClinicianCtx, outcome: OutcomeRow, reason: string, supersededById: string | null): Promise<void> {
  const [row] = await tx
    .update(outcomeMeasures)
    .set({ voidedAt: ctx.now, voidedBy: ctx.actor.userId, voidReason: reason, supersededById })
    .where(and(eq(outcomeMeasures.id, outcome.id), isNull(outcomeMeasures.voidedAt)))
    .returning({ id: outcomeMeasures.id });
  if (!row) throw new DomainError("CONFLICT", "This measure was voided meanwhile; reload to see it");
  await recordAudit(tx, ctx, { action: supersededById ? "outcome.supersede" : "outcome.void", entity: "outcome", entityId: outcome.id, athleteId: outcome.athleteId });
}

/** Sends a measure to the athlete's portal; one open request per instrument. */
export async function requestOutcome(ctx: ClinicianCtx, input: Keyed<RequestOutcomeInput>): Promise<OutcomeDto> {
  const replayed = await findReplay(ctx, outcomeMeasures, input, { action: "outcome.request", entity: "outcome" });
  if (replayed) return toOutcomeDto(await getOutcomeOrThrow(ctx, replayed));
  const athlete = await getAthleteOrThrow(ctx, input.athleteId, { activeOnly: true });
  if (!athlete.userId) throw new DomainError("INVALID_STATE", "Invite the athlete to the portal first");
  if (clinicianExamined.has(input.instrument)) {
    throw new DomainError("INVALID_STATE", `${instruments[input.instrument].title} includes a clinical examination: record it in clinic`);
  }
  await assertInstrumentAvailable(ctx.db, ctx.actor.clinicId, input.instrument);
  const def = instruments[input.instrument];
  const key = requestKeyOf(input);
  const id = await storeKeyed(ctx, outcomeMeasures, key, async (tx) => {
    const [open] = await tx
      .select()
      .from(outcomeMeasures)
      .where(and(eq(outcomeMeasures.athleteId, athlete.id), eq(outcomeMeasures.instrument, input.instrument), eq(outcomeMeasures.status, "requested")))
      .limit(1);
    const row =
      open ??
      (
        await tx
          .insert(outcomeMeasures)
          .values({
            clinicId: ctx.actor.clinicId, athleteId: athlete.id, instrument: input.instrument, instrumentVersion: def.version,
            licenceNote: def.licenceNote, status: "requested", requestedAt: ctx.now, requestedBy: ctx.actor.userId, createdAt: ctx.now, ...key,
          })
          .returning()
      )[0]!;
    await recordAudit(tx, ctx, { action: "outcome.request", entity: "outcome", entityId: row.id, athleteId: athlete.id });
    return row.id;
  });
  return toOutcomeDto(await getOutcomeOrThrow(ctx, id));
}

/** Every measure of the athlete, and per instrument the change from the first to the latest score. */
export async function listOutcomes(ctx: ClinicianCtx, input: AthleteIdInput): Promise<{ items: OutcomeDto[]; trends: OutcomeTrend[] }> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const rows = await ctx.db
    .select()
    .from(outcomeMeasures)
    .where(eq(outcomeMeasures.athleteId, athlete.id))
    .orderBy(asc(outcomeMeasures.completedAt), asc(outcomeMeasures.createdAt));
  await recordAudit(ctx.db, ctx, { action: "outcome.list", entity: "outcome", athleteId: athlete.id });
  const items = rows.map(toOutcomeDto);
  return { items, trends: outcomeTrends(items) };
}

