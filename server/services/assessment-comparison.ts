import { asc, eq } from "drizzle-orm";
import { outcomeMeasures } from "@/db/schema";
import { compareAssessments, comparableItems } from "@/server/domain/assessments/comparison";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { recordAudit } from "./audit";
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
  const visits = await unsafeSignedVisits(ctx.db, athlete.id);
  const baseline = visits[0] ?? null;
  const latest = visits.length > 1 ? visits.at(-1)! : null;
  const baselineItems = baseline ? comparableItems((await unsafeLoadSections(ctx.db, baseline.id)).data) : [];
  const latestItems = latest ? comparableItems((await unsafeLoadSections(ctx.db, latest.id)).data) : [];
  const outcomeRows = await ctx.db
    .select()
    .from(outcomeMeasures)
    .where(eq(outcomeMeasures.athleteId, athlete.id))
    .orderBy(asc(outcomeMeasures.completedAt));
  await recordAudit(ctx.db, ctx, { action: "assessment.compare", entity: "assessment", athleteId: athlete.id });
  const ref = (v: typeof baseline): VisitRef | null => (v ? { id: v.id, kind: v.kind, visitDate: v.visitDate } : null);
  return {
    baseline: ref(baseline),
    latest: ref(latest),
    rows: compareAssessments(baselineItems, latestItems),
    outcomes: outcomeTrends(outcomeRows.map(toOutcomeDto)),
  };
}
