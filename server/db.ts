import "server-only";
import type { DbHandle } from "@/db/client";
import { env } from "@/server/env";
import { openConfiguredDb } from "@/server/open-db";
import { seedDemo } from "@/server/seed/seed";

const globalForDb = globalThis as unknown as { stridecareDb?: Promise<DbHandle> };

/**
 * The app's database, opened on first use and kept for the life of the process (and across hot
 * reloads in development). The embedded default is migrated and, on its first start, seeded with the
 * demo clinic; PostgreSQL is never seeded by the app.
 */
export function getAppDb(): Promise<DbHandle> {
  globalForDb.stridecareDb ??= openAppDb().catch((error: unknown) => {
    globalForDb.stridecareDb = undefined;
    throw error;
  });
  return globalForDb.stridecareDb;
}

async function openAppDb(): Promise<DbHandle> {
  const handle = await openConfiguredDb();
  const e = env();
  try {
    if (e.isEmbeddedDb && (await seedDemo(handle.db))) console.info(`[db] seeded the demo clinic into ${e.PGLITE_DIR}`);
  } catch (error) {
    // Closed, so the next request's attempt can open the embedded folder again.
    await handle.close().catch(() => {});
    throw error;
  }
  return handle;
}
