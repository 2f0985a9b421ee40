import { z } from "zod";
import { DomainError } from "../errors";
import { CONTINUOUS_STAGE, isStage, s8FloorMinutes, stages } from "./ladder";
import type { ProtocolSettings } from "./settings";

/** Upper bound on any weekly prescription, a sanity limit (20 h of running a week). */
export const MAX_WEEKLY_MINUTES = 1200;

/**
 * A plan's running prescription and the counters R4 needs between weeks. Stored with the plan; every
 * weekly decision turns one state into the next.
 */
export const planStateSchema = z.object({
  stage: z.literal(stages, { message: "The stage must be S0 to S8" }),
  /** S8 weekly run minutes; null in S0–S7. */
  weeklyMinutes: z.number().int().min(1).max(MAX_WEEKLY_MINUTES).nullable(),
  /** This week is an S8 cut-back week. */
  isCutbackWeek: z.boolean(),
  /** L: the weekly minutes of the week before the cut-back; set only during a cut-back week. */
  cutbackBaseMinutes: z.number().int().min(1).max(MAX_WEEKLY_MINUTES).nullable(),
  /** Consecutive applied PROGRESS decisions in S8 since the last cut-back (R4 cut-back). */
  consecutiveAppliedProgressions: z.number().int().min(0),
  /** Consecutive weeks decided REGRESS (R4 freeze). */
  consecutiveRegressions: z.number().int().min(0),
  /** Consecutive counted weeks without a PROGRESS decision; cut-back weeks are not counted (R4 freeze). */
  weeksWithoutProgress: z.number().int().min(0),
  /** Frozen for clinician review: PROGRESS is applied as HOLD until a therapist signs off. */
  frozen: z.boolean(),
  /** Run component paused (open emergency/urgent triage, or by a therapist) until a therapist resumes it. */
  paused: z.boolean(),
  /** S8 target weekly minutes, ≥ the S8 floor (R10). */
  targetWeeklyMinutes: z.number().int().min(1).max(MAX_WEEKLY_MINUTES),
});
export type PlanState = z.output<typeof planStateSchema>;

/** Throws INVALID_STATE when a stored state breaks R4's invariants for these settings. */
export function assertPlanState(state: PlanState, settings: Pick<ProtocolSettings, "runsPerWeek">): void {
  const bad = (why: string) => {
    throw new DomainError("INVALID_STATE", `Plan state: ${why}`);
  };
  if (!planStateSchema.safeParse(state).success || !isStage(state.stage)) bad("out of range");
  if (state.targetWeeklyMinutes < s8FloorMinutes(settings)) bad(`target below the S8 floor of ${s8FloorMinutes(settings)} min`);
  if ((state.stage === CONTINUOUS_STAGE) !== (state.weeklyMinutes !== null)) bad("weekly minutes are set in S8 and only there");
  if (state.isCutbackWeek && (state.stage !== CONTINUOUS_STAGE || state.cutbackBaseMinutes === null)) bad("a cut-back week is an S8 week with its base minutes");
  if (!state.isCutbackWeek && state.cutbackBaseMinutes !== null) bad("base minutes outside a cut-back week");
}

/**
 * A new plan's state at its entry stage (R4 Entry; the therapist may override): S0–S7, or S8 with the
 * weekly minutes the therapist sets (floor ≤ minutes ≤ target). Throws BAD_INPUT otherwise.
 */
export function initialPlanState(
  input: { stage: number; weeklyMinutes?: number | null; targetWeeklyMinutes: number },
  settings: Pick<ProtocolSettings, "runsPerWeek">,
): PlanState {
  const base: PlanState = {
    stage: 0, weeklyMinutes: null, isCutbackWeek: false, cutbackBaseMinutes: null,
    consecutiveAppliedProgressions: 0, consecutiveRegressions: 0, weeksWithoutProgress: 0,
    frozen: false, paused: false, targetWeeklyMinutes: input.targetWeeklyMinutes,
  };
  checkTarget(input.targetWeeklyMinutes, settings);
  return { ...base, ...prescriptionOf(input.stage, input.weeklyMinutes ?? null, input.targetWeeklyMinutes, settings) };
}

/** Throws BAD_INPUT unless the S8 target is whole weekly minutes from the S8 floor to MAX_WEEKLY_MINUTES (R10). */
export function checkTarget(target: number, settings: Pick<ProtocolSettings, "runsPerWeek">): void {
  const floor = s8FloorMinutes(settings);
  if (!Number.isInteger(target) || target < floor || target > MAX_WEEKLY_MINUTES)
    throw new DomainError("BAD_INPUT", `The target must be whole weekly minutes from the S8 floor of ${floor} to ${MAX_WEEKLY_MINUTES}`);
}

/**
 * The stage and S8 minutes of a new or overridden prescription (R4). Throws BAD_INPUT when S8 has no
 * minutes or minutes outside the floor–target range, or a run-walk stage is given minutes.
 */
export function prescriptionOf(stage: number, weeklyMinutes: number | null, target: number, settings: Pick<ProtocolSettings, "runsPerWeek">): Pick<PlanState, "stage" | "weeklyMinutes"> {
  if (!isStage(stage)) throw new DomainError("BAD_INPUT", "The stage must be S0 to S8");
  if (stage !== CONTINUOUS_STAGE) {
    if (weeklyMinutes !== null) throw new DomainError("BAD_INPUT", "Weekly minutes are set only in S8; S0–S7 follow the ladder");
    return { stage, weeklyMinutes: null };
  }
  const floor = s8FloorMinutes(settings);
  if (weeklyMinutes === null || !Number.isInteger(weeklyMinutes) || weeklyMinutes < floor || weeklyMinutes > target)
    throw new DomainError("BAD_INPUT", `S8 needs whole weekly minutes from the floor of ${floor} to the target of ${target}`);
  return { stage, weeklyMinutes };
}
