import { resumePlan } from "./therapist-actions";
import type { AppliedDecision } from "./apply-decision";
import { assertPlanState, initialPlanState, type PlanState } from "./plan-state";
import type { SessionClass } from "./classify";
import { planWeekDates, planWeekOf, type DecisionRule, type WeekCounts, type WeekDecisionKind } from "./decide";
import type { Stage } from "./ladder";
import type { RunLog } from "./run-log";
import type { ProtocolSettings } from "./settings";
import { processWeek, runsForWeek } from "./week";

export type SimulatedWeek = {
  weekIndex: number;
  startDate: string;
  endDate: string;
  /** The prescription the week was run with. */
  prescribed: { stage: Stage; weeklyMinutes: number | null; isCutbackWeek: boolean };
  runs: { date: string; sessionClass: SessionClass; reasons: string[] }[];
  counts: WeekCounts;
  restDelta: number;
  decision: WeekDecisionKind;
  rule: DecisionRule;
  appliedDecision: AppliedDecision;
  paused: boolean;
  /** Frozen for review after this week's decision (applies from the next decision). */
  frozen: boolean;
  next: { stage: Stage; weeklyMinutes: number | null; isCutbackWeek: boolean };
  reason: string;
  notes: string[];
};

/**
 * The state a what-if starts from: a new plan's state at the prescription given, or, for an existing
 * plan, its current state carried over. The same stage and S8 minutes keep every counter (cut-back,
 * freeze, pause) with the target given; a different prescription starts fresh there but keeps the
 * freeze, the pause and the freeze counts. Throws BAD_INPUT for an invalid prescription and
 * INVALID_STATE when the result breaks R4's invariants under these settings.
 */
export function simulationStartState(
  current: PlanState | null,
  prescription: { stage: number; weeklyMinutes?: number | null; targetWeeklyMinutes: number },
  settings: Pick<ProtocolSettings, "runsPerWeek">,
): PlanState {
  const fresh = initialPlanState(prescription, settings);
  if (!current) return fresh;
  const start = current.stage === fresh.stage && current.weeklyMinutes === fresh.weeklyMinutes
    ? { ...current, targetWeeklyMinutes: fresh.targetWeeklyMinutes }
    : { ...fresh, frozen: current.frozen, paused: current.paused, consecutiveRegressions: current.consecutiveRegressions, weeksWithoutProgress: current.weeksWithoutProgress };
  assertPlanState(start, settings);
  return start;
}

/**
 * What-if simulator (docs/clinical-rules.md R4.12): runs the plan week by week through `processWeek` — the same
 * classifyRun / decideWeek / applyDecision as the weekly decision — and writes nothing. Weeks 0 up to
 * the last week with a run (or `weeks` weeks) are decided; runs before the plan start only serve as
 * history. A week in `openUrgentTriageWeeks` is paused; a paused plan counts as resumed by the
 * therapist in the first week not listed.
 */
export function simulate(input: {
  settings: ProtocolSettings;
  planStartDate: string;
  initialState: PlanState;
  knownRegions: readonly string[];
  runs: readonly RunLog[];
  openUrgentTriageWeeks?: readonly number[];
  /** How many weeks to decide; default up to the last week with a run. */
  weeks?: number;
}): SimulatedWeek[] {
  const { settings, planStartDate } = input;
  const weekOf = (run: RunLog) => planWeekOf(planStartDate, run.date);
  const lastWeek = input.runs.reduce((max, r) => Math.max(max, weekOf(r)), -1);
  const weekCount = input.weeks ?? lastWeek + 1;
  const triageWeeks = new Set(input.openUrgentTriageWeeks ?? []);

  let state = input.initialState;
  const out: SimulatedWeek[] = [];
  for (let w = 0; w < weekCount; w++) {
    const openUrgentTriage = triageWeeks.has(w);
    if (state.paused && !openUrgentTriage) state = resumePlan(state, { openUrgentTriage });
    const prescribed = { stage: state.stage, weeklyMinutes: state.weeklyMinutes, isCutbackWeek: state.isCutbackWeek };
    const { runs, decision, result, reason } = processWeek({
      settings,
      state,
      knownRegions: input.knownRegions,
      ...runsForWeek(input.runs, planStartDate, w),
      openUrgentTriage,
    });
    state = result.next;
    out.push({
      weekIndex: w,
      ...planWeekDates(planStartDate, w),
      prescribed,
      runs: runs.map((r) => ({ date: r.date, sessionClass: r.sessionClass, reasons: r.reasons })),
      counts: decision.counts,
      restDelta: decision.restDelta,
      decision: decision.decision,
      rule: decision.rule,
      appliedDecision: result.appliedDecision,
      paused: result.appliedDecision === "PAUSED",
      frozen: state.frozen,
      next: { stage: state.stage, weeklyMinutes: state.weeklyMinutes, isCutbackWeek: state.isCutbackWeek },
      reason,
      notes: result.notes,
    });
  }
  return out;
}
