import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { createDb, type Db, type DbHandle } from "@/db/client";

/**
 * A migrated database for one test file: PGlite restored from the run's template, or the shared
 * PostgreSQL named by TEST_DATABASE_URL. Tests isolate themselves by making their own clinic.
 */
export function useTestDb(): () => Db {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    const url = inject("testDatabaseUrl");
    handle = url
      ? await createDb({ kind: "postgres", url, poolMax: 4 })
      : await createDb({ kind: "pglite", loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]) });
  });
  afterAll(async () => {
    await handle?.close();
  });
  return () => {
    if (!handle) throw new Error("useTestDb: database not ready (call inside a test)");
    return handle.db;
  };
}
