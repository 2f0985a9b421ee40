import type { Evidence, SessionClass } from "./classify";
import { daysBetween, addDays } from "../dates";
import type { RunLog } from "./run-log";
import type { ProtocolSettings } from "./settings";

export const weekDecisions = ["PROGRESS", "HOLD", "REGRESS"] as const;
export type WeekDecisionKind = (typeof weekDecisions)[number];

/** The weekly decision rules (docs/clinical-rules.md R3.4) in the order they are checked; the first that matches decides. */
export const decisionRules = [
  "regress-red-runs", // red ≥ 2
  "regress-rest-delta", // rest_delta ≥ 2
  "hold-red-run", // red = 1
  "hold-amber-runs", // amber ≥ 2
  "hold-incomplete-runs", // incomplete ≥ 2
  "hold-no-green", // green = 0
  "hold-rest-delta", // rest_delta ≥ 1
  "hold-too-few-done", // done < ⌈2/3 × runs_per_week⌉
  "progress",
] as const;
export type DecisionRule = (typeof decisionRules)[number];

/** A run of the week as the decision needs it: its class (docs/clinical-rules.md R2), minutes and next-morning answer. */
export type WeekRun = Pick<RunLog, "plannedRunMinutes" | "runMinutes" | "nextMorningNrs"> & {
  sessionClass: SessionClass;
  /** Short findings from classifyRun, quoted in the reason ("tingling 4/10"). */
  evidence?: readonly Evidence[];
};

export type WeekCounts = { red: number; amber: number; incomplete: number; green: number; done: number };

export type WeekDecision = {
  counts: WeekCounts;
  /** Runs that must be done (docs/clinical-rules.md R3.3): ⌈2/3 × runs_per_week⌉. */
  doneNeeded: number;
  /** Mean next-morning NRS this week − the previous plan week; 0 unless both weeks have one. */
  restDelta: number;
  decision: WeekDecisionKind;
  /** The first matching rule (docs/clinical-rules.md R3.4). */
  rule: DecisionRule;
  /** Every rule of the deciding group that matched, in order. */
  matchedRules: DecisionRule[];
  /** Plain language, naming the rule and the evidence: "Hold: 2 amber runs (tingling 4/10, 5/10)". */
  reason: string;
};

/** A run is done (docs/clinical-rules.md R3.3) when its run minutes are ≥ half its planned run minutes; an unplanned run is not. */
export function isRunDone(run: Pick<RunLog, "plannedRunMinutes" | "runMinutes">): boolean {
  return run.plannedRunMinutes !== null && 2 * run.runMinutes >= run.plannedRunMinutes;
}

/** Runs needed as done (docs/clinical-rules.md R3.3): ⌈2/3 × runs_per_week⌉ (2 → 2, 3 → 2, 4 → 3). */
export function doneNeededOf(runsPerWeek: number): number {
  return Math.ceil((2 * runsPerWeek) / 3);
}

type Mean = { sum: number; n: number };
const meanOf = (runs: readonly Pick<RunLog, "nextMorningNrs">[]): Mean => {
  const values = runs.map((r) => r.nextMorningNrs).filter((v): v is number => v !== null && v !== undefined);
  return { sum: values.reduce((a, b) => a + b, 0), n: values.length };
};
/** Whether mean(a) − mean(b) ≥ k, exactly: a.sum × b.n − b.sum × a.n ≥ k × a.n × b.n. */
const deltaAtLeast = (a: Mean, b: Mean, k: number): boolean =>
  a.n > 0 && b.n > 0 && a.sum * b.n - b.sum * a.n >= k * a.n * b.n;
const fmt1 = (x: number): string => (Math.round(x * 10) / 10).toFixed(1);

/** "tingling 4/10, 5/10; settled after 75 min": the first finding of each run, same labels joined. */
function evidenceText(runs: readonly WeekRun[]): string {
  const parts: { label: string; values: string[] }[] = [];
  for (const run of runs) {
    const e = run.evidence?.[0];
    if (!e) continue;
    const last = parts.at(-1);
    if (last && last.label === e.label) last.values.push(e.value);
    else parts.push({ label: e.label, values: [e.value] });
  }
  return parts
    .map((p) => [p.label, p.values.filter(Boolean).join(", ")].filter(Boolean).join(" "))
    .join("; ");
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const withEvidence = (text: string, runs: readonly WeekRun[]): string => {
  const e = evidenceText(runs);
  return e ? `${text} (${e})` : text;
};

/**
 * Weekly decision (docs/clinical-rules.md R3) over the week's classified runs. Counts red/amber/incomplete/green; done = runs
 * with run minutes ≥ half their planned minutes, at most runs_per_week; rest_delta = mean next-morning
 * NRS this week − previous plan week (0 unless both have one). First match decides:
 * 1. REGRESS if red ≥ 2 or rest_delta ≥ 2. 2. HOLD if red = 1, amber ≥ 2, incomplete ≥ 2, green = 0,
 * rest_delta ≥ 1 or done < ⌈2/3 × runs_per_week⌉. 3. PROGRESS otherwise. rest_delta thresholds are
 * compared exactly (no rounding of the means).
 */
export function decideWeek(input: {
  runs: readonly WeekRun[];
  previousWeekRuns: readonly Pick<RunLog, "nextMorningNrs">[];
  settings: Pick<ProtocolSettings, "runsPerWeek">;
}): WeekDecision {
  const { runs, settings } = input;
  const of = (c: SessionClass) => runs.filter((r) => r.sessionClass === c);
  const reds = of("RED");
  const ambers = of("AMBER");
  const incompletes = of("INCOMPLETE");
  const greens = of("GREEN");
  const done = Math.min(runs.filter(isRunDone).length, settings.runsPerWeek);
  const counts: WeekCounts = { red: reds.length, amber: ambers.length, incomplete: incompletes.length, green: greens.length, done };
  const doneNeeded = doneNeededOf(settings.runsPerWeek);

  const thisWeek = meanOf(runs);
  const lastWeek = meanOf(input.previousWeekRuns);
  const hasDelta = thisWeek.n > 0 && lastWeek.n > 0;
  const restDelta = hasDelta ? thisWeek.sum / thisWeek.n - lastWeek.sum / lastWeek.n : 0;
  const restText = (what: string) =>
    `next-morning symptoms ${what} ${fmt1(restDelta)} on average from last week (${fmt1(thisWeek.sum / thisWeek.n)}/10 vs ${fmt1(lastWeek.sum / lastWeek.n)}/10)`;

  const regress: [DecisionRule, string][] = [];
  if (counts.red >= 2) regress.push(["regress-red-runs", withEvidence(`${counts.red} red runs`, reds)]);
  if (deltaAtLeast(thisWeek, lastWeek, 2)) regress.push(["regress-rest-delta", restText("up")]);

  const hold: [DecisionRule, string][] = [];
  if (counts.red === 1) hold.push(["hold-red-run", withEvidence("1 red run", reds)]);
  if (counts.amber >= 2) hold.push(["hold-amber-runs", withEvidence(`${counts.amber} amber runs`, ambers)]);
  if (counts.incomplete >= 2) hold.push(["hold-incomplete-runs", withEvidence(`${counts.incomplete} incomplete runs`, incompletes)]);
  if (counts.green === 0) hold.push(["hold-no-green", runs.length ? "no green run" : "no runs logged"]);
  if (deltaAtLeast(thisWeek, lastWeek, 1)) hold.push(["hold-rest-delta", restText("up")]);
  if (done < doneNeeded)
    hold.push(["hold-too-few-done", `${plural(done, "run")} done, ${doneNeeded} needed (at least half the planned run minutes)`]);

  const decided = (decision: WeekDecisionKind, label: string, matched: [DecisionRule, string][]): WeekDecision => ({
    counts,
    doneNeeded,
    restDelta,
    decision,
    rule: matched[0]![0],
    matchedRules: matched.map(([r]) => r),
    reason: `${label}: ${matched.map(([, text]) => text).join("; ")}`,
  });
  if (regress.length) return decided("REGRESS", "Regress", regress);
  if (hold.length) return decided("HOLD", "Hold", hold);
  return decided("PROGRESS", "Progress", [
    ["progress", `${plural(counts.green, "green run")}${counts.amber ? `, ${plural(counts.amber, "amber run")}` : ""}, ${plural(done, "run")} done (${doneNeeded} needed)`],
  ]);
}

/** Plan week of a date (docs/clinical-rules.md R3.1): days 0–6 from the plan's start date are week 0 (negative before the start). */
export function planWeekOf(planStartDate: string, date: string): number {
  return Math.floor(daysBetween(planStartDate, date) / 7);
}

/** The plan (or program) week containing `today`: planWeekOf, and week 0 before the start. */
export function currentPlanWeek(planStartDate: string, today: string): number {
  return Math.max(0, planWeekOf(planStartDate, today));
}

/** The first and last date of a plan week. */
export function planWeekDates(planStartDate: string, weekIndex: number): { startDate: string; endDate: string } {
  const startDate = addDays(planStartDate, 7 * weekIndex);
  return { startDate, endDate: addDays(startDate, 6) };
}

/** A run as the due check needs it: its next-morning answer and when it happened (start, or logging time). */
export type WeekRunTiming = { nextMorningNrs: number | null; at: Date };

const HOURS_36_MS = 36 * 60 * 60 * 1000;

/**
 * When a week's decision becomes due (docs/clinical-rules.md R3.2): once the week is over (`weekEnd`, the instant its last day
 * ends, in the athlete's time zone), at once if every run has its next-morning answer, otherwise 36 h
 * after the week's last run, whichever comes first. A week without runs is due when it ends.
 */
export function weekDueAt(input: { weekRuns: readonly WeekRunTiming[]; weekEnd: Date }): Date {
  const { weekRuns, weekEnd } = input;
  if (weekRuns.every((r) => r.nextMorningNrs !== null)) return weekEnd;
  const last = Math.max(...weekRuns.map((r) => r.at.getTime()));
  return new Date(Math.max(weekEnd.getTime(), last + HOURS_36_MS));
}

/** Whether the week's decision is due at `now` (docs/clinical-rules.md R3.2; see `weekDueAt`). */
export function isWeekDue(input: { weekRuns: readonly WeekRunTiming[]; weekEnd: Date; now: Date }): boolean {
  return input.now.getTime() >= weekDueAt(input).getTime();
}
