import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { alerts, triageResults } from "@/db/schema";
import { triageAlerts } from "@/server/domain/alerts/rules";
import { pausesRuns } from "@/server/domain/triage/safety-advice";
import type { ServiceCtx } from "../context";
import { recordAudit } from "../infra/audit";
import { highestUrgency } from "@/server/domain/triage/triage";
import type { RaisedUrgency } from "../records/red-flags";
import type { ScopedAthlete } from "../scope";
import { pausePlansForRedFlag } from "./plan-pause";

export type TriggeredFlag = { id: string; reason: string; urgency: RaisedUrgency };

/**
 * Opens a red flag for triggers that are not already open for the athlete. Flags are never closed
 * here: only a therapist's acknowledgement ends one (R8). An emergency or urgent flag pauses the
 * athlete's active plan in the same transaction; acknowledging it does not resume the plan.
 */
export async function raiseTriage(
  tx: DbOrTx,
  ctx: ServiceCtx,
  input: { athlete: ScopedAthlete; source: (typeof triageResults.$inferSelect)["source"]; sourceId: string | null; triggered: TriggeredFlag[] },
): Promise<string | null> {
  const { athlete } = input;
  if (input.triggered.length === 0) return null;
  const open = await tx
    .select({ triggers: triageResults.triggers })
    .from(triageResults)
    .where(and(eq(triageResults.athleteId, athlete.id), eq(triageResults.clinicId, athlete.clinicId), isNull(triageResults.acknowledgedAt)));
  const openIds = new Set(open.flatMap((o) => o.triggers.map((t) => t.id)));
  const fresh = input.triggered.filter((t) => !openIds.has(t.id));
  const urgency = highestUrgency(fresh.map((t) => t.urgency));
  if (urgency === "none") return null;
  const [row] = await tx
    .insert(triageResults)
    .values({
      clinicId: athlete.clinicId, athleteId: athlete.id, source: input.source, sourceId: input.sourceId, urgency,
      triggers: fresh.map(({ id, reason }) => ({ id, reason })), raisedAt: ctx.now, raisedBy: ctx.actor.userId,
    })
    .returning({ id: triageResults.id });
  await recordAudit(tx, ctx, { action: "triage.raise", entity: "triage", entityId: row!.id, athleteId: athlete.id });
  // Every open red flag is an alert (R6) with its urgency as severity, closed when the flag is acknowledged.
  const [alert] = triageAlerts([{ id: row!.id, urgency, triggers: fresh.map(({ id, reason }) => ({ id, reason })) }]);
  await tx.insert(alerts).values({ clinicId: athlete.clinicId, athleteId: athlete.id, ...alert!, raisedAt: ctx.now }).onConflictDoNothing();
  if (pausesRuns(urgency))
    await pausePlansForRedFlag(tx, ctx, { athlete, flag: { id: row!.id, urgency, triggers: fresh.map(({ id, reason }) => ({ id, reason })) } });
  return row!.id;
}
