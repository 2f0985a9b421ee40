import { and, desc, eq, lt, or } from "drizzle-orm";
import { auditEvents, users } from "@/db/schema";
import type { ListAuditInput } from "@/server/domain/clinics/schemas";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "../infra/audit";
import type { ClinicianCtx } from "../context";

export type AuditEventDto = {
  id: string;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  athleteId: string | null;
  outcome: "success" | "failure" | "denied";
  requestId: string | null;
};

/** The clinic's audit trail, newest first, in keyset pages. Viewing it is itself audited. */
export async function listAuditEvents(ctx: ClinicianCtx, input: ListAuditInput): Promise<{ items: AuditEventDto[]; nextCursor: string | null }> {
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await ctx.db
    .select({
      id: auditEvents.id, at: auditEvents.at, actorName: users.name, actorRole: auditEvents.actorRole,
      action: auditEvents.action, entity: auditEvents.entity, entityId: auditEvents.entityId,
      athleteId: auditEvents.athleteId, outcome: auditEvents.outcome, requestId: auditEvents.requestId,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.clinicId, ctx.actor.clinicId),
        input.athleteId ? eq(auditEvents.athleteId, input.athleteId) : undefined,
        cursor ? or(lt(auditEvents.at, cursor.at), and(eq(auditEvents.at, cursor.at), lt(auditEvents.id, cursor.id))) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(input.limit + 1);
  await recordAudit(ctx.db, ctx, { action: "audit.list", entity: "audit_event" });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor(last.at, last.id) : null };
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw new DomainError("BAD_INPUT", "Invalid page cursor");
  return { at, id };
}
