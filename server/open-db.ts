import { createDb, type DbHandle } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { env } from "@/server/env";

export type OpenDbOptions = {
  /** Apply the committed migrations on open (default true). */
  migrate?: boolean;
  /**
   * PostgreSQL's per-statement timeout for this handle's sessions, in ms; 0 turns it off. Defaults to
   * DB_STATEMENT_TIMEOUT_MS, which is meant for requests: maintenance (seeding, VACUUM) passes 0.
   */
  statementTimeoutMs?: number;
};

/**
 * Opens the database the environment names: PostgreSQL with DATABASE_URL, else the embedded PGlite
 * in PGLITE_DIR, and migrates it. Seeds nothing: the app seeds its embedded demo on first start
 * (server/db.ts), the database commands on request (server/seed/cli.ts).
 */
export async function openConfiguredDb(opts: OpenDbOptions = {}): Promise<DbHandle> {
  const e = env();
  const handle = e.DATABASE_URL
    ? await createDb({
        kind: "postgres",
        url: e.DATABASE_URL,
        poolMax: e.DB_POOL_MAX,
        statementTimeoutMs: opts.statementTimeoutMs ?? e.DB_STATEMENT_TIMEOUT_MS,
      })
    : await createDb({ kind: "pglite", dataDir: e.PGLITE_DIR });
  if (opts.migrate !== false) await migrateDb(handle, e.DATABASE_URL);
  return handle;
}
