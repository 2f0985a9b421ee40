import { auditEvents } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { roleOf, type Actor } from "@/server/domain/access";

export type AuditEntry = {
  /** What happened, as `<noun>.<verb>`, e.g. `athlete.read`, `auth.signIn`. */
  action: string;
  entity?: string;
  entityId?: string | null;
  athleteId?: string | null;
  outcome?: "success" | "failure" | "denied";
  /** Only for events without an actor (sign-up, failed sign-in of a known account). */
  clinicId?: string | null;
  actorUserId?: string | null;
};

type AuditCtx = { actor?: Actor | null; requestId: string; now: Date };

/** Appends one audit event. Ids and action names only: never PHI values or secrets. */
export async function recordAudit(db: DbOrTx, ctx: AuditCtx, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values(auditRow(ctx, entry));
}

/** Appends several audit events in one statement (list reads). */
export async function recordAuditMany(db: DbOrTx, ctx: AuditCtx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditEvents).values(entries.map((e) => auditRow(ctx, e)));
}

function auditRow(ctx: AuditCtx, entry: AuditEntry) {
  const actor = ctx.actor ?? null;
  return {
    at: ctx.now,
    actorUserId: actor?.userId ?? entry.actorUserId ?? null,
    actorRole: actor ? roleOf(actor) : null,
    clinicId: actor?.clinicId ?? entry.clinicId ?? null,
    athleteId: entry.athleteId ?? (actor?.kind === "athlete" ? actor.athleteId : null),
    action: entry.action,
    entity: entry.entity ?? null,
    entityId: entry.entityId ?? null,
    outcome: entry.outcome ?? "success",
    requestId: ctx.requestId,
  };
}
