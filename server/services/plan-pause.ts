import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { planDecisions, programs, runPlans, triageResults } from "@/db/schema";
import { pausePlan, planStateSchema } from "@/server/domain/progression/apply";
import { redFlagPauseReason } from "@/server/domain/triage/safety-advice";
import { recordAudit } from "./infra/audit";
import type { ServiceCtx } from "./context";

type OpenRedFlag = { id: string; urgency: "emergency" | "urgent"; triggers: { id: string; reason: string }[] };

/** The athlete's newest open emergency or urgent red flag, or null. Unscoped: pass an id from a scoped load. */
export async function unsafeOpenUrgentRedFlag(db: DbOrTx, athleteId: string): Promise<OpenRedFlag | null> {
  const [row] = await db
    .select({ id: triageResults.id, urgency: triageResults.urgency, triggers: triageResults.triggers })
    .from(triageResults)
    .where(and(eq(triageResults.athleteId, athleteId), isNull(triageResults.acknowledgedAt), inArray(triageResults.urgency, ["emergency", "urgent"])))
    .orderBy(desc(triageResults.raisedAt))
    .limit(1);
  return row ? { ...row, urgency: row.urgency as OpenRedFlag["urgency"] } : null;
}

/**
 * An emergency or urgent red flag pauses the run component of the athlete's active plans at once
 * (docs: an open E/U red flag pauses runs; only a therapist's resume, with a reason, ends the pause).
 * The pause is stored in the plan and as a plan decision naming the flag, so acknowledging the flag
 * does not restart runs by itself. Runs inside the caller's transaction; plans already paused are left
 * as they are. Unscoped: pass ids from a scoped load.
 */
export async function unsafePausePlansForRedFlag(tx: DbOrTx, ctx: ServiceCtx, input: { athleteId: string; flag: OpenRedFlag; planIds?: string[] }): Promise<number> {
  const plans = await tx
    .select({ id: runPlans.id, clinicId: runPlans.clinicId, state: runPlans.state, decidedThroughWeek: runPlans.decidedThroughWeek })
    .from(runPlans)
    .innerJoin(programs, eq(programs.id, runPlans.programId))
    .where(and(eq(runPlans.athleteId, input.athleteId), eq(programs.status, "active"), input.planIds ? inArray(runPlans.id, input.planIds) : undefined));
  let paused = 0;
  for (const plan of plans) {
    const before = planStateSchema.parse(plan.state);
    if (before.paused) continue;
    const after = pausePlan(before);
    // Bumping updated_at makes a weekly decision computed from the unpaused state fail its optimistic check.
    await tx.update(runPlans).set({ state: after, updatedAt: ctx.now }).where(eq(runPlans.id, plan.id));
    await tx.insert(planDecisions).values({
      clinicId: plan.clinicId, athleteId: input.athleteId, planId: plan.id, weekIndex: plan.decidedThroughWeek + 1, kind: "pause",
      reason: redFlagPauseReason(input.flag.urgency, input.flag.triggers.map((t) => t.id)), before, after, triageId: input.flag.id, createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: "plan.pause", entity: "run_plan", entityId: plan.id, athleteId: input.athleteId, clinicId: plan.clinicId });
    paused++;
  }
  return paused;
}
