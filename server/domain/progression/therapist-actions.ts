import { z } from "zod";
import { DomainError } from "../errors";
import { CONTINUOUS_STAGE } from "./ladder";
import { checkTarget, MAX_WEEKLY_MINUTES, prescriptionOf, type PlanState } from "./plan-state";
import type { ProtocolSettings } from "./settings";

/** R4: a therapist's sign-off ends the freeze and restarts both counts. INVALID_STATE when not frozen. */
export function signOff(state: PlanState): PlanState {
  if (!state.frozen) throw new DomainError("INVALID_STATE", "The plan is not frozen for review");
  return { ...state, frozen: false, consecutiveRegressions: 0, weeksWithoutProgress: 0 };
}

/** A therapist pauses the run component (R4); the prescription is kept for when it resumes. */
export function pausePlan(state: PlanState): PlanState {
  return { ...state, paused: true };
}

/**
 * A therapist resumes a paused plan at the stage and minutes it had (R4). INVALID_STATE when it is not
 * paused or an emergency/urgent triage is still open (it must be acknowledged first).
 */
export function resumePlan(state: PlanState, opts: { openUrgentTriage: boolean }): PlanState {
  if (!state.paused) throw new DomainError("INVALID_STATE", "The plan is not paused");
  if (opts.openUrgentTriage) throw new DomainError("INVALID_STATE", "Acknowledge the open triage before resuming the plan");
  return { ...state, paused: false };
}

/** A therapist's change of the prescription (R4 overrides): any stage, S8 minutes, the target. */
export const prescriptionOverrideInput = z
  .object({
    stage: z.number().int().min(0, "S0 to S8").max(8, "S0 to S8").optional(),
    weeklyMinutes: z.number().int("Whole minutes").min(1).max(MAX_WEEKLY_MINUTES).nullish(),
    targetWeeklyMinutes: z.number().int("Whole minutes").min(1).max(MAX_WEEKLY_MINUTES).optional(),
  })
  .refine((o) => o.stage !== undefined || o.weeklyMinutes != null || o.targetWeeklyMinutes !== undefined, "Change the stage, the weekly minutes or the target");
export type PrescriptionOverride = z.input<typeof prescriptionOverrideInput>;

/**
 * Applies a therapist's override (R4): a new stage (S8 needs weekly minutes from the floor to the
 * target), new S8 minutes, and/or a new target (≥ the floor, not below the current S8 minutes).
 * Changing the stage or minutes ends any cut-back and restarts the cut-back count; the freeze, its
 * counts and a pause are unchanged. Throws BAD_INPUT when invalid.
 */
export function overridePrescription(state: PlanState, input: PrescriptionOverride, settings: Pick<ProtocolSettings, "runsPerWeek">): PlanState {
  const parsed = prescriptionOverrideInput.safeParse(input);
  if (!parsed.success) throw new DomainError("BAD_INPUT", parsed.error.issues.map((i) => i.message).join("; "));
  const o = parsed.data;
  const target = o.targetWeeklyMinutes ?? state.targetWeeklyMinutes;
  checkTarget(target, settings);
  const changesPrescription = o.stage !== undefined || o.weeklyMinutes != null;
  if (!changesPrescription) {
    if (state.weeklyMinutes !== null && state.weeklyMinutes > target)
      throw new DomainError("BAD_INPUT", `The target cannot be below this week's ${state.weeklyMinutes} min`);
    return { ...state, targetWeeklyMinutes: target };
  }
  const stage = o.stage ?? state.stage;
  const minutes = o.weeklyMinutes ?? (stage === CONTINUOUS_STAGE && state.stage === CONTINUOUS_STAGE ? state.weeklyMinutes : null);
  return {
    ...state,
    ...prescriptionOf(stage, minutes, target, settings),
    targetWeeklyMinutes: target,
    isCutbackWeek: false,
    cutbackBaseMinutes: null,
    consecutiveAppliedProgressions: 0,
  };
}
