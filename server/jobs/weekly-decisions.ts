/**
 * Scheduled job: makes every weekly plan decision that is due (R3). Run it hourly from cron or a
 * scheduler against PostgreSQL; it is idempotent, so overlapping runs write each decision once.
 * Decisions are also made by the events that make them due (a run logged, a next-morning answer, a
 * correction, a red flag, a therapist's plan action); reads never decide, so until this job runs a
 * week that came due without an event shows as due on the plan, the portal and the caseload.
 */
import { randomUUID } from "node:crypto";
import { openConfiguredDb } from "@/server/open-db";
import { decideAllDuePlans } from "@/server/services/engine/weekly-decisions";

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
