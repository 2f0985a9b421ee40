import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { planDecisions, programs, runPlans } from "@/db/schema";
import { planStateSchema } from "@/server/domain/progression/plan-state";
import { addDays } from "@/server/domain/dates";
import { isWeekDue, planWeekDates } from "@/server/domain/progression/decide";
import { processWeek, runsForWeek } from "@/server/domain/progression/week";
import type { EngineCtx } from "../context";
import { recordAudit } from "../infra/audit";
import { knownRegions } from "../records/assessments";
import { settingsOf } from "../records/protocol";
import { hasOpenUrgentRedFlag } from "../records/red-flags";
import { runWindow } from "../records/run-history";
import { systemScope, type ScopedAthlete } from "../scope";
import { evaluateAlerts } from "./alerts";

/**
 * Makes every weekly decision of the athlete's plan that is due (R3: all next-morning answers in, or
 * 36 h after the week's last run, once the week is over). Idempotent: a unique index allows one weekly
 * decision per week, and the plan moves on only from the week it was at. Returns how many it made.
 */
async function decideDueWeeks(ctx: EngineCtx, athlete: ScopedAthlete, planId: string): Promise<number> {
  let made = 0;
  for (;;) {
    const [plan] = await ctx.db
      .select()
      .from(runPlans)
      .where(and(eq(runPlans.id, planId), eq(runPlans.athleteId, athlete.id), eq(runPlans.clinicId, athlete.clinicId)))
      .limit(1);
    if (!plan) return made;
    const weekIndex = plan.decidedThroughWeek + 1;
    const { endDate } = planWeekDates(plan.startDate, weekIndex);
    const weekEnd = new Date(`${addDays(endDate, 1)}T00:00:00Z`);
    if (ctx.now < weekEnd) return made;
    // The week and the one before it (rest_delta), and before those only the runs R2 compares with.
    const { earlier, runs } = await runWindow(ctx.db, athlete, { from: planWeekDates(plan.startDate, weekIndex - 1).startDate, through: endDate });
    const { weekRuns, earlierRuns, previousWeekRuns } = runsForWeek(runs, plan.startDate, weekIndex);
    if (!isWeekDue({ weekRuns: weekRuns.map((r) => ({ nextMorningNrs: r.nextMorningNrs, at: r.at })), weekEnd, now: ctx.now })) return made;
    const settings = await settingsOf(ctx.db, plan);
    const before = planStateSchema.parse(plan.state);
    const outcome = processWeek({
      settings, state: before, knownRegions: await knownRegions(ctx.db, athlete), weekRuns,
      earlierRuns: [...earlier, ...earlierRuns], previousWeekRuns,
      openUrgentTriage: await hasOpenUrgentRedFlag(ctx.db, athlete),
    });
    const wrote = await ctx.db.transaction(async (tx) => {
      const moved = await tx
        .update(runPlans)
        .set({ state: outcome.result.next, decidedThroughWeek: weekIndex, updatedAt: ctx.now })
        // A red flag may have paused the plan since it was read: then this decision is made again from the paused state.
        .where(and(eq(runPlans.id, plan.id), eq(runPlans.decidedThroughWeek, plan.decidedThroughWeek), eq(runPlans.updatedAt, plan.updatedAt)))
        .returning({ id: runPlans.id });
      if (moved.length === 0) return false;
      await tx.insert(planDecisions).values({
        clinicId: plan.clinicId, athleteId: plan.athleteId, planId: plan.id, weekIndex, kind: "weekly",
        decision: outcome.decision.decision, appliedDecision: outcome.result.appliedDecision, rule: outcome.decision.rule,
        reason: outcome.reason, counts: outcome.decision.counts,
        inputs: { runs: outcome.runs.map((r) => ({ date: r.date, sessionClass: r.sessionClass, reasons: r.reasons })), restDelta: outcome.decision.restDelta },
        before, after: outcome.result.next, createdAt: ctx.now,
      });
      await recordAudit(tx, ctx, { action: "plan.decide", entity: "run_plan", entityId: plan.id, athleteId: plan.athleteId, clinicId: plan.clinicId });
      return true;
    });
    if (wrote) made++;
  }
}

/** The ids of the athlete's plans in active programs. */
async function activePlanIds(db: DbOrTx, athlete: ScopedAthlete): Promise<string[]> {
  const rows = await db
    .select({ id: runPlans.id })
    .from(runPlans)
    .innerJoin(programs, eq(programs.id, runPlans.programId))
    .where(and(eq(runPlans.athleteId, athlete.id), eq(runPlans.clinicId, athlete.clinicId), eq(programs.status, "active")));
  return rows.map((r) => r.id);
}

/**
 * What follows a change of the athlete's facts (a run logged or corrected, a next-morning answer, a
 * red flag, a therapist's plan action): the weekly decisions it made due, then the alert rules (R6),
 * always (`alerts: "always"`, for logs) or only when a decision was made (a decision can freeze the
 * plan for review). Reading never does this.
 */
export async function afterAthleteEvent(ctx: EngineCtx, athlete: ScopedAthlete, opts: { alerts: "always" | "ifDecided" }): Promise<number> {
  let made = 0;
  for (const planId of await activePlanIds(ctx.db, athlete)) made += await decideDueWeeks(ctx, athlete, planId);
  if (opts.alerts === "always" || made > 0) await evaluateAlerts(ctx, athlete);
  return made;
}

/** Every active plan's due decisions (the hourly job), optionally of one clinic; plans come from `systemScope`. */
export async function decideAllDuePlans(db: DbOrTx, now: Date, requestId: string, opts: { clinicId?: string } = {}): Promise<number> {
  const ctx: EngineCtx = { db, now, requestId, actor: null };
  let made = 0;
  for (const { athlete, planId } of await systemScope(db, opts).athletesWithActivePlans()) {
    const decided = await decideDueWeeks(ctx, athlete, planId);
    // A decision can freeze the plan for review (R6).
    if (decided > 0) await evaluateAlerts(ctx, athlete);
    made += decided;
  }
  return made;
}
