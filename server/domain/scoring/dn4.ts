import { z } from "zod";
import { incomplete, type InstrumentDefinition, type ScoreResult } from "./types";

/**
 * DN4 items (Bouhassira et al., Pain 2005;114:29): 7 interview + 3 examination, yes = 1. Short labels in
 * our words; the licensed form supplies the exact wording.
 */
export const dn4Items = [
  { key: "burning", part: "interview", label: "Burning" },
  { key: "painfulCold", part: "interview", label: "Painful cold" },
  { key: "electricShocks", part: "interview", label: "Electric shocks" },
  { key: "tingling", part: "interview", label: "Tingling" },
  { key: "pinsAndNeedles", part: "interview", label: "Pins and needles" },
  { key: "numbness", part: "interview", label: "Numbness" },
  { key: "itching", part: "interview", label: "Itching" },
  { key: "hypoaesthesiaTouch", part: "examination", label: "Hypoaesthesia to touch" },
  { key: "hypoaesthesiaPinprick", part: "examination", label: "Hypoaesthesia to pinprick" },
  { key: "brushingPain", part: "examination", label: "Pain caused or increased by brushing" },
] as const;
export type Dn4ItemKey = (typeof dn4Items)[number]["key"];

/** ≥ 4/10 suggests neuropathic pain. */
export const DN4_CUTOFF = 4;

const answerShape = Object.fromEntries(dn4Items.map((i) => [i.key, z.boolean().nullable()])) as Record<
  Dn4ItemKey,
  z.ZodNullable<z.ZodBoolean>
>;
/** yes = true, no = false, unanswered = null. */
export const dn4Answers = z.object(answerShape).partial();
export type Dn4Answers = z.infer<typeof dn4Answers>;

/** DN4 = number of yes answers, 0–10; all 10 required; ≥ 4 suggests neuropathic pain (screening only). */
export function scoreDn4(answers: Dn4Answers): ScoreResult {
  const values = dn4Items.map((i) => answers[i.key] ?? null);
  if (values.some((v) => v === null)) return incomplete;
  const score = values.filter((v) => v === true).length;
  const interpretation =
    score >= DN4_CUTOFF
      ? `${score}/10: at or above the cut-off of ${DN4_CUTOFF}, suggests a neuropathic component (screening, not a diagnosis)`
      : `${score}/10: below the cut-off of ${DN4_CUTOFF} (screening tools miss 10–20 % of neuropathic pain)`;
  return { score, complete: true, interpretation };
}

export const dn4: InstrumentDefinition<Dn4Answers> = {
  title: "DN4 (Douleur Neuropathique 4)",
  version: "Bouhassira et al. 2005 (10 items)",
  licenceNote:
    "© Bouhassira, distributed by Mapi Research Trust: fees may apply to healthcare organisations, commercial users and IT companies; a licence is required before embedding.",
  isAddOn: true,
  answersSchema: dn4Answers,
  score: scoreDn4,
  mcid: null,
  higherIsBetter: false,
  range: [0, 10],
};
