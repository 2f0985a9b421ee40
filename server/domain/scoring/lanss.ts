import { z } from "zod";
import { incomplete, type InstrumentDefinition, type ScoreResult } from "./types";

/**
 * LANSS items and the weight of a "yes" (Bennett, Pain 2001;92:147): 5 symptom items + 2 bedside signs,
 * total 0–24. Short labels in our words; the licensed form supplies the exact wording.
 */
export const lanssItems = [
  { key: "strangeSensations", part: "symptoms", weight: 5, label: "Strange, unpleasant sensations (pricking, tingling, pins and needles)" },
  { key: "skinLooksDifferent", part: "symptoms", weight: 5, label: "Skin in the painful area looks different (mottled, red)" },
  { key: "touchSensitivity", part: "symptoms", weight: 3, label: "Skin abnormally sensitive to touch (light stroking, tight clothes)" },
  { key: "suddenBursts", part: "symptoms", weight: 2, label: "Sudden bursts of pain at rest (electric shocks, jumping)" },
  { key: "temperatureChange", part: "symptoms", weight: 1, label: "Skin temperature feels abnormal (hot, burning)" },
  { key: "allodynia", part: "signs", weight: 5, label: "Allodynia to cotton wool in the painful area only" },
  { key: "alteredPinprickThreshold", part: "signs", weight: 3, label: "Altered pinprick threshold in the painful area" },
] as const;
export type LanssItemKey = (typeof lanssItems)[number]["key"];

/** ≥ 12/24 = likely neuropathic. */
export const LANSS_CUTOFF = 12;
export const LANSS_MAX = 24;

const answerShape = Object.fromEntries(lanssItems.map((i) => [i.key, z.boolean().nullable()])) as Record<
  LanssItemKey,
  z.ZodNullable<z.ZodBoolean>
>;
/** yes = true, no = false, unanswered = null. */
export const lanssAnswers = z.object(answerShape).partial();
export type LanssAnswers = z.infer<typeof lanssAnswers>;

/** LANSS = sum of the weights of "yes" items, 0–24; all 7 required; ≥ 12 likely neuropathic (screening only). */
export function scoreLanss(answers: LanssAnswers): ScoreResult {
  const values = lanssItems.map((i) => answers[i.key] ?? null);
  if (values.some((v) => v === null)) return incomplete;
  const score = lanssItems.reduce((sum, item, i) => sum + (values[i] ? item.weight : 0), 0);
  const interpretation =
    score >= LANSS_CUTOFF
      ? `${score}/${LANSS_MAX}: at or above ${LANSS_CUTOFF}, neuropathic mechanisms likely (screening, not a diagnosis)`
      : `${score}/${LANSS_MAX}: below ${LANSS_CUTOFF}, neuropathic mechanisms unlikely (screening tools miss 10–20 %)`;
  return { score, complete: true, interpretation };
}

export const lanss: InstrumentDefinition<LanssAnswers> = {
  title: "LANSS Pain Scale",
  version: "Bennett 2001 (5 symptom items + 2 signs)",
  licenceNote: "Published in Pain 2001; no open licence located: seek permission from the rights holder before commercial embedding [V].",
  isAddOn: true,
  answersSchema: lanssAnswers,
  score: scoreLanss,
  mcid: null,
  higherIsBetter: false,
  range: [0, LANSS_MAX],
};
