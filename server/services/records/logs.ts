import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activityLogRevisions, activityLogs, exercises, shoes } from "@/db/schema";
import { isCorrectable } from "@/server/domain/logs/rules";
import { logEntry, type LogEntry } from "@/server/domain/logs/schemas";
import { classifyRun, type RunFinding, type SessionClass } from "@/server/domain/progression/classify";
import type { RunLog } from "@/server/domain/progression/run-log";
import type { ScopedAthlete } from "../scope";
import { knownRegions as knownRegionsOf } from "./assessments";
import { athleteProtocol } from "./protocol";
import { comparisonRunsBefore } from "./run-history";

export type LogDto = {
  id: string;
  kind: LogEntry["kind"];
  date: string;
  version: number;
  loggedAt: Date;
  correctedAt: Date | null;
  /** The last change: logged, corrected or answered next morning. */
  changedAt: Date;
  entry: LogEntry;
  /** R2 class of a run (null for other entries), with the rules that decided it. */
  runClass: SessionClass | null;
  classReasons: string[];
  /** The same rules as data, for the athlete's plain-words explanation (`runFeedback`). */
  classFindings: RunFinding[];
  /** The run's shoe as "brand model", else null. */
  shoeLabel: string | null;
  canCorrect: boolean;
  /** The exercise's name (exercise sessions), else null. */
  exerciseName: string | null;
  /** A run still waiting for its next-morning answer. */
  needsNextMorning: boolean;
  /** Earlier versions of a corrected entry, oldest first. */
  revisions: { version: number; entry: LogEntry | null; replacedAt: Date }[];
};

const parseEntry = (kind: string, data: unknown): LogEntry | null => {
  const parsed = logEntry.safeParse({ ...(data as object), kind });
  return parsed.success ? parsed.data : null;
};

/**
 * The athlete's entries from `fromDate` on (all with null), newest first, each run classified (R2)
 * against all of the athlete's earlier runs. Only the entries shown are read, with their revisions;
 * of the runs before `fromDate` only those R2 compares with (`comparisonRunsBefore`), so the classes
 * are those of the whole history at a cost that does not grow with it.
 */
export async function loadLogs(db: DbOrTx, athlete: ScopedAthlete, fromDate: string | null, today: string): Promise<LogDto[]> {
  const rows = await db
    .select()
    .from(activityLogs)
    .where(and(eq(activityLogs.athleteId, athlete.id), eq(activityLogs.clinicId, athlete.clinicId), fromDate ? gte(activityLogs.date, fromDate) : undefined))
    .orderBy(asc(activityLogs.date), asc(activityLogs.createdAt));
  const revisions = rows.length
    ? await db
        .select()
        .from(activityLogRevisions)
        .where(inArray(activityLogRevisions.logId, rows.map((r) => r.id)))
        .orderBy(asc(activityLogRevisions.version))
    : [];
  const exerciseIds = [...new Set(rows.filter((r) => r.kind === "exercise").map((r) => String((r.data as { exerciseId?: unknown }).exerciseId)))];
  const names = new Map(
    exerciseIds.length
      ? (await db.select({ id: exercises.id, name: exercises.name }).from(exercises).where(inArray(exercises.id, exerciseIds))).map((e) => [e.id, e.name])
      : [],
  );
  const shoeIds = [...new Set(rows.flatMap((r) => (r.kind === "run" && typeof (r.data as { shoeId?: unknown }).shoeId === "string" ? [(r.data as { shoeId: string }).shoeId] : [])))];
  const shoeLabels = new Map(
    shoeIds.length
      ? (await db.select({ id: shoes.id, brand: shoes.brand, model: shoes.model }).from(shoes).where(and(eq(shoes.athleteId, athlete.id), inArray(shoes.id, shoeIds))))
          .map((s) => [s.id, `${s.brand} ${s.model}`])
      : [],
  );
  const settings = await athleteProtocol(db, athlete);
  const knownRegions = await knownRegionsOf(db, athlete);
  const planned = rows.flatMap((r) => {
    const minutes = r.kind === "run" ? (r.data as { plannedRunMinutes?: unknown }).plannedRunMinutes : null;
    return typeof minutes === "number" ? [minutes] : [];
  });
  const earlierRuns: RunLog[] = fromDate ? await comparisonRunsBefore(db, athlete, fromDate, planned) : [];
  const out: LogDto[] = [];
  for (const row of rows) {
    const entry = parseEntry(row.kind, row.data);
    if (!entry) continue;
    let runClass: SessionClass | null = null;
    let classReasons: string[] = [];
    let classFindings: RunFinding[] = [];
    if (entry.kind === "run") {
      const c = classifyRun(entry, { settings, knownRegions, earlierRuns });
      runClass = c.sessionClass;
      classReasons = c.reasons;
      classFindings = c.findings;
      earlierRuns.push(entry);
    }
    if (fromDate && row.date < fromDate) continue;
    const revs = revisions.filter((r) => r.logId === row.id);
    out.push({
      id: row.id, kind: entry.kind, date: row.date, version: row.version, loggedAt: row.createdAt,
      correctedAt: revs.length ? revs.at(-1)!.createdAt : null, changedAt: row.updatedAt, entry, runClass, classReasons, classFindings,
      shoeLabel: entry.kind === "run" && entry.shoeId ? (shoeLabels.get(entry.shoeId) ?? null) : null,
      canCorrect: isCorrectable(row.date, today), exerciseName: entry.kind === "exercise" ? (names.get(entry.exerciseId) ?? null) : null,
      needsNextMorning: entry.kind === "run" && entry.nextMorningNrs === null && isCorrectable(row.date, today),
      revisions: revs.map((r) => ({ version: r.version, entry: parseEntry(row.kind, r.data), replacedAt: r.createdAt })),
    });
  }
  return out.reverse();
}

/** A run's class as the athlete's log shows it. */
export type RunClassDto = { sessionClass: SessionClass; findings: RunFinding[] };

/**
 * The class of one logged run right now (R2), judged exactly as the log judges it (against the
 * athlete's earlier runs in log order), for the confirmation after saving. Pass a log of the athlete's.
 */
export async function runClassOf(db: DbOrTx, athlete: ScopedAthlete, log: { id: string; date: string }, today: string): Promise<RunClassDto | null> {
  const found = (await loadLogs(db, athlete, log.date, today)).find((l) => l.id === log.id);
  return found?.runClass ? { sessionClass: found.runClass, findings: found.classFindings } : null;
}
