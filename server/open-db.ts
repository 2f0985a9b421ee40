import { env } from "@/server/env";
import { createDb, type DbHandle } from "./client";
import { migrateDb } from "./migrate";
import { seedDemo } from "./seed";

/**
 * Opens the database the environment names: PostgreSQL with DATABASE_URL, else PGlite in PGLITE_DIR.
 * Migrations run on open. The demo clinic is seeded only on the embedded database, never on PostgreSQL.
 */
export async function openConfiguredDb(opts: { autoSeedDemo: boolean; migrate?: boolean }): Promise<DbHandle> {
  const e = env();
  const handle = e.DATABASE_URL
    ? await createDb({ kind: "postgres", url: e.DATABASE_URL, poolMax: e.DB_POOL_MAX, statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS })
    : await createDb({ kind: "pglite", dataDir: e.PGLITE_DIR });
  if (opts.migrate !== false) await migrateDb(handle, e.DATABASE_URL);
  if (opts.autoSeedDemo && e.isEmbeddedDb) {
    const seeded = await seedDemo(handle.db);
    if (seeded) console.info(`[db] seeded the demo clinic into ${e.PGLITE_DIR}`);
  }
  return handle;
}
