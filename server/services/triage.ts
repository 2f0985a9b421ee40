import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { alerts, triageResults, users } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { triageAlerts } from "@/server/domain/alerts/rules";
import { DomainError } from "@/server/domain/errors";
import { triggers, type TriggerId } from "@/server/domain/triage/triggers";
import type { AcknowledgeTriageInput } from "@/server/domain/triage/schemas";
import { resolveAlertsFor } from "./alerts";
import { recordAudit } from "./infra/audit";
import { pausesRuns, safetyAdvice, type SafetyAdvice } from "@/server/domain/triage/safety-advice";
import type { AthleteCtx, ClinicianCtx, ServiceCtx } from "./context";
import { unsafePausePlansForRedFlag } from "./plan-pause";
import { getAthleteOrThrow, getTriageOrThrow } from "./scope";

type RaisedUrgency = (typeof triageResults.$inferSelect)["urgency"];
const urgencyRank: Record<RaisedUrgency, number> = { routine: 1, urgent: 2, emergency: 3 };

export type TriggeredFlag = { id: string; reason: string; urgency: RaisedUrgency };

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

/** What the athlete is told about red flags an entry raised: the highest urgency and what to do. */
export type TriageNotice = { urgency: RaisedUrgency; messages: string[] };

/** The athlete-facing notice of raised flags: highest urgency, its messages first; null when none was raised. */
export function triageNotice(flags: readonly TriggeredFlag[]): TriageNotice | null {
  if (flags.length === 0) return null;
  const sorted = [...flags].sort((a, b) => urgencyRank[b.urgency] - urgencyRank[a.urgency]);
  const messages = [...new Set(sorted.map((f) => triggers[f.id as TriggerId]?.athleteMessage).filter((m): m is string => Boolean(m)))];
  return { urgency: sorted[0]!.urgency, messages };
}

/** The highest of several urgencies (emergency > urgent > routine). */
export function highestUrgency(urgencies: RaisedUrgency[]): RaisedUrgency | null {
  return urgencies.reduce<RaisedUrgency | null>((best, u) => (!best || urgencyRank[u] > urgencyRank[best] ? u : best), null);
}

/**
 * Opens a red flag for triggers that are not already open for the athlete. Flags are never closed
 * here: only a therapist's acknowledgement ends one (R8). An emergency or urgent flag pauses the
 * athlete's active plan in the same transaction; acknowledging it does not resume the plan.
 */
export async function raiseTriage(
  tx: DbOrTx,
  ctx: ServiceCtx,
  input: { athleteId: string; source: TriageDto["source"]; sourceId: string | null; triggered: TriggeredFlag[] },
): Promise<string | null> {
  if (input.triggered.length === 0) return null;
  const open = await tx
    .select({ triggers: triageResults.triggers })
    .from(triageResults)
    .where(and(eq(triageResults.athleteId, input.athleteId), isNull(triageResults.acknowledgedAt)));
  const openIds = new Set(open.flatMap((o) => o.triggers.map((t) => t.id)));
  const fresh = input.triggered.filter((t) => !openIds.has(t.id));
  const urgency = highestUrgency(fresh.map((t) => t.urgency));
  if (!urgency) return null;
  const [row] = await tx
    .insert(triageResults)
    .values({
      clinicId: ctx.actor.clinicId, athleteId: input.athleteId, source: input.source, sourceId: input.sourceId, urgency,
      triggers: fresh.map(({ id, reason }) => ({ id, reason })), raisedAt: ctx.now, raisedBy: ctx.actor.userId,
    })
    .returning({ id: triageResults.id });
  await recordAudit(tx, ctx, { action: "triage.raise", entity: "triage", entityId: row!.id, athleteId: input.athleteId });
  // Every open red flag is an alert (R6) with its urgency as severity, closed when the flag is acknowledged.
  const [alert] = triageAlerts([{ id: row!.id, urgency, triggers: fresh.map(({ id, reason }) => ({ id, reason })) }]);
  await tx.insert(alerts).values({ clinicId: ctx.actor.clinicId, athleteId: input.athleteId, ...alert!, raisedAt: ctx.now }).onConflictDoNothing();
  if (pausesRuns(urgency))
    await unsafePausePlansForRedFlag(tx, ctx, { athleteId: input.athleteId, flag: { id: row!.id, urgency, triggers: fresh.map(({ id, reason }) => ({ id, reason })) } });
  return row!.id;
}

/** The athlete's red flags, open ones first, newest first. */
export async function listTriage(ctx: ClinicianCtx, input: AthleteIdInput): Promise<TriageDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const rows = await ctx.db
    .select({ t: triageResults, acknowledgedByName: users.name })
    .from(triageResults)
    .leftJoin(users, eq(users.id, triageResults.acknowledgedBy))
    .where(eq(triageResults.athleteId, athlete.id))
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
    await resolveAlertsFor(tx, ctx, triage.athleteId, [{ type: "triage", cause: `triage:${triage.id}` }], `Red flag acknowledged (${input.action}): ${input.note}`);
    return { id: triage.id, acknowledgedAt: ctx.now };
  });
}

/** Highest open triage urgency per athlete, for the caseload. */
export async function openTriageUrgencies(db: DbOrTx, athleteIds: string[]): Promise<Map<string, RaisedUrgency>> {
  const map = new Map<string, RaisedUrgency>();
  if (athleteIds.length === 0) return map;
  const rows = await db
    .select({ athleteId: triageResults.athleteId, urgency: triageResults.urgency })
    .from(triageResults)
    .where(and(inArray(triageResults.athleteId, athleteIds), isNull(triageResults.acknowledgedAt)));
  for (const r of rows) map.set(r.athleteId, highestUrgency([r.urgency, ...(map.has(r.athleteId) ? [map.get(r.athleteId)!] : [])])!);
  return map;
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
    .where(and(eq(triageResults.athleteId, athlete.id), isNull(triageResults.acknowledgedAt)))
    .orderBy(desc(triageResults.raisedAt));
  await recordAudit(ctx.db, ctx, { action: "portal.safety", entity: "triage", athleteId: athlete.id });
  const top = [...open].sort((a, b) => urgencyRank[b.urgency] - urgencyRank[a.urgency])[0];
  return { advice: top ? safetyAdvice(top.urgency, top.source) : null, raisedAt: top?.raisedAt ?? null, checkedAt: ctx.now };
}
