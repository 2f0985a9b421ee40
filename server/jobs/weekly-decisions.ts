/**
 * Scheduled job: makes every weekly plan decision that is due (R3). Run it hourly from cron or a
 * scheduler against PostgreSQL; it is idempotent, so overlapping runs write each decision once.
 * Decisions are also made when a program is read, so a missed run only delays them.
 */
import { randomUUID } from "node:crypto";
import { openConfiguredDb } from "@/server/open-db";
import { decideAllDuePlans } from "@/server/services/run-plans";

async function main(): Promise<void> {
  const handle = await openConfiguredDb();
  try {
    const made = await decideAllDuePlans(handle.db, new Date(), `job-${randomUUID()}`);
    console.info(`[jobs] weekly decisions made: ${made}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
