import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { redFlagChecks, triageResults } from "@/db/schema";
import { unansweredChecklistKeys } from "@/server/domain/triage/triggers";
import type { ScopedAthlete } from "../scope";

export type RaisedUrgency = (typeof triageResults.$inferSelect)["urgency"];
export const urgencyRank: Record<RaisedUrgency, number> = { routine: 1, urgent: 2, emergency: 3 };

/** The highest of several urgencies (emergency > urgent > routine). */
export function highestUrgency(urgencies: RaisedUrgency[]): RaisedUrgency | null {
  return urgencies.reduce<RaisedUrgency | null>((best, u) => (!best || urgencyRank[u] > urgencyRank[best] ? u : best), null);
}

export type OpenRedFlag = { id: string; urgency: "emergency" | "urgent"; triggers: { id: string; reason: string }[] };

/** The athlete's newest open emergency or urgent red flag, or null. */
export async function openUrgentRedFlag(db: DbOrTx, athlete: ScopedAthlete): Promise<OpenRedFlag | null> {
  const [row] = await db
    .select({ id: triageResults.id, urgency: triageResults.urgency, triggers: triageResults.triggers })
    .from(triageResults)
    .where(and(
      eq(triageResults.athleteId, athlete.id), eq(triageResults.clinicId, athlete.clinicId), isNull(triageResults.acknowledgedAt),
      inArray(triageResults.urgency, ["emergency", "urgent"]),
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
  for (const r of rows) map.set(r.athleteId, highestUrgency([r.urgency, ...(map.has(r.athleteId) ? [map.get(r.athleteId)!] : [])])!);
  return map;
}

export type ChecklistStatus = {
  /** The latest checklist with every question answered. */
  lastComplete: { date: string; createdAt: Date } | null;
  /** A newer checklist sent with questions unanswered: it does not count as done. */
  laterIncomplete: { date: string; createdAt: Date; unanswered: number } | null;
};

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
  const withGaps = rows.map((r) => ({ date: r.date, createdAt: r.createdAt, unanswered: unansweredChecklistKeys(r.answers as Record<string, "yes" | "no" | null>).length }));
  const complete = withGaps.find((r) => r.unanswered === 0) ?? null;
  const newest = withGaps[0];
  return {
    lastComplete: complete && { date: complete.date, createdAt: complete.createdAt },
    laterIncomplete: newest && newest.unanswered > 0 ? newest : null,
  };
}
