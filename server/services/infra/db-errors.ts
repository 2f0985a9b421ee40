import type { DbOrTx } from "@/db/client";

/** Whether a database error (postgres.js, PGlite, or either wrapped by Drizzle) is a unique-index violation. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * Stores an entry once per idempotency key. `store` runs in a transaction and returns its answer, or
 * null when its insert met the key already taken (ON CONFLICT DO NOTHING); then, or when a concurrent
 * resend won the race with a unique violation, the first answer comes from `replay`.
 */
export async function storeOnce<T>(db: DbOrTx, store: (tx: DbOrTx) => Promise<T | null>, replay: (db: DbOrTx) => Promise<T | null>): Promise<T> {
  try {
    const stored = await db.transaction(async (tx) => (await store(tx)) ?? (await replay(tx)));
    if (stored !== null) return stored;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const first = await replay(db);
  if (first === null) throw new Error("storeOnce: the entry is neither stored nor found");
  return first;
}
