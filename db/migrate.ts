import { resolve } from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import postgres from "postgres";
import type { DbHandle } from "./client";

export const migrationsFolder = resolve(process.cwd(), "db/migrations");

/** Applies the committed drizzle-kit migrations; the same files for PGlite and PostgreSQL. */
export async function migrateDb(handle: DbHandle, postgresUrl?: string): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  if (!postgresUrl) throw new Error("migrateDb needs the PostgreSQL URL");
  // One connection holding an advisory lock, so app servers starting together migrate once.
  const client = postgres(postgresUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(724313)`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
  } finally {
    await client`select pg_advisory_unlock(724313)`.catch(() => {});
    await client.end({ timeout: 5 });
  }
}
