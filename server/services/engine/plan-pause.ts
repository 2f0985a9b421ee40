import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { planDecisions, programs, runPlans } from "@/db/schema";
import { planStateSchema } from "@/server/domain/progression/plan-state";
import { pausePlan } from "@/server/domain/progression/therapist-actions";
import { redFlagPauseReason } from "@/server/domain/triage/safety-advice";
import type { EngineCtx } from "../context";
import { recordAudit } from "../infra/audit";
import type { OpenRedFlag } from "../records/red-flags";
import type { ScopedAthlete } from "../scope";

/**
 * An emergency or urgent red flag pauses the run component of the athlete's active plans at once
 * (docs: an open E/U red flag pauses runs; only a therapist's resume, with a reason, ends the pause).
 * The pause is stored in the plan and as a plan decision naming the flag, so acknowledging the flag
 * does not restart runs by itself. Runs inside the caller's transaction; plans already paused are left
 * as they are.
 */
export async function pausePlansForRedFlag(tx: DbOrTx, ctx: EngineCtx, input: { athlete: ScopedAthlete; flag: OpenRedFlag; planIds?: string[] }): Promise<number> {
  const { athlete } = input;
  const plans = await tx
    .select({ id: runPlans.id, clinicId: runPlans.clinicId, state: runPlans.state, decidedThroughWeek: runPlans.decidedThroughWeek })
    .from(runPlans)
    .innerJoin(programs, eq(programs.id, runPlans.programId))
    .where(and(
      eq(runPlans.athleteId, athlete.id), eq(runPlans.clinicId, athlete.clinicId), eq(programs.status, "active"),
      input.planIds ? inArray(runPlans.id, input.planIds) : undefined,
    ));
  let paused = 0;
  for (const plan of plans) {
    const before = planStateSchema.parse(plan.state);
    if (before.paused) continue;
    const after = pausePlan(before);
    // Bumping updated_at makes a weekly decision computed from the unpaused state fail its optimistic check.
    await tx.update(runPlans).set({ state: after, updatedAt: ctx.now }).where(eq(runPlans.id, plan.id));
    await tx.insert(planDecisions).values({
      clinicId: plan.clinicId, athleteId: athlete.id, planId: plan.id, weekIndex: plan.decidedThroughWeek + 1, kind: "pause",
      reason: redFlagPauseReason(input.flag.urgency, input.flag.triggers.map((t) => t.id)), before, after, triageId: input.flag.id, createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: "plan.pause", entity: "run_plan", entityId: plan.id, athleteId: athlete.id, clinicId: plan.clinicId });
    paused++;
  }
  return paused;
}
