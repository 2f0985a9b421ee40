import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outcomeMeasures } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { DomainError } from "@/server/domain/errors";
import type { Keyed } from "@/server/domain/ids";
import type {
  CompleteOutcomeInput, RecordOutcomeInput, RequestOutcomeInput, SupersedeOutcomeInput, VoidOutcomeInput,
} from "@/server/domain/outcomes/schemas";
import { instruments, isInstrumentId, scoreChange, type InstrumentId } from "@/server/domain/scoring/instruments";
import { roleOf } from "@/server/domain/access";
import { outcomeDueDates, type OutcomeDue } from "@/server/domain/outcomes/schedule";
import { resolveSettings } from "@/server/domain/progression/settings";
import { recordAudit } from "./infra/audit";
import { todayOf, type AthleteCtx, type ClinicianCtx, type ServiceCtx } from "./context";
import { getAssessmentOrThrow, getAthleteOrThrow, getOutcomeOrThrow } from "./scope";
import { findReplay, requestKeyOf, storeKeyed, type RequestKeyValues } from "./infra/request-keys";
import { loadClinicSettings } from "./settings";

type OutcomeRow = typeof outcomeMeasures.$inferSelect;

export type OutcomeDto = {
  id: string;
  instrument: InstrumentId;
  instrumentVersion: string;
  licenceNote: string;
  status: OutcomeRow["status"];
  assessmentId: string | null;
  answers: unknown;
  score: number | null;
  complete: boolean;
  interpretation: string | null;
  requestedAt: Date | null;
  completedAt: Date | null;
  completedByRole: string | null;
  /** Entered in error: shown as void with its reason, left out of every comparison. */
  voided: { at: Date; reason: string; supersededById: string | null } | null;
};

export type OutcomeTrend = {
  instrument: InstrumentId;
  baseline: { score: number; at: Date } | null;
  latest: { score: number; at: Date } | null;
  change: ReturnType<typeof scoreChange> | null;
};

export function toOutcomeDto(o: OutcomeRow): OutcomeDto {
  const instrument = o.instrument as InstrumentId;
  const scored = o.status === "completed" && o.answers ? instruments[instrument].score(o.answers as never) : null;
  return {
    id: o.id, instrument, instrumentVersion: o.instrumentVersion, licenceNote: o.licenceNote, status: o.status,
    assessmentId: o.assessmentId, answers: o.answers, score: o.score, complete: o.complete,
    interpretation: scored?.interpretation ?? null, requestedAt: o.requestedAt, completedAt: o.completedAt,
    completedByRole: o.completedByRole,
    voided: o.voidedAt ? { at: o.voidedAt, reason: o.voidReason ?? "", supersededById: o.supersededById } : null,
  };
}

/** Instruments with examination items only a clinician can complete; never sent to the portal. */
const clinicianExamined = new Set<InstrumentId>(["DN4", "LANSS"]);

/** Add-on questionnaires (DN4, LANSS, painDETECT) are used only where the clinic recorded a licence. */
async function assertAvailable(ctx: ServiceCtx, instrument: InstrumentId): Promise<void> {
  if (!instruments[instrument].isAddOn) return;
  const settings = await loadClinicSettings(ctx.db, ctx.actor.clinicId);
  if (!settings.licensedAddOns[instrument]) {
    throw new DomainError("INVALID_STATE", `${instruments[instrument].title} is a licensed add-on: the clinic owner must record the licence in Settings first`);
  }
}

/** Scores answers on the server; totals are never taken from the client. */
function scoreAnswers(instrument: InstrumentId, answers: unknown) {
  return instruments[instrument].score(answers as never);
}

/** A measure completed in clinic, optionally as part of a draft assessment; once per request key. */
export async function recordOutcome(ctx: ClinicianCtx, input: Keyed<RecordOutcomeInput>): Promise<OutcomeDto> {
  const replayed = await findReplay(ctx, outcomeMeasures, input, { action: "outcome.record", entity: "outcome" });
  if (replayed) return toOutcomeDto(await getOutcomeOrThrow(ctx, replayed));
  const athlete = await getAthleteOrThrow(ctx, input.athleteId, { activeOnly: true });
  await assertDraftOfAthlete(ctx, athlete.id, input.assessmentId);
  await assertAvailable(ctx, input.instrument);
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
  await assertAvailable(ctx, input.instrument);
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

/** Baseline = first complete score, latest = last complete score, per instrument (R9: no prorating). */
export function outcomeTrends(items: OutcomeDto[]): OutcomeTrend[] {
  const scored = items.filter((o) => o.status === "completed" && !o.voided && o.complete && o.score !== null && o.completedAt);
  const byInstrument = new Map<InstrumentId, OutcomeDto[]>();
  for (const o of scored) byInstrument.set(o.instrument, [...(byInstrument.get(o.instrument) ?? []), o]);
  return [...byInstrument.entries()].map(([instrument, list]) => {
    const first = list[0]!;
    const last = list.at(-1)!;
    const baseline = { score: first.score!, at: first.completedAt! };
    const latest = list.length > 1 ? { score: last.score!, at: last.completedAt! } : null;
    return { instrument, baseline, latest, change: latest ? scoreChange(instrument, baseline.score, latest.score) : null };
  });
}

/** The measures the athlete's therapist asked them to complete. */
export async function listPendingOutcomes(ctx: AthleteCtx): Promise<OutcomeDto[]> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const rows = await ctx.db
    .select()
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.athleteId, athlete.id), eq(outcomeMeasures.status, "requested")))
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
