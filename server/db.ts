import "server-only";
import { openConfiguredDb } from "@/db/open";
import type { DbHandle } from "@/db/client";

const globalForDb = globalThis as unknown as { stridecareDb?: Promise<DbHandle> };

/**
 * The app's database, opened on first use and kept for the life of the process (and across hot
 * reloads in development). The embedded default is migrated and seeded with the demo clinic.
 */
export function getAppDb(): Promise<DbHandle> {
  globalForDb.stridecareDb ??= openConfiguredDb({ autoSeedDemo: true }).catch((error: unknown) => {
    globalForDb.stridecareDb = undefined;
    throw error;
  });
  return globalForDb.stridecareDb;
}
