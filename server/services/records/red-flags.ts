import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { redFlagChecks, triageResults } from "@/db/schema";
import { sortByUrgency } from "@/server/domain/triage/triage";
import { runPausingUrgencies, type RunPausingUrgency } from "@/server/domain/triage/safety-advice";
import { checklistStatus as checklistStatusOf, type ChecklistStatus, type SentChecklist } from "@/server/domain/triage/triggers";
import type { ScopedAthlete } from "../scope";

export type RaisedUrgency = (typeof triageResults.$inferSelect)["urgency"];
export type { ChecklistStatus };

export type OpenRedFlag = { id: string; urgency: RunPausingUrgency; triggers: { id: string; reason: string }[] };

/** The athlete's newest open emergency or urgent red flag, or null. */
export async function openUrgentRedFlag(db: DbOrTx, athlete: ScopedAthlete): Promise<OpenRedFlag | null> {
  const [row] = await db
    .select({ id: triageResults.id, urgency: triageResults.urgency, triggers: triageResults.triggers })
    .from(triageResults)
    .where(and(
      eq(triageResults.athleteId, athlete.id), eq(triageResults.clinicId, athlete.clinicId), isNull(triageResults.acknowledgedAt),
      inArray(triageResults.urgency, [...runPausingUrgencies]),
    ))
    .orderBy(desc(triageResults.raisedAt))
    .limit(1);
  return row ? { ...row, urgency: row.urgency as OpenRedFlag["urgency"] } : null;
}

/** Whether an emergency or urgent red flag of the athlete is open (R4: the run component pauses). */
export async function hasOpenUrgentRedFlag(db: DbOrTx, athlete: ScopedAthlete): Promise<boolean> {
  return (await openUrgentRedFlag(db, athlete)) !== null;
}

/** Highest open triage urgency per athlete (lists). Pass ids from a scoped list. */
export async function openTriageUrgencies(db: DbOrTx, athleteIds: string[]): Promise<Map<string, RaisedUrgency>> {
  const map = new Map<string, RaisedUrgency>();
  if (athleteIds.length === 0) return map;
  const rows = await db
    .select({ athleteId: triageResults.athleteId, urgency: triageResults.urgency })
    .from(triageResults)
    .where(and(inArray(triageResults.athleteId, athleteIds), isNull(triageResults.acknowledgedAt)));
  for (const r of sortByUrgency(rows)) if (!map.has(r.athleteId)) map.set(r.athleteId, r.urgency);
  return map;
}

/** How many of the latest checklists are looked at for the last complete one. */
const STATUS_LOOKBACK = 20;

/**
 * The athlete's checklist status: the last complete one and any later one left incomplete (DOMAIN 7.4:
 * unanswered is not "no", so only a complete checklist makes it stop being due).
 */
export async function checklistStatus(db: DbOrTx, athlete: ScopedAthlete): Promise<ChecklistStatus> {
  const rows = await db
    .select({ date: redFlagChecks.date, createdAt: redFlagChecks.createdAt, answers: redFlagChecks.answers })
    .from(redFlagChecks)
    .where(and(eq(redFlagChecks.athleteId, athlete.id), eq(redFlagChecks.clinicId, athlete.clinicId)))
    .orderBy(desc(redFlagChecks.createdAt))
    .limit(STATUS_LOOKBACK);
  return checklistStatusOf(rows.map((r) => ({ date: r.date, createdAt: r.createdAt, answers: r.answers as SentChecklist["answers"] })));
}
