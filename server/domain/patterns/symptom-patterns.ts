import { dayNumberOf } from "../dates";
import { divRoundHalfUp } from "../progression/exact";
import { runSurfaceLabels, runSurfaces, symptomFreeMinutesOf } from "../progression/run-log";

/**
 * Symptom patterns (docs/clinical-rules.md R7): the athlete's classified runs grouped by one factor at a time, with
 * each group's mean peak and AMBER+RED share, and plain-language findings where groups differ enough.
 * Comparisons are exact (sums × counts as integers); displayed figures are rounded once, halves up.
 */

/** The label every pattern carries (docs/clinical-rules.md R7.4). */
export const PATTERN_CAVEAT = "Association in your logs, not proof";
/** A factor is shown only when (docs/clinical-rules.md R7.2) every compared group has at least this many runs. */
export const PATTERN_MIN_GROUP_RUNS = 5;
/** A difference in mean peak worth mentioning (docs/clinical-rules.md R7.3), in tenths of a point (2.0). */
export const PATTERN_MEAN_PEAK_TENTHS = 20;
/** A difference in AMBER+RED share worth mentioning (docs/clinical-rules.md R7.3), in percentage points. */
export const PATTERN_SHARE_POINTS = 30;

export type PatternRun = {
  date: string;
  peak: number | null;
  sessionClass: "RED" | "AMBER" | "INCOMPLETE" | "GREEN";
  runMinutes: number;
  surface: string;
  shoeId: string | null;
  temperatureC: number | null;
};
export type PatternGroup = {
  key: string;
  label: string;
  runs: number;
  /** Mean peak (0–10) of the group's runs that have one, 1 decimal; null when none has. */
  meanPeak: number | null;
  /** AMBER or RED runs ÷ all the group's runs, whole percent. */
  amberRedShare: number;
};
export type PatternFactorKey = "shoe" | "surface" | "temperature" | "duration" | "daysSincePrevious";
export type PatternFactor = { factor: PatternFactorKey; label: string; shown: boolean; groups: PatternGroup[]; findings: string[] };

/** Key of the shoe factor's group of runs logged without a shoe; it is listed but never compared. */
export const NO_SHOE_KEY = "none";

/** How a group is named: its label, and how sentences place it ("in the …", "on road", "below 5 °C"). */
type GroupName = {
  key: string;
  label: string;
  /** Order among the factor's groups. */
  order: number;
  /** Whether the group takes part in the showing rule and the findings. */
  compared: boolean;
  /** Follows "Peak symptoms averaged 5.0/10 …". */
  meanPhrase: string;
  /** Follows "… of 6 runs" / "vs 1 of 7 …". */
  sharePhrase: string;
};

type Grouping = { factor: PatternFactorKey; label: string; nameOf: (run: PatternRun, daysSincePrevious: number | null) => GroupName | null };

const band = (key: string, order: number, label: string, meanPhrase: string, sharePhrase: string): GroupName =>
  ({ key, order, label, compared: true, meanPhrase, sharePhrase });

/** Temperature band (docs/clinical-rules.md R7.1): < 5, 5–15 (both ends included), > 15 °C; null without a temperature. */
export function temperatureBandOf(temperatureC: number | null): "below5" | "5to15" | "above15" | null {
  if (temperatureC === null) return null;
  return temperatureC < 5 ? "below5" : temperatureC <= 15 ? "5to15" : "above15";
}

/** Duration band by run minutes (docs/clinical-rules.md R7.1): < 20, 20–40 (both ends included), > 40. */
export function durationBandOf(runMinutes: number): "under20" | "20to40" | "over40" {
  return runMinutes < 20 ? "under20" : runMinutes <= 40 ? "20to40" : "over40";
}

/** Days-since-previous band (docs/clinical-rules.md R7.1): 1, 2, ≥ 3 days; null for the first run and a second run on the same day. */
export function daysSinceBandOf(days: number | null): "1" | "2" | "3plus" | null {
  if (days === null || days < 1) return null;
  return days === 1 ? "1" : days === 2 ? "2" : "3plus";
}

const temperatureNames = {
  below5: band("below5", 0, "Below 5 °C", "on runs below 5 °C", "below 5 °C"),
  "5to15": band("5to15", 1, "5–15 °C", "on runs at 5–15 °C", "at 5–15 °C"),
  above15: band("above15", 2, "Above 15 °C", "on runs above 15 °C", "above 15 °C"),
} as const;
const durationNames = {
  under20: band("under20", 0, "Under 20 min", "on runs under 20 min", "under 20 min"),
  "20to40": band("20to40", 1, "20–40 min", "on runs of 20–40 min", "of 20–40 min"),
  over40: band("over40", 2, "Over 40 min", "on runs over 40 min", "over 40 min"),
} as const;
const daysSinceNames = {
  "1": band("1", 0, "1 day", "on runs 1 day after the previous run", "with 1 day since the previous run"),
  "2": band("2", 1, "2 days", "on runs 2 days after the previous run", "with 2 days since the previous run"),
  "3plus": band("3plus", 2, "3 or more days", "on runs 3 or more days after the previous run", "with 3 or more days since the previous run"),
} as const;

function surfaceName(surface: string): GroupName {
  const known = (runSurfaces as readonly string[]).indexOf(surface);
  const label = known >= 0 ? runSurfaceLabels[runSurfaces[known]!] : surface;
  const where = `on ${label.toLowerCase()}`;
  // Known surfaces in the order of the run log (docs/clinical-rules.md R1.1), anything else after them (then by key, below).
  return { key: surface, order: known >= 0 ? known : runSurfaces.length, label, compared: true, meanPhrase: where, sharePhrase: where };
}

function shoeName(shoeId: string | null, shoeLabels: Record<string, string>): GroupName {
  // A mix of unrecorded shoes says nothing about any one shoe: listed (so counts add up) but not compared.
  if (shoeId === null) return { key: NO_SHOE_KEY, order: 1, label: "No shoe recorded", compared: false, meanPhrase: "with no shoe recorded", sharePhrase: "with no shoe recorded" };
  const label = shoeLabels[shoeId] ?? "Unlisted shoe";
  return { key: shoeId, order: 0, label, compared: true, meanPhrase: `in the ${label}`, sharePhrase: `in the ${label}` };
}

type Tally = GroupName & { runs: number; rated: number; peakSum: number; amberRed: number };

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byGroupOrder = (a: Tally, b: Tally) => a.order - b.order || compareText(a.label, b.label) || compareText(a.key, b.key);

/** Mean peak of a tally in tenths, halves up (exact: peaks are whole numbers). */
const meanTenths = (t: Tally) => divRoundHalfUp(10 * t.peakSum, t.rated);
const formatTenths = (tenths: number) => `${Math.floor(tenths / 10)}.${tenths % 10}`;
/** AMBER+RED share of a tally in whole percent, halves up. */
const sharePercent = (t: Tally) => divRoundHalfUp(100 * t.amberRed, t.runs);

function tally(runs: readonly PatternRun[], gaps: readonly (number | null)[], nameOf: Grouping["nameOf"]): Tally[] {
  const tallies = new Map<string, Tally>();
  runs.forEach((run, i) => {
    const name = nameOf(run, gaps[i] ?? null);
    if (!name) return;
    const t = tallies.get(name.key) ?? { ...name, runs: 0, rated: 0, peakSum: 0, amberRed: 0 };
    t.runs += 1;
    if (run.peak !== null) {
      t.rated += 1;
      t.peakSum += run.peak;
    }
    if (run.sessionClass === "AMBER" || run.sessionClass === "RED") t.amberRed += 1;
    tallies.set(name.key, t);
  });
  return [...tallies.values()].sort(byGroupOrder);
}

/** Mean-peak finding (docs/clinical-rules.md R7.3) for two compared groups: only when their means differ by ≥ 2.0 (exact), higher first. */
function meanPeakFinding(a: Tally, b: Tally): string | null {
  if (a.rated === 0 || b.rated === 0) return null;
  // a.sum/a.n − b.sum/b.n ≥ 2.0  ⇔  10 × (a.sum × b.n − b.sum × a.n) ≥ 20 × a.n × b.n
  const cross = a.peakSum * b.rated - b.peakSum * a.rated;
  if (10 * Math.abs(cross) < PATTERN_MEAN_PEAK_TENTHS * a.rated * b.rated) return null;
  const [hi, lo] = cross >= 0 ? [a, b] : [b, a];
  const count = (t: Tally) => (t.rated === t.runs ? `${t.runs} runs` : `${t.rated} of ${t.runs} runs rated`);
  return `Peak symptoms averaged ${formatTenths(meanTenths(hi))}/10 ${hi.meanPhrase} (${count(hi)}) vs ${formatTenths(meanTenths(lo))}/10 ${lo.meanPhrase} (${count(lo)}).`;
}

/** Share finding (docs/clinical-rules.md R7.3) for two compared groups: only when AMBER+RED shares differ by ≥ 30 points (exact), higher first. */
function shareFinding(a: Tally, b: Tally): string | null {
  // a.ar/a.n − b.ar/b.n ≥ 0.30  ⇔  100 × (a.ar × b.n − b.ar × a.n) ≥ 30 × a.n × b.n
  const cross = a.amberRed * b.runs - b.amberRed * a.runs;
  if (100 * Math.abs(cross) < PATTERN_SHARE_POINTS * a.runs * b.runs) return null;
  const [hi, lo] = cross >= 0 ? [a, b] : [b, a];
  return `AMBER or RED on ${hi.amberRed} of ${hi.runs} runs ${hi.sharePhrase} (${sharePercent(hi)} %) vs ${lo.amberRed} of ${lo.runs} ${lo.sharePhrase} (${sharePercent(lo)} %).`;
}

function factorOf(grouping: Grouping, runs: readonly PatternRun[], gaps: readonly (number | null)[]): PatternFactor {
  const tallies = tally(runs, gaps, grouping.nameOf);
  const compared = tallies.filter((t) => t.compared);
  const shown = compared.length >= 2 && compared.every((t) => t.runs >= PATTERN_MIN_GROUP_RUNS);
  const findings: string[] = [];
  if (shown) {
    for (let i = 0; i < compared.length; i++) {
      for (let j = i + 1; j < compared.length; j++) {
        const [a, b] = [compared[i]!, compared[j]!];
        for (const finding of [meanPeakFinding(a, b), shareFinding(a, b)]) if (finding) findings.push(finding);
      }
    }
  }
  return {
    factor: grouping.factor,
    label: grouping.label,
    shown,
    groups: tallies.map((t) => ({
      key: t.key,
      label: t.label,
      runs: t.runs,
      meanPeak: t.rated === 0 ? null : meanTenths(t) / 10,
      amberRedShare: sharePercent(t),
    })),
    findings,
  };
}

/**
 * Symptom patterns (docs/clinical-rules.md R7) over the athlete's classified runs, factors in the order shoe, surface, temperature,
 * duration, days since the previous run (groups in band order). Shown only with ≥ 2 compared groups of
 * ≥ 5 runs each; findings (mean peaks ≥ 2.0 apart, or AMBER+RED shares ≥ 30 points apart) only when shown.
 * Left out of a factor: runs without a temperature; the first run and a same-day second run (days since).
 * Runs without a shoe form a "No shoe recorded" group that is listed but never compared.
 */
export function symptomPatterns(runs: readonly PatternRun[], shoeLabels: Record<string, string>): PatternFactor[] {
  // Oldest first; same-date runs keep their input order (the service passes runs oldest first).
  const sorted = runs.map((run, i) => ({ run, i, day: dayNumberOf(run.date) })).sort((a, b) => a.day - b.day || a.i - b.i);
  const ordered = sorted.map((s) => s.run);
  const gaps = sorted.map((s, i) => (i === 0 ? null : s.day - sorted[i - 1]!.day));
  const groupings: Grouping[] = [
    { factor: "shoe", label: "Shoe", nameOf: (r) => shoeName(r.shoeId, shoeLabels) },
    { factor: "surface", label: "Surface", nameOf: (r) => surfaceName(r.surface) },
    { factor: "temperature", label: "Temperature", nameOf: (r) => { const b = temperatureBandOf(r.temperatureC); return b === null ? null : temperatureNames[b]; } },
    { factor: "duration", label: "Run duration", nameOf: (r) => durationNames[durationBandOf(r.runMinutes)] },
    { factor: "daysSincePrevious", label: "Days since the previous run", nameOf: (_r, gap) => { const b = daysSinceBandOf(gap); return b === null ? null : daysSinceNames[b]; } },
  ];
  return groupings.map((g) => factorOf(g, ordered, gaps));
}

/**
 * Symptom-free running minutes (docs/clinical-rules.md R1.6) per run, oldest first (same date: input order): the onset
 * minute, or the whole run when there were no symptoms. Walk-only sessions (0 run minutes) are left out.
 */
export function symptomFreeTrend(runs: readonly { date: string; onsetMinute: number | null; runMinutes: number }[]): { date: string; minutes: number }[] {
  return runs
    .map((run, i) => ({ run, i, day: dayNumberOf(run.date) }))
    .filter(({ run }) => run.runMinutes > 0)
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map(({ run }) => ({ date: run.date, minutes: symptomFreeMinutesOf(run) }));
}
