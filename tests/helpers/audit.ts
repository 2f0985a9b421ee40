import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditRow = typeof auditEvents.$inferSelect;

/** The audit events one request wrote (request ids are unique per call, so this is safe on a shared DB). */
export function auditEventsOf(db: Db, requestId: string): Promise<AuditRow[]> {
  return db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId)).orderBy(asc(auditEvents.at));
}

/** Every audit event of one clinic. */
export function auditEventsOfClinic(db: Db, clinicId: string): Promise<AuditRow[]> {
  return db.select().from(auditEvents).where(eq(auditEvents.clinicId, clinicId));
}

/** An error's message together with its causes' (drivers wrap database errors differently). */
export function errorText(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    if (e instanceof Error) parts.push(e.message);
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join(" | ");
}
