import { and, asc, eq, lte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activityLogs } from "@/db/schema";
import { runLogSchema, type RunLog } from "@/server/domain/progression/run-log";
import type { ScopedAthlete } from "../scope";

/** A logged run with the time it was logged (R3: 36 h after the week's last run). */
export type StoredRun = RunLog & { at: Date };

/** The athlete's logged runs up to a date, oldest first, parsed; entries that no longer parse are left out. */
export async function runsThrough(db: DbOrTx, athlete: ScopedAthlete, throughDate: string): Promise<StoredRun[]> {
  const rows = await db
    .select({ data: activityLogs.data, createdAt: activityLogs.createdAt })
    .from(activityLogs)
    .where(and(eq(activityLogs.athleteId, athlete.id), eq(activityLogs.clinicId, athlete.clinicId), eq(activityLogs.kind, "run"), lte(activityLogs.date, throughDate)))
    .orderBy(asc(activityLogs.date), asc(activityLogs.createdAt));
  return rows.flatMap((r) => {
    const parsed = runLogSchema.safeParse(r.data);
    return parsed.success ? [{ ...parsed.data, at: r.createdAt }] : [];
  });
}
