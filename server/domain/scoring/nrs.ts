import { z } from "zod";
import { incomplete, type InstrumentDefinition, type ScoreResult } from "./types";

/** Important change: ≥ 2 points (Farrar 2001; docs/clinical-rules.md R9.3). */
export const NRS_MCID_POINTS = 2;
/** Important change: ≥ 30 % of the baseline (Farrar 2001; docs/clinical-rules.md R9.3). */
export const NRS_MCID_PERCENT = 30;

/** One 0–10 rating (0 = none, 10 = worst imaginable); null = not answered. */
export const nrsAnswers = z.object({ value: z.number().int().min(0).max(10).nullable() });
export type NrsAnswers = z.infer<typeof nrsAnswers>;

/** NRS score = the rating, 0–10, lower is better. */
export function scoreNrs(answers: NrsAnswers): ScoreResult {
  if (answers.value === null) return incomplete;
  return { score: answers.value, complete: true, interpretation: `${answers.value}/10 (0 = none, 10 = worst imaginable)` };
}

// Tolerance for decimal baselines (e.g. weekly means), so 30 % of 4.3 compares as written.
const EPS = 1e-6;

/**
 * Whether an NRS change is clinically important: |change| ≥ 2 points or ≥ 30 % of a non-zero baseline,
 * in either direction (Farrar 2001, Pain 94:149; docs/clinical-rules.md R9.3).
 */
export function isImportantNrsChange(baseline: number, latest: number): boolean {
  const change = Math.abs(latest - baseline);
  if (change + EPS >= NRS_MCID_POINTS) return true;
  return baseline > 0 && change * 100 + EPS >= NRS_MCID_PERCENT * baseline;
}

export const nrs: InstrumentDefinition<NrsAnswers> = {
  title: "Numeric Rating Scale (NRS 0–10)",
  version: "11-point NRS",
  licenceNote: "Public domain; free to embed.",
  isAddOn: false,
  answersSchema: nrsAnswers,
  score: scoreNrs,
  mcid: NRS_MCID_POINTS,
  higherIsBetter: false,
  range: [0, 10],
};
