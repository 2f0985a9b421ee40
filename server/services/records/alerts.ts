import { and, desc, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { alerts } from "@/db/schema";
import { sortAlertsBySeverity } from "@/server/domain/alerts/rules";

type AlertRow = typeof alerts.$inferSelect;

export type AlertDto = Pick<AlertRow, "id" | "athleteId" | "type" | "cause" | "severity" | "reason" | "data" | "status" | "raisedAt" | "acknowledgedAt" | "resolvedAt" | "note">;

export const toAlertDto = (a: AlertRow): AlertDto => ({
  id: a.id, athleteId: a.athleteId, type: a.type, cause: a.cause, severity: a.severity, reason: a.reason, data: a.data, status: a.status,
  raisedAt: a.raisedAt, acknowledgedAt: a.acknowledgedAt, resolvedAt: a.resolvedAt, note: a.note,
});

/** Open alerts of several athletes (caseload page rows), most severe first. Pass ids from a scoped list. */
export async function openAlertsOf(db: DbOrTx, athleteIds: string[]): Promise<AlertDto[]> {
  if (athleteIds.length === 0) return [];
  const rows = await db.select().from(alerts).where(and(inArray(alerts.athleteId, athleteIds), ne(alerts.status, "resolved"))).orderBy(desc(alerts.raisedAt));
  return sortAlertsBySeverity(rows.map(toAlertDto));
}
