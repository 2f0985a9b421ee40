import { adherencePercent } from "../adherence/adherence";
import { acwr } from "../load/acwr";
import type { LoadEntry } from "../load/session-load";
import { addDays, daysBetween } from "../dates";
import type { ProgressSummary } from "./summary";

export type TimelineWeek = {
  weekIndex: number;
  startDate: string;
  plannedRunMinutes: number;
  runMinutes: number;
  /** Session-RPE load of the week (runs and cross-training), AU. */
  load: number;
  /** ACWR at the week's last day (or today), display only: never used to decide (docs/clinical-rules.md R5.6). */
  acwrRolling: number | null;
  acwrEwma: number | null;
  exerciseAdherence: number | null;
  /** Highest and mean peak symptom (docs/clinical-rules.md R1.2) of the week's rated runs. */
  maxPeak: number | null;
  meanPeak: number | null;
  ratedRuns: number;
  /** The weekly decision made at the end of this week, if any. */
  decision: { appliedDecision: string | null; reason: string } | null;
};

/**
 * One line per program week for the therapist's load timeline (docs/clinical-rules.md R5.7): planned vs run minutes and load,
 * ACWR at the week's end (shown with its caveat, never deciding), exercise adherence, symptom scores,
 * and the week's plan decision.
 */
export function loadTimeline(input: {
  summary: Pick<ProgressSummary, "weeks" | "exerciseSessions">;
  runs: readonly { date: string; peak: number | null }[];
  loads: readonly LoadEntry[];
  decisions: readonly { weekIndex: number; appliedDecision: string | null; reason: string }[];
  today: string;
}): TimelineWeek[] {
  return input.summary.weeks.map((w) => {
    const end = addDays(w.startDate, 6);
    const asOf = daysBetween(end, input.today) >= 0 ? end : input.today;
    const within = (d: string) => daysBetween(w.startDate, d) >= 0 && daysBetween(d, end) >= 0;
    const ratio = acwr(input.loads, asOf);
    const peaks = input.runs.filter((r) => within(r.date) && r.peak !== null).map((r) => r.peak!);
    const decision = input.decisions.find((d) => d.weekIndex === w.weekIndex);
    return {
      weekIndex: w.weekIndex, startDate: w.startDate, plannedRunMinutes: w.plannedRunMinutes, runMinutes: w.runMinutes, load: w.load,
      acwrRolling: ratio.rolling, acwrEwma: ratio.ewma,
      exerciseAdherence: adherencePercent(input.summary.exerciseSessions.filter((s) => within(s.date)), asOf).percent,
      maxPeak: peaks.length ? Math.max(...peaks) : null,
      meanPeak: peaks.length ? Math.round((10 * peaks.reduce((a, b) => a + b, 0)) / peaks.length) / 10 : null,
      ratedRuns: peaks.length,
      decision: decision ? { appliedDecision: decision.appliedDecision, reason: decision.reason } : null,
    };
  });
}
