import { z } from "zod";
import { incomplete, type InstrumentDefinition, type ScoreResult } from "./types";

/** The 7 symptom items, each 0 (never) – 5 (very strongly). Short labels in our words. */
export const painDetectItems = [
  { key: "burning", label: "Burning sensation" },
  { key: "tingling", label: "Tingling or prickling" },
  { key: "lightTouch", label: "Light touch (clothing, blanket) is painful" },
  { key: "suddenAttacks", label: "Sudden pain attacks, like electric shocks" },
  { key: "coldOrHeat", label: "Cold or heat is painful" },
  { key: "numbness", label: "Numbness" },
  { key: "slightPressure", label: "Slight pressure triggers pain" },
] as const;
export type PainDetectItemKey = (typeof painDetectItems)[number]["key"];

export const painDetectResponses = ["never", "hardly noticed", "slightly", "moderately", "strongly", "very strongly"] as const;

/**
 * Pain course patterns and their points (Freynhagen 2006 form; docs/clinical-rules.md R9.1): −1 to +1, the published
 * maximum, which the total range of −1 to 38 (= 7 × 5 + 2 + 1) needs.
 */
export const painDetectCoursePatterns = [
  { key: "persistent-slight-fluctuations", points: 0, label: "Persistent pain with slight fluctuations" },
  { key: "persistent-with-attacks", points: -1, label: "Persistent pain with pain attacks" },
  { key: "attacks-without-pain-between", points: 1, label: "Pain attacks without pain between them" },
  { key: "attacks-with-pain-between", points: 1, label: "Pain attacks with pain between them" },
] as const;
export type PainDetectCoursePattern = (typeof painDetectCoursePatterns)[number]["key"];
const coursePatternKeys = painDetectCoursePatterns.map((p) => p.key) as [PainDetectCoursePattern, ...PainDetectCoursePattern[]];

/** Radiating pain: yes = 2 points. */
export const PAINDETECT_RADIATION_POINTS = 2;
/** ≤ 12 neuropathic component unlikely (< 15 %). */
export const PAINDETECT_UNLIKELY_MAX = 12;
/** ≥ 19 neuropathic component likely (> 90 %). */
export const PAINDETECT_LIKELY_MIN = 19;

const itemShape = Object.fromEntries(
  painDetectItems.map((i) => [i.key, z.number().int().min(0).max(5).nullable()]),
) as Record<PainDetectItemKey, z.ZodNullable<z.ZodNumber>>;

/** Item answers; null = unanswered. */
export const painDetectAnswers = z
  .object({
    ...itemShape,
    coursePattern: z.enum(coursePatternKeys).nullable(),
    radiation: z.boolean().nullable(),
  })
  .partial();
export type PainDetectAnswers = z.infer<typeof painDetectAnswers>;

export type PainDetectBand = "unlikely" | "uncertain" | "likely";

/** painDETECT band: ≤ 12 unlikely, 13–18 uncertain, ≥ 19 likely (Freynhagen 2006; docs/clinical-rules.md R9.1). */
export function painDetectBand(score: number): PainDetectBand {
  if (score <= PAINDETECT_UNLIKELY_MAX) return "unlikely";
  if (score >= PAINDETECT_LIKELY_MIN) return "likely";
  return "uncertain";
}

const bandText: Record<PainDetectBand, string> = {
  unlikely: "a neuropathic component is unlikely (< 15 %)",
  uncertain: "result uncertain; a neuropathic component may be present (examine further)",
  likely: "a neuropathic component is likely (> 90 %)",
};

/** painDETECT = 7 items (0–5) + course pattern (−1..+1) + radiation (0/2), total −1..38; all 9 required (screening only). */
export function scorePainDetect(answers: PainDetectAnswers): ScoreResult {
  const items = painDetectItems.map((i) => answers[i.key] ?? null);
  const course = painDetectCoursePatterns.find((p) => p.key === answers.coursePattern);
  if (items.some((v) => v === null) || !course || answers.radiation == null) return incomplete;
  const score =
    (items as number[]).reduce((s, v) => s + v, 0) + course.points + (answers.radiation ? PAINDETECT_RADIATION_POINTS : 0);
  return { score, complete: true, interpretation: `${score} (−1 to 38): ${bandText[painDetectBand(score)]} (screening, not a diagnosis)` };
}

export const painDetect: InstrumentDefinition<PainDetectAnswers> = {
  title: "painDETECT",
  version: "Freynhagen et al. 2006 (7 items + course pattern + radiation)",
  licenceNote:
    "Proprietary (German Research Network on Neuropathic Pain with Pfizer Pharma GmbH support): do not embed without a written licence from the rights holder [V].",
  isAddOn: true,
  answersSchema: painDetectAnswers,
  score: scorePainDetect,
  mcid: null,
  higherIsBetter: false,
  range: [-1, 38],
};
