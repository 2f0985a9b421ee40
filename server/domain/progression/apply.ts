import { z } from "zod";
import { DomainError } from "../errors";
import type { WeekDecisionKind } from "./decide";
import { divFloor, formatFactor, scaleMinutes, toHundredths } from "./exact";
import {
  CONTINUOUS_STAGE, LAST_LADDER_STAGE, isStage, s8EntryMinutes, s8FloorMinutes, stages, type Stage,
} from "./ladder";
import type { ProtocolSettings } from "./settings";

/** Upper bound on any weekly prescription, a sanity limit (20 h of running a week). */
export const MAX_WEEKLY_MINUTES = 1200;

/**
 * A plan's running prescription and the counters the prescription rules (docs/clinical-rules.md R4) need between weeks. Stored with the plan; every
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
  /** Consecutive applied PROGRESS decisions in S8 since the last cut-back (docs/clinical-rules.md R4.5). */
  consecutiveAppliedProgressions: z.number().int().min(0),
  /** Consecutive weeks decided REGRESS (docs/clinical-rules.md R4.9). */
  consecutiveRegressions: z.number().int().min(0),
  /** Consecutive counted weeks without a PROGRESS decision; cut-back weeks are not counted (docs/clinical-rules.md R4.9). */
  weeksWithoutProgress: z.number().int().min(0),
  /** Frozen for clinician review: PROGRESS is applied as HOLD until a therapist signs off. */
  frozen: z.boolean(),
  /** Run component paused (open emergency/urgent triage, or by a therapist) until a therapist resumes it. */
  paused: z.boolean(),
  /** S8 target weekly minutes, ≥ the S8 floor (docs/clinical-rules.md R4.4, R10). */
  targetWeeklyMinutes: z.number().int().min(1).max(MAX_WEEKLY_MINUTES),
});
export type PlanState = z.output<typeof planStateSchema>;

export type AppliedDecision = WeekDecisionKind | "PAUSED";

export type ApplyResult = {
  /** The decision as applied: PROGRESS becomes HOLD while frozen; PAUSED while triage or a pause is open. */
  appliedDecision: AppliedDecision;
  frozenBefore: boolean;
  frozenAfter: boolean;
  next: PlanState;
  /** Plain-language notes on what happened (cap, floor, cut-back, freeze, pause). */
  notes: string[];
};

type Settings = Pick<ProtocolSettings, "runsPerWeek" | "cap" | "regressFactor" | "cutbackAfter" | "cutbackFactor" | "reviewAfterNoProgressWeeks">;

/** Throws INVALID_STATE when a stored state breaks the invariants of docs/clinical-rules.md R4 for these settings. */
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
 * A new plan's state at its entry stage (docs/clinical-rules.md R4.7; the therapist may override): S0–S7, or S8 with the
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

function checkTarget(target: number, settings: Pick<ProtocolSettings, "runsPerWeek">): void {
  const floor = s8FloorMinutes(settings);
  if (!Number.isInteger(target) || target < floor || target > MAX_WEEKLY_MINUTES)
    throw new DomainError("BAD_INPUT", `The target must be whole weekly minutes from the S8 floor of ${floor} to ${MAX_WEEKLY_MINUTES}`);
}

function prescriptionOf(stage: number, weeklyMinutes: number | null, target: number, settings: Pick<ProtocolSettings, "runsPerWeek">): Pick<PlanState, "stage" | "weeklyMinutes"> {
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

type Prescription = Pick<PlanState, "stage" | "weeklyMinutes" | "isCutbackWeek" | "cutbackBaseMinutes" | "consecutiveAppliedProgressions">;

/** Where a decision moves the prescription (docs/clinical-rules.md R4.3–R4.5), without the freeze and pause logic. */
function movePrescription(state: PlanState, applied: WeekDecisionKind, settings: Settings, notes: string[]): Prescription {
  const target = state.targetWeeklyMinutes;
  const floor = s8FloorMinutes(settings);
  const cap = toHundredths(settings.cap);
  const ladderStep = (stage: Stage): Prescription => ({
    stage, weeklyMinutes: null, isCutbackWeek: false, cutbackBaseMinutes: null, consecutiveAppliedProgressions: 0,
  });

  if (state.stage < CONTINUOUS_STAGE) {
    if (applied === "HOLD") return ladderStep(state.stage);
    if (applied === "REGRESS") {
      if (state.stage === 0) notes.push("Already at S0: stays at S0");
      return ladderStep(Math.max(0, state.stage - 1) as Stage);
    }
    if (state.stage < LAST_LADDER_STAGE) return ladderStep((state.stage + 1) as Stage);
    const entry = s8EntryMinutes(settings);
    const minutes = Math.min(entry, target);
    notes.push(`S7 → S8 at ${entry} min a week (${settings.runsPerWeek} × 30 × ${formatFactor(100 + cap)})`);
    if (minutes < entry) notes.push(`Capped at the target of ${target} min`);
    return { ...ladderStep(CONTINUOUS_STAGE), weeklyMinutes: minutes };
  }

  const m = state.weeklyMinutes!;
  let count = state.consecutiveAppliedProgressions;
  let minutes: number;
  if (state.isCutbackWeek) {
    // End of a cut-back week; the cut-back week itself does not count toward the next cut-back.
    const base = state.cutbackBaseMinutes!;
    if (applied === "PROGRESS") {
      minutes = scaleMinutes(base, 100 + cap);
      notes.push(`After the cut-back: ${base} min (the week before it) × ${formatFactor(100 + cap)} = ${minutes} min`);
    } else if (applied === "HOLD") {
      minutes = m;
      notes.push(`Holding at the cut-back week's ${m} min`);
    } else {
      minutes = scaleMinutes(m, toHundredths(settings.regressFactor));
      notes.push(`Regress from the cut-back week: ${m} × ${formatFactor(toHundredths(settings.regressFactor))} = ${minutes} min`);
    }
  } else if (applied === "PROGRESS") {
    count += 1;
    if (count >= settings.cutbackAfter) {
      const cutback = Math.min(scaleMinutes(m, toHundredths(settings.cutbackFactor)), target);
      notes.push(`Cut-back week after ${count} progressions in a row: ${m} × ${formatFactor(toHundredths(settings.cutbackFactor))} = ${cutback} min`);
      return { stage: CONTINUOUS_STAGE, weeklyMinutes: cutback, isCutbackWeek: true, cutbackBaseMinutes: m, consecutiveAppliedProgressions: 0 };
    }
    minutes = scaleMinutes(m, 100 + cap);
  } else if (applied === "HOLD") {
    count = 0;
    minutes = m;
  } else {
    count = 0;
    minutes = scaleMinutes(m, toHundredths(settings.regressFactor));
    notes.push(`Regress: ${m} × ${formatFactor(toHundredths(settings.regressFactor))} = ${minutes} min`);
  }

  if (minutes > target) {
    notes.push(`Capped at the target of ${target} min (instead of ${minutes})`);
    minutes = target;
  }
  if (minutes < floor) {
    notes.push(`Back to S7: ${minutes} min is below the S8 floor of ${floor} min`);
    return ladderStep(LAST_LADDER_STAGE);
  }
  return { stage: CONTINUOUS_STAGE, weeklyMinutes: minutes, isCutbackWeek: false, cutbackBaseMinutes: null, consecutiveAppliedProgressions: count };
}

/**
 * Applies a week's decision to the plan (docs/clinical-rules.md R4). Paused (open emergency/urgent triage, or a pause not
 * yet resumed): PAUSED, prescription and counts unchanged. Frozen: PROGRESS is applied as HOLD.
 * S0–S7: PROGRESS next stage (S7 → S8 at round(runs × 30 × (1 + cap))), HOLD same, REGRESS previous
 * (not below S0). S8: PROGRESS M × (1 + cap), HOLD M, REGRESS M × regress_factor, never above the
 * target, below the floor (runs × 30) back to S7; after cutback_after applied PROGRESS in a row the next
 * week is a cut-back at round(M × cutback_factor); at its end PROGRESS → L × (1 + cap), HOLD → the
 * cut-back minutes, REGRESS → cut-back × regress_factor. Each figure is exact and rounded once, halves
 * up. The freeze starts after two REGRESS decisions in consecutive weeks or review_after_no_progress_weeks
 * counted weeks without PROGRESS (cut-back weeks not counted) and applies from the next decision.
 */
export function applyDecision(
  state: PlanState,
  decision: WeekDecisionKind,
  settings: Settings,
  opts: { openUrgentTriage: boolean },
): ApplyResult {
  assertPlanState(state, settings);
  const frozenBefore = state.frozen;
  const notes: string[] = [];

  if (opts.openUrgentTriage || state.paused) {
    notes.push(
      opts.openUrgentTriage
        ? "Paused: an emergency or urgent triage is open; no runs are prescribed until a therapist acknowledges it and resumes the plan"
        : "Paused until a therapist resumes the plan",
    );
    return { appliedDecision: "PAUSED", frozenBefore, frozenAfter: frozenBefore, next: { ...state, paused: true }, notes };
  }

  let applied: WeekDecisionKind = decision;
  if (frozenBefore && decision === "PROGRESS") {
    applied = "HOLD";
    notes.push("Frozen for clinician review: PROGRESS applied as HOLD until a therapist signs off");
  }
  const prescription = movePrescription(state, applied, settings, notes);

  const consecutiveRegressions = decision === "REGRESS" ? state.consecutiveRegressions + 1 : 0;
  const weeksWithoutProgress = state.isCutbackWeek
    ? state.weeksWithoutProgress
    : decision === "PROGRESS" ? 0 : state.weeksWithoutProgress + 1;
  const byRegressions = consecutiveRegressions >= 2;
  const byPlateau = weeksWithoutProgress >= settings.reviewAfterNoProgressWeeks;
  const frozenAfter = frozenBefore || byRegressions || byPlateau;
  if (!frozenBefore && frozenAfter)
    notes.push(
      byRegressions
        ? `Frozen for clinician review: ${consecutiveRegressions} regressions in consecutive weeks`
        : `Frozen for clinician review: ${weeksWithoutProgress} weeks without progress`,
    );

  return {
    appliedDecision: applied,
    frozenBefore,
    frozenAfter,
    next: { ...state, ...prescription, consecutiveRegressions, weeksWithoutProgress, frozen: frozenAfter },
    notes,
  };
}

/** A therapist's sign-off ends the freeze (docs/clinical-rules.md R4.9) and restarts both counts. INVALID_STATE when not frozen. */
export function signOff(state: PlanState): PlanState {
  if (!state.frozen) throw new DomainError("INVALID_STATE", "The plan is not frozen for review");
  return { ...state, frozen: false, consecutiveRegressions: 0, weeksWithoutProgress: 0 };
}

/** A therapist pauses the run component (docs/clinical-rules.md R4.8); the prescription is kept for when it resumes. */
export function pausePlan(state: PlanState): PlanState {
  return { ...state, paused: true };
}

/**
 * A therapist resumes a paused plan at the stage and minutes it had (docs/clinical-rules.md R4.8). INVALID_STATE when it is not
 * paused or an emergency/urgent triage is still open (it must be acknowledged first).
 */
export function resumePlan(state: PlanState, opts: { openUrgentTriage: boolean }): PlanState {
  if (!state.paused) throw new DomainError("INVALID_STATE", "The plan is not paused");
  if (opts.openUrgentTriage) throw new DomainError("INVALID_STATE", "Acknowledge the open triage before resuming the plan");
  return { ...state, paused: false };
}

/** A therapist's change of the prescription (docs/clinical-rules.md R4.10): any stage, S8 minutes, the target. */
export const prescriptionOverrideInput = z
  .object({
    stage: z.number().int().min(0, "S0 to S8").max(8, "S0 to S8").optional(),
    weeklyMinutes: z.number().int("Whole minutes").min(1).max(MAX_WEEKLY_MINUTES).nullish(),
    targetWeeklyMinutes: z.number().int("Whole minutes").min(1).max(MAX_WEEKLY_MINUTES).optional(),
  })
  .refine((o) => o.stage !== undefined || o.weeklyMinutes != null || o.targetWeeklyMinutes !== undefined, "Change the stage, the weekly minutes or the target");
export type PrescriptionOverride = z.input<typeof prescriptionOverrideInput>;

/**
 * Applies a therapist's override (docs/clinical-rules.md R4.10): a new stage (S8 needs weekly minutes from the floor to the
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

/** Alias of `overridePrescription`. */
export const override = overridePrescription;

/** Weekly minutes (docs/clinical-rules.md R4.6) split into `runsPerWeek` runs as evenly as whole minutes allow, longer runs first. */
export function splitWeeklyMinutes(weekly: number, runsPerWeek: number): number[] {
  if (!Number.isInteger(weekly) || weekly < 0 || !Number.isInteger(runsPerWeek) || runsPerWeek < 1)
    throw new RangeError("Weekly minutes and runs per week must be whole numbers");
  const base = divFloor(weekly, runsPerWeek);
  const extra = weekly - base * runsPerWeek;
  return Array.from({ length: runsPerWeek }, (_, i) => (i < extra ? base + 1 : base));
}

export type SingleRunLimit = {
  /** A run longer than this is warned about (× single_run_warn); null without a run in the last 30 days. */
  warnAbove: number | null;
  /** No planned run may be longer than this (× single_run_block); null without a run in the last 30 days. */
  blockAbove: number | null;
};

const hasReference = (longest: number | null | undefined): longest is number => typeof longest === "number" && longest > 0;

/** Single-run limits (docs/clinical-rules.md R4.6) from the longest run of the previous 30 days (minutes): × warn and × block. */
export function singleRunLimit(longestRunLast30Days: number | null, settings: Pick<ProtocolSettings, "singleRunWarn" | "singleRunBlock">): SingleRunLimit {
  if (!hasReference(longestRunLast30Days)) return { warnAbove: null, blockAbove: null };
  return {
    warnAbove: (longestRunLast30Days * toHundredths(settings.singleRunWarn)) / 100,
    blockAbove: (longestRunLast30Days * toHundredths(settings.singleRunBlock)) / 100,
  };
}

/** Whether minutes exceed longest × factor, exactly (100 × minutes > longest × hundredths). */
const isAbove = (minutes: number, longest: number, factor: number) => 100 * minutes > longest * toHundredths(factor);

/** A logged run (docs/clinical-rules.md R4.6, R6.6) longer than single_run_warn × the longest run of the previous 30 days (single-run-spike). */
export function isSingleRunSpike(runMinutes: number, longestRunLast30Days: number | null, settings: Pick<ProtocolSettings, "singleRunWarn">): boolean {
  return hasReference(longestRunLast30Days) && isAbove(runMinutes, longestRunLast30Days, settings.singleRunWarn);
}

export type CappedRun = {
  minutes: number;
  /** Shortened to the single-run limit. */
  isCapped: boolean;
  /** Still above the warning level after capping. */
  isAboveWarn: boolean;
};

/**
 * A planned S8 run (docs/clinical-rules.md R4.6) is never longer than single_run_block × the longest run of the previous 30 days
 * (whole minutes, rounded down to stay within the limit); flags runs above single_run_warn ×. Without a
 * run in the last 30 days there is no reference and nothing is capped.
 */
export function capPlannedRun(
  plannedMinutes: number,
  longestRunLast30Days: number | null,
  settings: Pick<ProtocolSettings, "singleRunWarn" | "singleRunBlock">,
): CappedRun {
  if (!hasReference(longestRunLast30Days)) return { minutes: plannedMinutes, isCapped: false, isAboveWarn: false };
  const limit = divFloor(longestRunLast30Days * toHundredths(settings.singleRunBlock), 100);
  const minutes = Math.min(plannedMinutes, limit);
  return { minutes, isCapped: minutes < plannedMinutes, isAboveWarn: isAbove(minutes, longestRunLast30Days, settings.singleRunWarn) };
}
