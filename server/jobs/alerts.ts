/**
 * Scheduled job: evaluates the alert rules (R6) for every active athlete, for the alerts that come with
 * time rather than with a log (no logs for 5 days, ACWR). Run it daily; it is idempotent (one alert per
 * athlete, type and cause).
 */
import { randomUUID } from "node:crypto";
import { openConfiguredDb } from "@/server/open-db";
import { evaluateAllAlerts } from "@/server/services/engine/alerts";

async function main(): Promise<void> {
  const handle = await openConfiguredDb();
  try {
    const raised = await evaluateAllAlerts(handle.db, new Date(), `job-${randomUUID()}`);
    console.info(`[jobs] alerts raised: ${raised}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
