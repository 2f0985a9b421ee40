import { and, eq } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db, DbOrTx } from "@/db/client";
import type { ClinicianActor } from "@/server/domain/access";
import { DomainError } from "@/server/domain/errors";
import type { Keyed } from "@/server/domain/ids";
import { recordAudit } from "./audit";
import { storeOnce } from "./db-errors";
import { fingerprint } from "./fingerprint";

/** What a keyed create runs with: the database, the clinician, the request. */
type KeyedCtx = { db: Db; actor: ClinicianActor; now: Date; requestId: string };

/** A table whose rows remember the request key that created them (db/schema/columns.ts). */
export type KeyedTable = PgTable & { id: AnyPgColumn; clinicId: AnyPgColumn; requestKey: AnyPgColumn; requestHash: AnyPgColumn };

/** What a create stores with its row: the key, and the fingerprint of the payload sent under it. */
export type RequestKeyValues = { requestKey: string; requestHash: string };

/** The key of a create and the fingerprint of everything else it sent. */
export function requestKeyOf<T>(input: Keyed<T>): RequestKeyValues {
  const { requestKey, ...payload } = input;
  return { requestKey, requestHash: fingerprint(payload) };
}

/**
 * The id of the row this clinic already stored under the key, or null. The same key with a different
 * payload is a CONFLICT: the form was changed after a send whose answer never arrived.
 */
async function storedUnder(db: DbOrTx, table: KeyedTable, clinicId: string, key: RequestKeyValues): Promise<StoredRow | null> {
  // Rows owned by an athlete name the athlete in the replay's audit event.
  const athleteId = "athleteId" in table ? (table.athleteId as AnyPgColumn) : null;
  const [row] = (await db
    .select({ id: table.id, requestHash: table.requestHash, ...(athleteId ? { athleteId } : {}) })
    .from(table as PgTable)
    .where(and(eq(table.clinicId, clinicId), eq(table.requestKey, key.requestKey)))
    .limit(1)) as (StoredRow & { requestHash: string | null })[];
  if (!row) return null;
  if (row.requestHash !== key.requestHash) {
    throw new DomainError("CONFLICT", "This form was already sent with different details. Reload the page to see what was saved, then try again.");
  }
  return { id: row.id, athleteId: row.athleteId ?? null };
}

type StoredRow = { id: string; athleteId?: string | null };

/**
 * The row an earlier send of this create stored, or null when the key is new. A replay is audited
 * (it reads the stored row) and writes nothing else, so a double click or a resend after a lost
 * answer returns the first result. Call it before any rule that the first create made untrue
 * (one active program, one initial visit), so the resend is not refused by its own first effect.
 */
export async function findReplay<T>(ctx: KeyedCtx, table: KeyedTable, input: Keyed<T>, audit: { action: string; entity: string }): Promise<string | null> {
  const stored = await storedUnder(ctx.db, table, ctx.actor.clinicId, requestKeyOf(input));
  if (!stored) return null;
  await recordAudit(ctx.db, ctx, { action: `${audit.action}.replay`, entity: audit.entity, entityId: stored.id, athleteId: stored.athleteId });
  return stored.id;
}

/**
 * Runs `insert` (which stores the row with `key` and returns its id) in one transaction; when a
 * concurrent send with the same key won the race, the unique index (clinic_id, request_key) refuses
 * this one and the winner's id is returned instead.
 */
export async function storeKeyed(ctx: KeyedCtx, table: KeyedTable, key: RequestKeyValues, insert: (tx: DbOrTx) => Promise<string>): Promise<string> {
  return storeOnce(ctx.db, insert, async (db) => (await storedUnder(db, table, ctx.actor.clinicId, key))?.id ?? null);
}
