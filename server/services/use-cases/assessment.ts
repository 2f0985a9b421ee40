import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { assessments, assessmentSections, shoes, users } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import type {
  AssessmentIdInput, AthleteAssessmentsInput, DiscardAssessmentInput, SaveSectionInput, SignAssessmentInput, StartAssessmentInput,
} from "@/server/domain/assessments/schemas";
import { visitDatesOn } from "@/server/domain/assessments/schemas";
import { sectionDefinitions } from "@/server/domain/assessments/sections";
import { assertDates } from "@/server/domain/dates";
import { DomainError } from "@/server/domain/errors";
import { gaitCues } from "@/server/domain/gait/cues";
import { combineTriage, triageFromAnswers, triageFromFindings } from "@/server/domain/triage/triage";
import { recordAudit } from "../infra/audit";
import { todayOf, type ClinicianCtx } from "../context";
import { afterAthleteEvent } from "../engine/weekly-decisions";
import { raiseTriage } from "../engine/triage";
import { compareVisitsOf, signedVisits, unsafeLoadSections, type SectionsData, type SectionState, type SectionStates, type VisitComparison } from "../records/assessments";
import { athleteOf, getAssessmentOrThrow, getAthleteOrThrow, type Scoped } from "../scope";
import type { Keyed } from "@/server/domain/ids";
import { findReplay, requestKeyOf, storeKeyed } from "../infra/request-keys";

type AssessmentRow = typeof assessments.$inferSelect;
export type { SectionsData, SectionState };

export type AssessmentSummary = {
  id: string;
  athleteId: string;
  kind: AssessmentRow["kind"];
  visitDate: string;
  status: AssessmentRow["status"];
  version: number;
  signedAt: Date | null;
  signedByName: string | null;
  supersededAt: Date | null;
  amendsAssessmentId: string | null;
  createdAt: Date;
};

export type AssessmentDetail = AssessmentSummary & {
  sections: SectionsData;
  sectionStates: SectionStates;
  /** Gait cues computed from the entered values (DOMAIN 3.2). */
  cues: ReturnType<typeof gaitCues>;
  /** The open draft that amends this visit, if any. */
  amendmentDraftId: string | null;
};

/** The athlete's visits, newest first; amended visits stay listed, marked superseded. */
export async function listAssessments(ctx: ClinicianCtx, input: AthleteAssessmentsInput): Promise<AssessmentSummary[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const rows = await ctx.db
    .select({ a: assessments, signedByName: users.name })
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.signedBy))
    .where(and(eq(assessments.athleteId, athlete.id), isNull(assessments.discardedAt)))
    .orderBy(desc(assessments.visitDate), desc(assessments.createdAt));
  await recordAudit(ctx.db, ctx, { action: "assessment.list", entity: "assessment", athleteId: athlete.id });
  return rows.map(({ a, signedByName }) => toSummary(a, signedByName));
}

/** One visit with every recorded section, read at the current schema version. */
export async function getAssessment(ctx: ClinicianCtx, input: AssessmentIdInput): Promise<AssessmentDetail> {
  const assessment = await getLiveAssessmentOrThrow(ctx, input.assessmentId);
  await recordAudit(ctx.db, ctx, { action: "assessment.read", entity: "assessment", entityId: assessment.id, athleteId: assessment.athleteId });
  return loadDetail(ctx.db, assessment);
}

/** Starts a dated visit as a draft. An athlete has one initial assessment; later visits are re-assessments. */
export async function startAssessment(ctx: ClinicianCtx, input: Keyed<StartAssessmentInput>): Promise<AssessmentDetail> {
  const replayed = await findReplay(ctx, assessments, input, { action: "assessment.start", entity: "assessment" });
  if (replayed) return loadDetail(ctx.db, await getAssessmentOrThrow(ctx, replayed));
  const athlete = await getAthleteOrThrow(ctx, input.athleteId, { activeOnly: true });
  assertDates(visitDatesOn(todayOf(ctx)), input);
  if (input.kind === "initial") {
    const [initial] = await ctx.db
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.athleteId, athlete.id), eq(assessments.kind, "initial"), isNull(assessments.amendsAssessmentId), isNull(assessments.discardedAt)))
      .limit(1);
    if (initial) throw new DomainError("INVALID_STATE", "This athlete already has an initial assessment; start a re-assessment");
  }
  const key = requestKeyOf(input);
  const id = await storeKeyed(ctx, assessments, key, async (tx) => {
    const [created] = await tx
      .insert(assessments)
      .values({
        clinicId: ctx.actor.clinicId, athleteId: athlete.id, kind: input.kind, visitDate: input.visitDate, ...key,
        createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now,
      })
      .returning({ id: assessments.id });
    await recordAudit(tx, ctx, { action: "assessment.start", entity: "assessment", entityId: created!.id, athleteId: athlete.id });
    return created!.id;
  });
  return loadDetail(ctx.db, await getAssessmentOrThrow(ctx, id));
}

/**
 * Discards a draft visit started in error: it leaves every list and can no longer be edited, but the
 * row stays for the audit trail. A signed visit is part of the record and is amended instead.
 */
export async function discardAssessment(ctx: ClinicianCtx, input: DiscardAssessmentInput): Promise<{ assessmentId: string; discardedAt: Date }> {
  const assessment = await getAssessmentOrThrow(ctx, input.assessmentId);
  if (assessment.discardedAt) throw new DomainError("INVALID_STATE", "This draft was already discarded");
  if (assessment.status !== "draft") throw new DomainError("INVALID_STATE", "A signed assessment cannot be discarded; amend it instead");
  await ctx.db.transaction(async (tx) => {
    const [discarded] = await tx
      .update(assessments)
      .set({ discardedAt: ctx.now, discardedBy: ctx.actor.userId, updatedAt: ctx.now, version: sql`${assessments.version} + 1` })
      .where(and(eq(assessments.id, assessment.id), eq(assessments.version, input.version), eq(assessments.status, "draft"), isNull(assessments.discardedAt)))
      .returning({ id: assessments.id });
    if (!discarded) throw new DomainError("CONFLICT", "This draft changed meanwhile (signed or saved); reload it first");
    await recordAudit(tx, ctx, { action: "assessment.discard", entity: "assessment", entityId: assessment.id, athleteId: assessment.athleteId });
  });
  return { assessmentId: assessment.id, discardedAt: ctx.now };
}

/** A discarded draft is kept for the audit trail only: it reads as missing. */
async function getLiveAssessmentOrThrow(ctx: ClinicianCtx, assessmentId: string): Promise<Scoped<AssessmentRow>> {
  const assessment = await getAssessmentOrThrow(ctx, assessmentId);
  if (assessment.discardedAt) throw new DomainError("NOT_FOUND", "This draft visit was discarded");
  return assessment;
}

/**
 * Saves one section of a draft. Each section carries its own version: a second writer holding an
 * older version gets CONFLICT instead of overwriting. Red flags found in the saved data are raised.
 */
export async function saveSection(ctx: ClinicianCtx, input: SaveSectionInput): Promise<AssessmentDetail> {
  const assessment = await getLiveAssessmentOrThrow(ctx, input.assessmentId);
  if (assessment.status !== "draft") throw new DomainError("INVALID_STATE", "A signed assessment is read-only; amend it to make changes");
  if (input.kind === "footwear") await assertShoesOfAthlete(ctx.db, assessment.athleteId, input.data.shoes?.map((s) => s.shoeId) ?? []);
  if (input.kind === "gait" && input.data.shoeId) await assertShoesOfAthlete(ctx.db, assessment.athleteId, [input.data.shoeId]);
  const definition = sectionDefinitions[input.kind];
  const raised = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: assessmentSections.id, version: assessmentSections.version })
      .from(assessmentSections)
      .where(and(eq(assessmentSections.assessmentId, assessment.id), eq(assessmentSections.kind, input.kind)))
      .for("update")
      .limit(1);
    if ((existing?.version ?? 0) !== input.version) {
      throw new DomainError("CONFLICT", `Someone else saved the ${definition.title.toLowerCase()} meanwhile. Reload to see their changes, then enter yours again.`);
    }
    const values = { schemaVersion: definition.schemaVersion, data: input.data, updatedBy: ctx.actor.userId, updatedAt: ctx.now };
    const [section] = existing
      ? await tx.update(assessmentSections).set({ ...values, version: sql`${assessmentSections.version} + 1` }).where(eq(assessmentSections.id, existing.id)).returning({ id: assessmentSections.id })
      : await tx
          .insert(assessmentSections)
          .values({ ...values, clinicId: assessment.clinicId, athleteId: assessment.athleteId, assessmentId: assessment.id, kind: input.kind, createdAt: ctx.now })
          .onConflictDoNothing()
          .returning({ id: assessmentSections.id });
    if (!section) throw new DomainError("CONFLICT", `Someone else saved the ${definition.title.toLowerCase()} meanwhile. Reload to see their changes.`);
    await tx.update(assessments).set({ updatedAt: ctx.now }).where(eq(assessments.id, assessment.id));
    await recordAudit(tx, ctx, { action: "assessment.saveSection", entity: "assessment_section", entityId: section.id, athleteId: assessment.athleteId });
    if (input.kind === "redFlags" || input.kind === "symptomHistory" || input.kind === "tarsalTunnel" || input.kind === "mobilityStrength") {
      return raiseAssessmentTriage(tx, ctx, assessment);
    }
    return null;
  });
  // A red flag can pause the plan: the weekly decisions due now are made from that.
  if (raised) await afterAthleteEvent(ctx, athleteOf(assessment), { alerts: "ifDecided" });
  return loadDetail(ctx.db, { ...assessment, updatedAt: ctx.now });
}

/** Signs a draft: from then on it is read-only. Signing an amendment supersedes the visit it amends. */
export async function signAssessment(ctx: ClinicianCtx, input: SignAssessmentInput): Promise<AssessmentDetail> {
  const assessment = await getLiveAssessmentOrThrow(ctx, input.assessmentId);
  if (assessment.status !== "draft") throw new DomainError("INVALID_STATE", "This assessment is already signed");
  const row = await ctx.db.transaction(async (tx) => {
    const [signed] = await tx
      .update(assessments)
      .set({ status: "signed", signedAt: ctx.now, signedBy: ctx.actor.userId, updatedAt: ctx.now, version: sql`${assessments.version} + 1` })
      .where(and(eq(assessments.id, assessment.id), eq(assessments.version, input.version), eq(assessments.status, "draft")))
      .returning();
    if (!signed) throw new DomainError("CONFLICT");
    if (signed.amendsAssessmentId) {
      await tx.update(assessments).set({ supersededAt: ctx.now, updatedAt: ctx.now }).where(eq(assessments.id, signed.amendsAssessmentId));
    }
    await recordAudit(tx, ctx, { action: "assessment.sign", entity: "assessment", entityId: assessment.id, athleteId: assessment.athleteId });
    return signed;
  });
  return loadDetail(ctx.db, row);
}

/** Starts an amendment of a signed visit: a new draft holding a copy of its sections. */
export async function amendAssessment(ctx: ClinicianCtx, input: AssessmentIdInput): Promise<AssessmentDetail> {
  const original = await getAssessmentOrThrow(ctx, input.assessmentId);
  if (original.status !== "signed") throw new DomainError("INVALID_STATE", "Only a signed assessment can be amended; edit the draft instead");
  if (original.supersededAt) throw new DomainError("INVALID_STATE", "This version was already amended; amend the latest version");
  const draft = await ctx.db.transaction(async (tx) => {
    const [open] = await tx.select({ id: assessments.id }).from(assessments).where(and(eq(assessments.amendsAssessmentId, original.id), eq(assessments.status, "draft"), isNull(assessments.discardedAt))).limit(1);
    if (open) throw new DomainError("INVALID_STATE", "An amendment of this assessment is already in progress");
    const [created] = await tx
      .insert(assessments)
      .values({
        clinicId: original.clinicId, athleteId: original.athleteId, kind: original.kind, visitDate: original.visitDate,
        amendsAssessmentId: original.id, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now,
      })
      .returning();
    const sections = await tx.select().from(assessmentSections).where(eq(assessmentSections.assessmentId, original.id));
    if (sections.length > 0) {
      await tx.insert(assessmentSections).values(
        sections.map((s) => ({
          clinicId: s.clinicId, athleteId: s.athleteId, assessmentId: created!.id, kind: s.kind, schemaVersion: s.schemaVersion,
          data: s.data, updatedBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now,
        })),
      );
    }
    await recordAudit(tx, ctx, { action: "assessment.amend", entity: "assessment", entityId: created!.id, athleteId: original.athleteId });
    return created!;
  });
  return loadDetail(ctx.db, draft);
}

async function loadDetail(db: DbOrTx, a: AssessmentRow): Promise<AssessmentDetail> {
  const { data, states } = await unsafeLoadSections(db, a.id);
  const [signer] = a.signedBy ? await db.select({ name: users.name }).from(users).where(eq(users.id, a.signedBy)).limit(1) : [];
  const [amendment] = await db
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.amendsAssessmentId, a.id), eq(assessments.status, "draft"), isNull(assessments.discardedAt)))
    .limit(1);
  return {
    ...toSummary(a, signer?.name ?? null),
    sections: data,
    sectionStates: states,
    cues: data.gait ? gaitCues(data.gait) : [],
    amendmentDraftId: amendment?.id ?? null,
  };
}

function toSummary(a: AssessmentRow, signedByName: string | null): AssessmentSummary {
  return {
    id: a.id, athleteId: a.athleteId, kind: a.kind, visitDate: a.visitDate, status: a.status, version: a.version,
    signedAt: a.signedAt, signedByName, supersededAt: a.supersededAt, amendsAssessmentId: a.amendsAssessmentId, createdAt: a.createdAt,
  };
}

/** Footwear reviews and gait sessions may only name the athlete's own shoes. */
async function assertShoesOfAthlete(db: DbOrTx, athleteId: string, shoeIds: string[]): Promise<void> {
  const unique = [...new Set(shoeIds)];
  if (unique.length === 0) return;
  const found = await db.select({ id: shoes.id }).from(shoes).where(and(eq(shoes.athleteId, athleteId), inArray(shoes.id, unique)));
  if (found.length !== unique.length) throw new DomainError("BAD_INPUT", "A reviewed shoe is not one of this athlete's shoes");
}

/**
 * Red flags from the visit: the screen's "yes" answers and the findings that imply a trigger
 * (saddle or stocking regions, lost protective sensation, weakness since the last signed visit).
 */
async function raiseAssessmentTriage(tx: DbOrTx, ctx: ClinicianCtx, assessment: Scoped<AssessmentRow>): Promise<string | null> {
  const { data } = await unsafeLoadSections(tx, assessment.id);
  const previous = (await signedVisits(tx, athleteOf(assessment))).filter((v) => v.id !== assessment.id && v.id !== assessment.amendsAssessmentId).at(-1);
  const previousSections = previous ? (await unsafeLoadSections(tx, previous.id)).data : {};
  const result = combineTriage(
    triageFromAnswers(data.redFlags ?? {}),
    triageFromFindings({
      symptomHistory: data.symptomHistory,
      tarsalTunnel: data.tarsalTunnel,
      previousTarsalTunnel: previousSections.tarsalTunnel,
      mobilityStrength: data.mobilityStrength,
      previousMobilityStrength: previousSections.mobilityStrength,
    }),
  );
  return raiseTriage(tx, ctx, {
    athlete: athleteOf(assessment),
    source: "assessment",
    sourceId: assessment.id,
    triggered: result.flags,
  });
}

/** Baseline (first signed visit) against the latest signed visit, side by side. */
export async function compareVisits(ctx: ClinicianCtx, input: AthleteIdInput): Promise<VisitComparison> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "assessment.compare", entity: "assessment", athleteId: athlete.id });
  return compareVisitsOf(ctx.db, athlete);
}
