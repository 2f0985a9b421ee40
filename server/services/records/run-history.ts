import { and, asc, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activityLogs } from "@/db/schema";
import { logEntry } from "@/server/domain/logs/schemas";
import { runLogSchema, type RunLog } from "@/server/domain/progression/run-log";
import type { ScopedAthlete } from "../scope";

/** A logged run with the time it was logged (R3: 36 h after the week's last run). */
export type StoredRun = RunLog & { at: Date };

/**
 * The athlete's logged runs dated `from` … `through` (either end open), oldest first (by date, then
 * logging time), parsed; entries that no longer parse are left out. Only that window is read.
 */
export async function runsBetween(db: DbOrTx, athlete: ScopedAthlete, window: { from?: string; through?: string }): Promise<StoredRun[]> {
  const rows = await db
    .select({ data: activityLogs.data, createdAt: activityLogs.createdAt })
    .from(activityLogs)
    .where(and(
      eq(activityLogs.athleteId, athlete.id), eq(activityLogs.clinicId, athlete.clinicId), eq(activityLogs.kind, "run"),
      window.from ? gte(activityLogs.date, window.from) : undefined, window.through ? lte(activityLogs.date, window.through) : undefined,
    ))
    .orderBy(asc(activityLogs.date), asc(activityLogs.createdAt));
  return rows.flatMap((r) => {
    const parsed = runLogSchema.safeParse(r.data);
    return parsed.success ? [{ ...parsed.data, at: r.createdAt }] : [];
  });
}

/** Rows of a raw statement: postgres.js answers an array, PGlite an object with `rows`. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/**
 * The earlier runs R2 can compare runs of a window with, all dated before `before`: for each planned
 * length given, the athlete's most recent run before then whose planned run minutes are within ±10 %
 * of it and whose onset is known and > 0 (the comparison run of `findComparisonRun`). Oldest first,
 * each run once. Classifying a window's runs against these and the window's own earlier runs gives
 * exactly the classes that all of the athlete's earlier runs give, in one statement whatever the history.
 */
export async function comparisonRunsBefore(db: DbOrTx, athlete: ScopedAthlete, before: string, plannedMinutes: readonly number[]): Promise<RunLog[]> {
  const planned = [...new Set(plannedMinutes)];
  if (planned.length === 0) return [];
  const wanted = sql.join(planned.map((p) => sql`(${p}::numeric)`), sql`, `);
  const result = await db.execute(sql`
    select c.id, c.day, c.data, c.logged_ms from (values ${wanted}) as w(planned)
    cross join lateral (
      select l.id, l.date::text as day, l.data, (extract(epoch from l.created_at) * 1000)::float8 as logged_ms
      from ${activityLogs} l
      where l.athlete_id = ${athlete.id} and l.clinic_id = ${athlete.clinicId} and l.kind = 'run' and l.date < ${before}
        and (l.data->>'onsetMinute')::numeric > 0
        and 10 * abs((l.data->>'plannedRunMinutes')::numeric - w.planned) <= w.planned
      order by l.date desc, l.created_at desc
      limit 1
    ) c`);
  const seen = new Set<string>();
  const found = rowsOf<{ id: string; day: string; data: unknown; logged_ms: number | string }>(result)
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : Number(a.logged_ms) - Number(b.logged_ms)));
  return found.flatMap((r) => {
    const parsed = logEntry.safeParse({ ...(r.data as object), kind: "run" });
    return parsed.success && parsed.data.kind === "run" ? [parsed.data] : [];
  });
}

/**
 * A run window with the earlier runs its classification needs: the runs dated `from` … `through`, and
 * before them only the comparison runs (R2) of their planned lengths.
 */
export async function runWindow(db: DbOrTx, athlete: ScopedAthlete, window: { from: string; through: string }): Promise<{ earlier: RunLog[]; runs: StoredRun[] }> {
  const runs = await runsBetween(db, athlete, window);
  const earlier = await comparisonRunsBefore(db, athlete, window.from, runs.flatMap((r) => (r.plannedRunMinutes === null ? [] : [r.plannedRunMinutes])));
  return { earlier, runs };
}

/**
 * Whether any other run of the athlete (`excludeLogId`: the one being corrected) marked sided regions
 * on both the left and the right (R1: the first such run opens T-U2), asked in SQL rather than by
 * reading every run: a region other than STOCK and SADDLE ending in "-L", and one ending otherwise.
 */
export async function hasOtherBilateralRun(db: DbOrTx, athlete: ScopedAthlete, excludeLogId: string | null): Promise<boolean> {
  const sided = (side: "L" | "R") => sql`exists (
    select 1 from jsonb_array_elements_text(case when jsonb_typeof(${activityLogs.data}->'regions') = 'array' then ${activityLogs.data}->'regions' else '[]'::jsonb end) as r(code)
    where r.code not in ('STOCK', 'SADDLE') and ${side === "L" ? sql`r.code like '%-L'` : sql`r.code not like '%-L'`})`;
  const [row] = await db
    .select({ id: activityLogs.id })
    .from(activityLogs)
    .where(and(
      eq(activityLogs.athleteId, athlete.id), eq(activityLogs.clinicId, athlete.clinicId), eq(activityLogs.kind, "run"),
      excludeLogId ? ne(activityLogs.id, excludeLogId) : undefined, sided("L"), sided("R"),
    ))
    .limit(1);
  return Boolean(row);
}
