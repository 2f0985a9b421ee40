import { dayNumberOf } from "../dates";
import { formatFactor, toHundredths } from "./exact";
import { peakOf, peakSymptomsOf, type RunLog, type SymptomKey } from "./run-log";
import type { ProtocolSettings } from "./settings";

/** Session classes (docs/clinical-rules.md R2), most severe first. */
export const sessionClasses = ["RED", "AMBER", "INCOMPLETE", "GREEN"] as const;
export type SessionClass = (typeof sessionClasses)[number];

/** One finding in short form, for weekly reasons: `{ label: "tingling", value: "4/10" }`. */
export type Evidence = { label: string; value: string };

/**
 * Why a run got its class, as data: one per rule that applied (docs/clinical-rules.md R2), with the values it compared. The
 * clinician's reasons and the athlete's plain words (`server/domain/logs/run-feedback.ts`) are both
 * made from these, so they can never disagree.
 */
export type RunFinding =
  /** RED when `peak` ≥ `limit` (red_min_peak), AMBER when `peak` > `limit` (green_max_peak). */
  | { kind: "peak"; symptoms: SymptomKey[]; peak: number; limit: number }
  | { kind: "worse-next-morning"; nextMorning: number; before: number }
  | { kind: "new-region"; regions: string[] }
  | { kind: "rest-symptoms" }
  | { kind: "motor-sign" }
  | { kind: "slow-to-settle"; minutes: number; limit: number }
  | { kind: "stopped" }
  /** Onset at `minute` ≤ `ratio` × `comparedMinute`, the onset of the comparison run of `comparedDate`. */
  | { kind: "earlier-onset"; minute: number; comparedMinute: number; comparedDate: string; ratio: number }
  | { kind: "not-rated" }
  | { kind: "no-next-morning" }
  | { kind: "settled"; peak: number; limit: number; nextMorning: number; before: number };

export type RunClassification = {
  sessionClass: SessionClass;
  /** The rules of the winning class that applied, in the order of the rules, as data. */
  findings: RunFinding[];
  /** Every rule of the winning class that applied, in the order of the rules, in plain language with its values. */
  reasons: string[];
  /** The same findings in short form, one per reason. */
  evidence: Evidence[];
  /** Logged regions that are not on the athlete's body map (docs/clinical-rules.md R1.3), in logged order. */
  newRegions: string[];
  /** The run whose onset this run is compared with (docs/clinical-rules.md R2.4), or null when there is none. */
  comparisonRun: RunLog | null;
};

export type ClassifyContext = {
  settings: Pick<ProtocolSettings, "greenMaxPeak" | "redMinPeak" | "settleAmberMinutes" | "onsetEarlierRatio">;
  /** Known regions (docs/clinical-rules.md R1.3): the regions, with side, of the latest signed assessment's body map. */
  knownRegions: readonly string[];
  /** The athlete's runs before this one, oldest first (later-dated runs are ignored). */
  earlierRuns: readonly RunLog[];
};

/** Planned run minutes within ±10 % of this run's: |other − planned| ≤ 0.10 × planned, in integers. */
function isSimilarPlannedLength(planned: number, other: number): boolean {
  return 10 * Math.abs(other - planned) <= planned;
}

/**
 * Comparison run (docs/clinical-rules.md R2.4): the most recent earlier run whose planned run minutes are within ±10 % of this
 * run's and whose onset is known and > 0. Later-dated runs are skipped; among runs of the same date the
 * one later in `earlierRuns` counts as more recent. Null for an unplanned run.
 */
export function findComparisonRun(run: Pick<RunLog, "date" | "plannedRunMinutes">, earlierRuns: readonly RunLog[]): RunLog | null {
  const planned = run.plannedRunMinutes;
  if (planned === null) return null;
  const day = dayNumberOf(run.date);
  let best: RunLog | null = null;
  let bestDay = -Infinity;
  for (const r of earlierRuns) {
    if (r === run || r.plannedRunMinutes === null || r.onsetMinute === null || r.onsetMinute <= 0) continue;
    const d = dayNumberOf(r.date);
    if (d > day || !isSimilarPlannedLength(planned, r.plannedRunMinutes)) continue;
    if (d >= bestDay) {
      best = r;
      bestDay = d;
    }
  }
  return best;
}

type Finding = { reason: string; evidence: Evidence; finding: RunFinding };

const peakLabel = (run: RunLog): string => peakSymptomsOf(run).join(" and ");

/**
 * Session class of one run (docs/clinical-rules.md R2). Checked in order, the first class that applies wins
 * (RED > AMBER > INCOMPLETE > GREEN):
 * RED: peak ≥ red_min_peak; next-morning NRS > pre-run NRS (missing pre = 0); a new region; new rest
 * symptoms; a motor sign. AMBER: peak > green_max_peak; settling > settle_amber_minutes; stopped for
 * symptoms; onset ≤ onset_earlier_ratio × the comparison run's onset. INCOMPLETE: no peak or no
 * next-morning answer. GREEN otherwise. Comparisons are exact (ratio in hundredths).
 */
export function classifyRun(run: RunLog, ctx: ClassifyContext): RunClassification {
  const { settings } = ctx;
  const peak = peakOf(run);
  const pre = run.preNrs ?? 0;
  const known = new Set(ctx.knownRegions);
  const newRegions = run.regions.filter((r) => !known.has(r));
  const comparisonRun = findComparisonRun(run, ctx.earlierRuns);

  const red: Finding[] = [];
  if (peak !== null && peak >= settings.redMinPeak)
    red.push({
      reason: `${peakLabel(run)} ${peak}/10 ≥ ${settings.redMinPeak}`,
      evidence: { label: peakLabel(run), value: `${peak}/10` },
      finding: { kind: "peak", symptoms: peakSymptomsOf(run), peak, limit: settings.redMinPeak },
    });
  if (run.nextMorningNrs !== null && run.nextMorningNrs > pre)
    red.push({
      reason: `not settled by next morning: ${run.nextMorningNrs}/10 > ${pre}/10 before the run`,
      evidence: { label: "next morning", value: `${run.nextMorningNrs}/10 (before ${pre}/10)` },
      finding: { kind: "worse-next-morning", nextMorning: run.nextMorningNrs, before: pre },
    });
  if (newRegions.length)
    red.push({
      reason: `new region not on the body map: ${newRegions.join(", ")}`,
      evidence: { label: "new region", value: newRegions.join(", ") },
      finding: { kind: "new-region", regions: newRegions },
    });
  if (run.restSymptoms)
    red.push({ reason: "new symptoms at rest", evidence: { label: "symptoms at rest", value: "" }, finding: { kind: "rest-symptoms" } });
  if (run.motorSign)
    red.push({
      reason: "motor sign (foot slap, tripping or new weakness)",
      evidence: { label: "motor sign", value: "" },
      finding: { kind: "motor-sign" },
    });

  const amber: Finding[] = [];
  if (peak !== null && peak > settings.greenMaxPeak)
    amber.push({
      reason: `${peakLabel(run)} ${peak}/10 > ${settings.greenMaxPeak}`,
      evidence: { label: peakLabel(run), value: `${peak}/10` },
      finding: { kind: "peak", symptoms: peakSymptomsOf(run), peak, limit: settings.greenMaxPeak },
    });
  // Not answered is not "slow": an unknown settling time decides nothing.
  if (run.settleMinutes !== null && run.settleMinutes > settings.settleAmberMinutes)
    amber.push({
      reason: `settled after ${run.settleMinutes} min > ${settings.settleAmberMinutes} min`,
      evidence: { label: "settled after", value: `${run.settleMinutes} min` },
      finding: { kind: "slow-to-settle", minutes: run.settleMinutes, limit: settings.settleAmberMinutes },
    });
  if (run.stoppedForSymptoms)
    amber.push({
      reason: "stopped or walked because of symptoms",
      evidence: { label: "stopped for symptoms", value: "" },
      finding: { kind: "stopped" },
    });
  if (comparisonRun && run.onsetMinute !== null) {
    const ratio = toHundredths(settings.onsetEarlierRatio);
    const compared = comparisonRun.onsetMinute!;
    // onset ≤ ratio × compared, as 100 × onset ≤ ratio(hundredths) × compared: 0.80 × 20 is exactly 16.
    if (100 * run.onsetMinute <= ratio * compared)
      amber.push({
        reason: `earlier onset: minute ${run.onsetMinute} ≤ ${formatFactor(ratio)} × minute ${compared} (run of ${comparisonRun.date})`,
        evidence: { label: "onset", value: `minute ${run.onsetMinute} (was ${compared})` },
        finding: { kind: "earlier-onset", minute: run.onsetMinute, comparedMinute: compared, comparedDate: comparisonRun.date, ratio: settings.onsetEarlierRatio },
      });
  }

  const incomplete: Finding[] = [];
  if (peak === null)
    incomplete.push({ reason: "no symptom rated", evidence: { label: "no symptom rated", value: "" }, finding: { kind: "not-rated" } });
  if (run.nextMorningNrs === null)
    incomplete.push({
      reason: "no next-morning answer yet",
      evidence: { label: "no next-morning answer", value: "" },
      finding: { kind: "no-next-morning" },
    });

  const result = (sessionClass: SessionClass, findings: Finding[]): RunClassification => ({
    sessionClass,
    findings: findings.map((f) => f.finding),
    reasons: findings.map((f) => f.reason),
    evidence: findings.map((f) => f.evidence),
    newRegions,
    comparisonRun,
  });
  if (red.length) return result("RED", red);
  if (amber.length) return result("AMBER", amber);
  if (incomplete.length) return result("INCOMPLETE", incomplete);
  // Not INCOMPLETE: both a peak and a next-morning answer exist.
  const [greenPeak, nextMorning] = [peak!, run.nextMorningNrs!];
  return result("GREEN", [
    {
      reason: `peak ${greenPeak}/10 ≤ ${settings.greenMaxPeak}, settled by next morning (${nextMorning}/10 ≤ ${pre}/10 before the run)`,
      evidence: { label: "peak", value: `${greenPeak}/10` },
      finding: { kind: "settled", peak: greenPeak, limit: settings.greenMaxPeak, nextMorning, before: pre },
    },
  ]);
}
