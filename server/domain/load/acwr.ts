import { addDays, daysBetween } from "../dates";
import { divRoundHalfUp } from "../progression/exact";
import { dailyLoads, roundTo2, type LoadEntry } from "./session-load";

/** The label shown wherever ACWR is shown (docs/clinical-rules.md R5.6). */
export const ACWR_CAVEAT = "Experimental, not a validated injury predictor";

/** Days of logs needed before ACWR is shown (docs/clinical-rules.md R5.6). */
export const ACWR_MIN_DAYS = 28;

/** Williams 2017 EWMA of a daily load series (AU) with span N days (λ = 2 ÷ (N + 1)), seeded at 0 before the first day. */
export function ewma(loads: readonly number[], span: number): number {
  const lambda = 2 / (span + 1);
  return loads.reduce((prev, load) => lambda * load + (1 - lambda) * prev, 0);
}

export type Acwr = {
  available: boolean;
  /** Load (AU) of the 7 days ending today. */
  acute7: number;
  /** Load (AU) of the 28 days ending today, ÷ 4. */
  chronicWeeklyAvg: number;
  rolling: number | null;
  ewmaAcute: number | null;
  ewmaChronic: number | null;
  ewma: number | null;
};

/**
 * ACWR (docs/clinical-rules.md R5.6), display only (never gates a decision): rolling = 7-day load ÷ (28-day load ÷ 4);
 * EWMA (Williams 2017, λ = 2/8 acute, 2/29 chronic) run daily from the first log date to today, seeded
 * at 0 on the day before the first log, days without logs counting as load 0. Available only with
 * ≥ 28 days of logs (first log ≤ today − 27); ratios and EWMAs are null otherwise, ratios also when
 * the denominator is 0; all rounded to 2 decimals. Logs dated after today are ignored.
 */
export function acwr(entries: readonly LoadEntry[], today: string): Acwr {
  const past = entries.filter((e) => daysBetween(e.date, today) >= 0);
  const sumFrom = (from: string) => dailyLoads(past, from, today).reduce((s, d) => s + d.load, 0);
  const acute7 = sumFrom(addDays(today, -6));
  const chronic28 = sumFrom(addDays(today, -(ACWR_MIN_DAYS - 1)));
  const chronicWeeklyAvg = chronic28 / 4;
  const first = past.reduce<string | null>((min, e) => (min === null || daysBetween(e.date, min) > 0 ? e.date : min), null);
  const available = first !== null && daysBetween(first, today) >= ACWR_MIN_DAYS - 1;
  if (!available) return { available, acute7, chronicWeeklyAvg, rolling: null, ewmaAcute: null, ewmaChronic: null, ewma: null };

  const series = dailyLoads(past, first, today).map((d) => d.load);
  const acute = ewma(series, 7);
  const chronic = ewma(series, 28);
  return {
    available,
    acute7,
    chronicWeeklyAvg,
    // acute7 ÷ (chronic28 ÷ 4) in hundredths = 400 × acute7 ÷ chronic28, exact for whole loads.
    rolling: chronic28 === 0 ? null : divRoundHalfUp(400 * acute7, chronic28) / 100,
    ewmaAcute: roundTo2(acute),
    ewmaChronic: roundTo2(chronic),
    ewma: chronic === 0 ? null : roundTo2(acute / chronic),
  };
}
