import type { DbOrTx } from "@/db/client";
import { runPlans } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { RunPlanEntry } from "@/server/domain/plans/schemas";
import { initialPlanState } from "@/server/domain/progression/plan-state";
import { resolveSettings } from "@/server/domain/progression/settings";
import type { ClinicianCtx } from "../context";
import { recordAudit } from "../infra/audit";
import type { RequestKeyValues } from "../infra/request-keys";
import { openUrgentRedFlag } from "../records/red-flags";
import { loadClinicSettings } from "../records/settings";
import type { ScopedAthlete } from "../scope";
import { pausePlansForRedFlag } from "./plan-pause";

/**
 * Creates the plan rows of a program of the athlete (inside the caller's transaction). A plan started
 * while an emergency or urgent red flag is open starts paused, like every plan the flag met.
 */
export async function insertRunPlan(
  tx: DbOrTx,
  ctx: ClinicianCtx,
  athlete: ScopedAthlete,
  input: RunPlanEntry & { programId: string; startDate: string; stage: number },
  key: RequestKeyValues | null = null,
): Promise<string> {
  const clinic = await loadClinicSettings(tx, athlete.clinicId);
  const settings = resolveSettings(clinic.protocolOverrides, input.settingsOverrides);
  const state = initialPlanState({ stage: input.stage, weeklyMinutes: input.weeklyMinutes, targetWeeklyMinutes: input.targetWeeklyMinutes }, settings);
  const [plan] = await tx
    .insert(runPlans)
    .values({
      clinicId: athlete.clinicId, athleteId: athlete.id, programId: input.programId, startDate: input.startDate,
      settingsOverrides: input.settingsOverrides as Record<string, number>, state, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now,
      ...key,
    })
    .onConflictDoNothing()
    .returning({ id: runPlans.id });
  if (!plan) throw new DomainError("INVALID_STATE", "This program already has a run/walk plan");
  await recordAudit(tx, ctx, { action: "plan.create", entity: "run_plan", entityId: plan.id, athleteId: athlete.id });
  const flag = await openUrgentRedFlag(tx, athlete);
  if (flag) await pausePlansForRedFlag(tx, ctx, { athlete, flag, planIds: [plan.id] });
  return plan.id;
}
