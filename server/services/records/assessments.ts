import { and, asc, eq, isNull, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { assessments, assessmentSections, outcomeMeasures, users } from "@/db/schema";
import { compareAssessments, comparableItems } from "@/server/domain/assessments/comparison";
import { loadSection, sectionKinds, type SectionData, type SectionKind } from "@/server/domain/assessments/sections";
import { addDays } from "@/server/domain/dates";
import type { ScopedAthlete } from "../scope";
import { outcomeTrends, type OutcomeTrend } from "@/server/domain/outcomes/trends";
import { toOutcomeDto } from "./outcomes";

type AssessmentRow = typeof assessments.$inferSelect;
export type SectionsData = { [K in SectionKind]?: SectionData<K> };
export type SectionState = { version: number; schemaVersion: number; updatedAt: Date; updatedByName: string | null };
export type SectionStates = { [K in SectionKind]?: SectionState };

/** Sections of a visit at the current schema version. Unscoped: pass only an id from a scoped load. */
export async function unsafeLoadSections(db: DbOrTx, assessmentId: string): Promise<{ data: SectionsData; states: SectionStates }> {
  const rows = await db
    .select({ s: assessmentSections, updatedByName: users.name })
    .from(assessmentSections)
    .leftJoin(users, eq(users.id, assessmentSections.updatedBy))
    .where(eq(assessmentSections.assessmentId, assessmentId));
  const data: SectionsData = {};
  const states: SectionStates = {};
  for (const { s, updatedByName } of rows) {
    const kind = s.kind as SectionKind;
    if (!sectionKinds.includes(kind)) continue;
    (data as Record<SectionKind, unknown>)[kind] = loadSection(kind, s.schemaVersion, s.data);
    states[kind] = { version: s.version, schemaVersion: s.schemaVersion, updatedAt: s.updatedAt, updatedByName };
  }
  return { data, states };
}

/** The athlete's signed, current (not superseded) visits, oldest first. */
export async function signedVisits(db: DbOrTx, athlete: ScopedAthlete): Promise<AssessmentRow[]> {
  return db
    .select()
    .from(assessments)
    .where(and(eq(assessments.athleteId, athlete.id), eq(assessments.clinicId, athlete.clinicId), eq(assessments.status, "signed"), isNull(assessments.supersededAt)))
    .orderBy(asc(assessments.visitDate), asc(assessments.signedAt));
}

/** Regions on the athlete's latest signed body map (R1 "known regions"). */
export async function knownRegions(db: DbOrTx, athlete: ScopedAthlete): Promise<string[]> {
  const latest = (await signedVisits(db, athlete)).at(-1);
  if (!latest) return [];
  return (await unsafeLoadSections(db, latest.id)).data.symptomHistory?.regions ?? [];
}

export type VisitRef = { id: string; kind: "initial" | "reassessment"; visitDate: string };

export type VisitComparison = {
  baseline: VisitRef | null;
  latest: VisitRef | null;
  /** Every numeric item of either visit: baseline, latest, change, direction and MCID/MDC verdict. */
  rows: ReturnType<typeof compareAssessments>;
  /** Outcome measures: first vs latest complete score per instrument, against its MCID. */
  outcomes: OutcomeTrend[];
};

/**
 * Baseline (first signed visit) against the latest signed visit, optionally as it stood at the end of
 * a day (printed reports: visits and scores after the period are left out).
 */
export async function compareVisitsOf(db: DbOrTx, athlete: ScopedAthlete, throughDate?: string): Promise<VisitComparison> {
  const visits = (await signedVisits(db, athlete)).filter((v) => !throughDate || v.visitDate <= throughDate);
  const baseline = visits[0] ?? null;
  const latest = visits.length > 1 ? visits.at(-1)! : null;
  const baselineItems = baseline ? comparableItems((await unsafeLoadSections(db, baseline.id)).data) : [];
  const latestItems = latest ? comparableItems((await unsafeLoadSections(db, latest.id)).data) : [];
  const rows = await db
    .select()
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.athleteId, athlete.id), throughDate ? lt(outcomeMeasures.completedAt, new Date(`${addDays(throughDate, 1)}T00:00:00Z`)) : undefined))
    .orderBy(asc(outcomeMeasures.completedAt));
  // The clinic is checked on the rows: the athlete index keeps measures completed at the same instant in the order they were stored.
  const outcomeRows = rows.filter((r) => r.clinicId === athlete.clinicId);
  const ref = (v: typeof baseline): VisitRef | null => (v ? { id: v.id, kind: v.kind, visitDate: v.visitDate } : null);
  return {
    baseline: ref(baseline),
    latest: ref(latest),
    rows: compareAssessments(baselineItems, latestItems),
    outcomes: outcomeTrends(outcomeRows.map(toOutcomeDto)),
  };
}
