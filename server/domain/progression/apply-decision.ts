import type { WeekDecisionKind } from "./decide";
import { formatFactor, scaleMinutes, toHundredths } from "./exact";
import { CONTINUOUS_STAGE, LAST_LADDER_STAGE, s8EntryMinutes, s8FloorMinutes, type Stage } from "./ladder";
import { assertPlanState, type PlanState } from "./plan-state";
import type { ProtocolSettings } from "./settings";

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

type Prescription = Pick<PlanState, "stage" | "weeklyMinutes" | "isCutbackWeek" | "cutbackBaseMinutes" | "consecutiveAppliedProgressions">;

/** Where a decision moves the prescription (R4), without the freeze and pause logic. */
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
 * Applies a week's R3 decision to the plan (R4). Paused (open emergency/urgent triage, or a pause not
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
