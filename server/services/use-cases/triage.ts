import { and, desc, eq, isNull } from "drizzle-orm";
import { triageResults, users } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { DomainError } from "@/server/domain/errors";
import type { AcknowledgeTriageInput } from "@/server/domain/triage/schemas";
import type { ClinicianCtx } from "../context";
import { resolveAlertsFor } from "../engine/alerts";
import { recordAudit } from "../infra/audit";
import { checklistStatus, type ChecklistStatus, type RaisedUrgency } from "../records/red-flags";
import { athleteOf, getAthleteOrThrow, getTriageOrThrow } from "../scope";

export type TriageDto = {
  id: string;
  source: (typeof triageResults.$inferSelect)["source"];
  sourceId: string | null;
  urgency: RaisedUrgency;
  triggers: { id: string; reason: string }[];
  raisedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
  acknowledgementAction: (typeof triageResults.$inferSelect)["acknowledgementAction"];
  acknowledgementNote: string | null;
};

/** The athlete's red flags, open ones first, newest first. */
export async function listTriage(ctx: ClinicianCtx, input: AthleteIdInput): Promise<TriageDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const rows = await ctx.db
    .select({ t: triageResults, acknowledgedByName: users.name })
    .from(triageResults)
    .leftJoin(users, eq(users.id, triageResults.acknowledgedBy))
    .where(and(eq(triageResults.athleteId, athlete.id), eq(triageResults.clinicId, athlete.clinicId)))
    .orderBy(desc(triageResults.raisedAt));
  await recordAudit(ctx.db, ctx, { action: "triage.list", entity: "triage", athleteId: athlete.id });
  return rows
    .map(({ t, acknowledgedByName }) => ({
      id: t.id, source: t.source, sourceId: t.sourceId, urgency: t.urgency, triggers: t.triggers, raisedAt: t.raisedAt,
      acknowledgedAt: t.acknowledgedAt, acknowledgedByName, acknowledgementAction: t.acknowledgementAction,
      acknowledgementNote: t.acknowledgementNote,
    }))
    .sort((a, b) => Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null));
}

/**
 * A therapist records what was done about a red flag; the flag then stops showing as open. A plan it
 * paused stays paused: resuming is the therapist's own decision, with its reason.
 */
export async function acknowledgeTriage(ctx: ClinicianCtx, input: AcknowledgeTriageInput): Promise<{ id: string; acknowledgedAt: Date }> {
  const triage = await getTriageOrThrow(ctx, input.triageId);
  if (triage.acknowledgedAt) throw new DomainError("INVALID_STATE", "This red flag was already acknowledged");
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(triageResults)
      .set({ acknowledgedAt: ctx.now, acknowledgedBy: ctx.actor.userId, acknowledgementAction: input.action, acknowledgementNote: input.note })
      .where(and(eq(triageResults.id, triage.id), isNull(triageResults.acknowledgedAt)))
      .returning({ id: triageResults.id });
    if (updated.length === 0) throw new DomainError("CONFLICT", "Someone acknowledged this red flag meanwhile");
    await recordAudit(tx, ctx, { action: "triage.acknowledge", entity: "triage", entityId: triage.id, athleteId: triage.athleteId });
    await resolveAlertsFor(tx, ctx, athleteOf(triage), [{ type: "triage", cause: `triage:${triage.id}` }], `Red flag acknowledged (${input.action}): ${input.note}`);
    return { id: triage.id, acknowledgedAt: ctx.now };
  });
}

/** The athlete's safety checklist status for the therapist: the last complete one, and a later one sent with gaps. */
export async function getChecklistStatus(ctx: ClinicianCtx, input: { athleteId: string }): Promise<ChecklistStatus> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "checklist.status", entity: "red_flag_check", athleteId: athlete.id });
  return checklistStatus(ctx.db, athlete);
}
