import { applyDecision, type ApplyResult } from "./apply-decision";
import type { PlanState } from "./plan-state";
import { classifyRun, type RunClassification } from "./classify";
import { dayNumberOf } from "../dates";
import { decideWeek, planWeekOf, type WeekDecision } from "./decide";
import type { RunLog } from "./run-log";
import type { ProtocolSettings } from "./settings";

export type ClassifiedRun = RunLog & RunClassification;

export type WeekOutcome = {
  runs: ClassifiedRun[];
  decision: WeekDecision;
  result: ApplyResult;
  /** The decision's reason, with how it was applied when that differs (paused, frozen). */
  reason: string;
};

/** Runs oldest first; runs of the same date keep their given order. */
export function sortRuns<T extends Pick<RunLog, "date">>(runs: readonly T[]): T[] {
  return runs
    .map((run, i) => ({ run, i, day: dayNumberOf(run.date) }))
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map((x) => x.run);
}

/**
 * The athlete's runs as plan week `weekIndex` is decided on them (R3: a run belongs to the plan week of
 * its date): the week's own runs, every earlier run (the R2 comparison history), and the previous plan
 * week's runs (rest_delta). Runs after the week are in none of them.
 */
export function runsForWeek<T extends Pick<RunLog, "date">>(
  runs: readonly T[],
  planStartDate: string,
  weekIndex: number,
): { weekRuns: T[]; earlierRuns: T[]; previousWeekRuns: T[] } {
  const weekOf = (run: T) => planWeekOf(planStartDate, run.date);
  return {
    weekRuns: runs.filter((r) => weekOf(r) === weekIndex),
    earlierRuns: runs.filter((r) => weekOf(r) < weekIndex),
    previousWeekRuns: runs.filter((r) => weekOf(r) === weekIndex - 1),
  };
}

/** The reason stored with a week: the R3 reason, then what the freeze or a pause made of it. */
export function outcomeReason(decision: WeekDecision, result: ApplyResult): string {
  if (result.appliedDecision === "PAUSED") return `${result.notes[0] ?? "Paused"}. The week's runs alone would have meant: ${decision.reason}`;
  if (result.appliedDecision !== decision.decision) return `${decision.reason}. Applied as ${result.appliedDecision.toLowerCase()}: the plan is frozen for clinician review`;
  return decision.reason;
}

/**
 * One plan week through the engine, as production and the simulator both run it: classify each run
 * (docs/clinical-rules.md R2) against the athlete's earlier runs, decide (R3), apply (R4).
 * `earlierRuns` are the athlete's runs before this week (any order); `previousWeekRuns` those of the
 * previous plan week (for rest_delta).
 */
export function processWeek(input: {
  settings: ProtocolSettings;
  state: PlanState;
  knownRegions: readonly string[];
  weekRuns: readonly RunLog[];
  earlierRuns: readonly RunLog[];
  previousWeekRuns: readonly RunLog[];
  openUrgentTriage: boolean;
}): WeekOutcome {
  const history: RunLog[] = sortRuns(input.earlierRuns);
  const runs: ClassifiedRun[] = [];
  for (const run of sortRuns(input.weekRuns)) {
    runs.push({ ...run, ...classifyRun(run, { settings: input.settings, knownRegions: input.knownRegions, earlierRuns: history }) });
    history.push(run);
  }
  const decision = decideWeek({ runs, previousWeekRuns: input.previousWeekRuns, settings: input.settings });
  const result = applyDecision(input.state, decision.decision, input.settings, { openUrgentTriage: input.openUrgentTriage });
  return { runs, decision, result, reason: outcomeReason(decision, result) };
}
