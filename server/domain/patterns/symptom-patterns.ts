import { daysBetween } from "../progression/dates";
import { symptomFreeMinutesOf } from "../progression/run-log";

/** Said with every pattern (DOMAIN 5.1b, R7). */
export const PATTERN_CAVEAT = "Association in your logs, not proof";
/** R7: a factor is shown only when every compared group has at least this many runs. */
export const MIN_GROUP_RUNS = 5;
/** R7: a difference is mentioned from 2.0 points of mean peak, or 30 percentage points of AMBER+RED share. */
const MEAN_PEAK_DIFFERENCE_TENTHS = 20;
const SHARE_DIFFERENCE_POINTS = 30;

export type PatternRun = {
  date: string;
  peak: number | null;
  sessionClass: "RED" | "AMBER" | "INCOMPLETE" | "GREEN";
  runMinutes: number;
  surface: string;
  shoeId: string | null;
  temperatureC: number | null;
};
export type PatternGroup = { key: string; label: string; runs: number; meanPeak: number | null; amberRedShare: number };
export type PatternFactorKey = "shoe" | "surface" | "temperature" | "duration" | "daysSincePrevious";
export type PatternFactor = { factor: PatternFactorKey; label: string; shown: boolean; groups: PatternGroup[]; findings: string[] };

type Grouping = { factor: PatternFactorKey; label: string; keyOf: (run: PatternRun, previous: PatternRun | null) => { key: string; label: string } | null; phrase: (label: string) => string };

const surfaceNames: Record<string, string> = { road: "road", track: "track", trail: "trail", treadmill: "treadmill", grass: "grass" };

/**
 * R7 symptom patterns: the athlete's runs grouped by shoe, surface, temperature band (< 5, 5–15, > 15 °C),
 * duration band (< 20, 20–40, > 40 min) and days since the previous run (1, 2, ≥ 3). A factor is shown
 * only when it has two or more groups and every group has ≥ 5 runs; a difference between two groups is
 * mentioned only when their mean peaks differ by ≥ 2.0 or their AMBER+RED shares by ≥ 30 points.
 * Runs without the factor's value (no temperature, the first run for days-since) are left out of it;
 * runs without a recorded shoe form their own group.
 */
export function symptomPatterns(runs: readonly PatternRun[], shoeLabels: Record<string, string>): PatternFactor[] {
  const sorted = [...runs].sort((a, b) => daysBetween(b.date, a.date));
  const groupings: Grouping[] = [
    {
      factor: "shoe", label: "Shoe",
      keyOf: (r) => (r.shoeId ? { key: r.shoeId, label: shoeLabels[r.shoeId] ?? "Unnamed shoe" } : { key: "none", label: "No shoe recorded" }),
      phrase: (l) => (l === "No shoe recorded" ? "on runs with no shoe recorded" : `in the ${l}`),
    },
    { factor: "surface", label: "Surface", keyOf: (r) => ({ key: r.surface, label: surfaceNames[r.surface] ?? r.surface }), phrase: (l) => `on ${l}` },
    {
      factor: "temperature", label: "Temperature",
      keyOf: (r) => (r.temperatureC === null ? null : r.temperatureC < 5 ? { key: "cold", label: "below 5 °C" } : r.temperatureC <= 15 ? { key: "mild", label: "5–15 °C" } : { key: "warm", label: "above 15 °C" }),
      phrase: (l) => `at ${l}`,
    },
    {
      factor: "duration", label: "Run length",
      keyOf: (r) => (r.runMinutes < 20 ? { key: "short", label: "under 20 min" } : r.runMinutes <= 40 ? { key: "medium", label: "20–40 min" } : { key: "long", label: "over 40 min" }),
      phrase: (l) => `on runs ${l}`,
    },
    {
      factor: "daysSincePrevious", label: "Days since the previous run",
      keyOf: (r, prev) => {
        if (!prev) return null;
        const gap = daysBetween(prev.date, r.date);
        return gap <= 1 ? { key: "1", label: "1 day" } : gap === 2 ? { key: "2", label: "2 days" } : { key: "3+", label: "3 days or more" };
      },
      phrase: (l) => `with ${l} since the previous run`,
    },
  ];
  return groupings.map((g) => factorOf(g, sorted));
}

type Tally = { key: string; label: string; runs: number; rated: number; peakSum: number; amberRed: number };

function factorOf(g: Grouping, sorted: readonly PatternRun[]): PatternFactor {
  const tallies = new Map<string, Tally>();
  sorted.forEach((run, i) => {
    const k = g.keyOf(run, i > 0 ? sorted[i - 1]! : null);
    if (!k) return;
    const t = tallies.get(k.key) ?? { ...k, runs: 0, rated: 0, peakSum: 0, amberRed: 0 };
    t.runs += 1;
    if (run.peak !== null) {
      t.rated += 1;
      t.peakSum += run.peak;
    }
    if (run.sessionClass === "AMBER" || run.sessionClass === "RED") t.amberRed += 1;
    tallies.set(k.key, t);
  });
  const list = [...tallies.values()].sort((a, b) => b.runs - a.runs || (a.label < b.label ? -1 : 1));
  const shown = list.length >= 2 && list.every((t) => t.runs >= MIN_GROUP_RUNS);
  return {
    factor: g.factor, label: g.label, shown,
    groups: list.map((t) => ({
      key: t.key, label: t.label, runs: t.runs, meanPeak: t.rated ? Math.round((10 * t.peakSum) / t.rated) / 10 : null,
      amberRedShare: Math.round((100 * t.amberRed) / t.runs),
    })),
    findings: shown ? findingsOf(g, list) : [],
  };
}

/** The differences worth mentioning (R7), said with counts. Compared exactly: sums × counts as integers. */
function findingsOf(g: Grouping, list: readonly Tally[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [list[i]!, list[j]!];
      if (a.rated && b.rated) {
        // |a.sum / a.rated − b.sum / b.rated| ≥ 2.0  ⇔  10 × |a.sum × b.rated − b.sum × a.rated| ≥ 20 × a.rated × b.rated
        const diff = Math.abs(a.peakSum * b.rated - b.peakSum * a.rated);
        if (10 * diff >= MEAN_PEAK_DIFFERENCE_TENTHS * a.rated * b.rated) {
          const [hi, lo] = a.peakSum * b.rated >= b.peakSum * a.rated ? [a, b] : [b, a];
          const mean = (t: Tally) => (Math.round((10 * t.peakSum) / t.rated) / 10).toFixed(1);
          out.push(`Peak symptoms averaged ${mean(hi)}/10 ${g.phrase(hi.label)} (${hi.rated} runs) vs ${mean(lo)}/10 ${g.phrase(lo.label)} (${lo.rated} runs).`);
        }
      }
      // |a.amberRed / a.runs − b.amberRed / b.runs| ≥ 30 %  ⇔  100 × |a.ar × b.runs − b.ar × a.runs| ≥ 30 × a.runs × b.runs
      if (100 * Math.abs(a.amberRed * b.runs - b.amberRed * a.runs) >= SHARE_DIFFERENCE_POINTS * a.runs * b.runs) {
        const [hi, lo] = a.amberRed * b.runs >= b.amberRed * a.runs ? [a, b] : [b, a];
        const pct = (t: Tally) => Math.round((100 * t.amberRed) / t.runs);
        out.push(`AMBER or RED on ${hi.amberRed} of ${hi.runs} runs ${g.phrase(hi.label)} (${pct(hi)} %) vs ${lo.amberRed} of ${lo.runs} ${g.phrase(lo.label)} (${pct(lo)} %).`);
      }
    }
  }
  return out;
}

/** DOMAIN 5.1b symptom-free running minutes per run, oldest first: the onset minute, or the whole run without symptoms. */
export function symptomFreeTrend(runs: readonly { date: string; onsetMinute: number | null; runMinutes: number }[]): { date: string; minutes: number }[] {
  return [...runs].sort((a, b) => daysBetween(b.date, a.date)).map((r) => ({ date: r.date, minutes: symptomFreeMinutesOf(r) }));
}
