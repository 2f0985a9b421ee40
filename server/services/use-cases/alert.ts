import { and, desc, eq, ne } from "drizzle-orm";
import { alerts } from "@/db/schema";
import { sortAlertsBySeverity } from "@/server/domain/alerts/rules";
import type { AlertActionInput, ListAlertsInput } from "@/server/domain/alerts/schemas";
import { DomainError } from "@/server/domain/errors";
import type { ClinicianCtx } from "../context";
import { recordAudit } from "../infra/audit";
import { toAlertDto, type AlertDto } from "../records/alerts";
import { getAlertOrThrow, getAthleteOrThrow } from "../scope";

type AlertRow = typeof alerts.$inferSelect;

export type { AlertDto };

/** The athlete's alerts: unresolved first, then by severity, then newest first (R6). */
export async function listAlerts(ctx: ClinicianCtx, input: ListAlertsInput): Promise<AlertDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const rows = await ctx.db
    .select()
    .from(alerts)
    .where(and(eq(alerts.athleteId, athlete.id), eq(alerts.clinicId, athlete.clinicId), input.includeResolved ? undefined : ne(alerts.status, "resolved")))
    .orderBy(desc(alerts.raisedAt));
  await recordAudit(ctx.db, ctx, { action: "alert.list", entity: "alert", athleteId: athlete.id });
  return sortAlertsBySeverity(rows.map(toAlertDto));
}

/** Marks an alert as being handled, with a note; it stays open until resolved. */
export async function acknowledgeAlert(ctx: ClinicianCtx, input: AlertActionInput): Promise<AlertDto> {
  const alert = await getAlertOrThrow(ctx, input.alertId);
  if (alert.status !== "open") throw new DomainError("INVALID_STATE", alert.status === "resolved" ? "This alert is already resolved" : "This alert is already acknowledged");
  return changeAlert(ctx, alert, "open", { status: "acknowledged", acknowledgedAt: ctx.now, acknowledgedBy: ctx.actor.userId, note: input.note }, "alert.acknowledge");
}

/** Ends an alert, with what was done; the same cause never alerts again, a new episode can. */
export async function resolveAlert(ctx: ClinicianCtx, input: AlertActionInput): Promise<AlertDto> {
  const alert = await getAlertOrThrow(ctx, input.alertId);
  if (alert.status === "resolved") throw new DomainError("INVALID_STATE", "This alert is already resolved");
  const note = alert.note ? `${alert.note}\n${input.note}` : input.note;
  return changeAlert(ctx, alert, alert.status, { status: "resolved", resolvedAt: ctx.now, resolvedBy: ctx.actor.userId, note }, "alert.resolve");
}

async function changeAlert(ctx: ClinicianCtx, alert: AlertRow, from: AlertRow["status"], set: Partial<AlertRow>, action: string): Promise<AlertDto> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(alerts).set(set).where(and(eq(alerts.id, alert.id), eq(alerts.status, from))).returning();
    if (!row) throw new DomainError("CONFLICT", "Someone changed this alert meanwhile; reload and try again");
    await recordAudit(tx, ctx, { action, entity: "alert", entityId: alert.id, athleteId: alert.athleteId });
    return toAlertDto(row);
  });
}
