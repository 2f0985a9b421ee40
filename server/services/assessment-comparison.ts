import { and, asc, eq, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outcomeMeasures } from "@/db/schema";
import { compareAssessments, comparableItems } from "@/server/domain/assessments/comparison";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { addDays } from "@/server/domain/progression/dates";
import { recordAudit } from "./infra/audit";
import { unsafeLoadSections, unsafeSignedVisits } from "./assessments";
import type { ClinicianCtx } from "./context";
import { outcomeTrends, toOutcomeDto, type OutcomeTrend } from "./outcomes";
import { getAthleteOrThrow } from "./scope";

export type VisitRef = { id: string; kind: "initial" | "reassessment"; visitDate: string };

export type VisitComparison = {
  baseline: VisitRef | null;
  latest: VisitRef | null;
  /** Every numeric item of either visit: baseline, latest, change, direction and MCID/MDC verdict. */
  rows: ReturnType<typeof compareAssessments>;
  /** Outcome measures: first vs latest complete score per instrument, against its MCID. */
  outcomes: OutcomeTrend[];
};

/** Baseline (first signed visit) against the latest signed visit, side by side. */
export async function compareVisits(ctx: ClinicianCtx, input: AthleteIdInput): Promise<VisitComparison> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "assessment.compare", entity: "assessment", athleteId: athlete.id });
  return unsafeCompareVisits(ctx.db, athlete.id);
}

/**
 * The comparison for an athlete already scoped by the caller, optionally as it stood at the end of a
 * day (printed reports: visits and scores after the period are left out).
 */
export async function unsafeCompareVisits(db: DbOrTx, athleteId: string, throughDate?: string): Promise<VisitComparison> {
  const visits = (await unsafeSignedVisits(db, athleteId)).filter((v) => !throughDate || v.visitDate <= throughDate);
  const baseline = visits[0] ?? null;
  const latest = visits.length > 1 ? visits.at(-1)! : null;
  const baselineItems = baseline ? comparableItems((await unsafeLoadSections(db, baseline.id)).data) : [];
  const latestItems = latest ? comparableItems((await unsafeLoadSections(db, latest.id)).data) : [];
  const outcomeRows = await db
    .select()
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.athleteId, athleteId), throughDate ? lt(outcomeMeasures.completedAt, new Date(`${addDays(throughDate, 1)}T00:00:00Z`)) : undefined))
    .orderBy(asc(outcomeMeasures.completedAt));
  const ref = (v: typeof baseline): VisitRef | null => (v ? { id: v.id, kind: v.kind, visitDate: v.visitDate } : null);
  return {
    baseline: ref(baseline),
    latest: ref(latest),
    rows: compareAssessments(baselineItems, latestItems),
    outcomes: outcomeTrends(outcomeRows.map(toOutcomeDto)),
  };
}
