import { z } from "zod";
import { incomplete, type InstrumentDefinition, type ScoreResult } from "./types";

/** The stem the 20 items complete (Binkley et al. 1999). */
export const LEFS_STEM = "Today, do you or would you have any difficulty at all with:";

/** The 20 items of the published Lower Extremity Functional Scale (Binkley et al., Phys Ther 1999;79:371). */
export const lefsItems = [
  "Any of your usual work, housework, or school activities.",
  "Your usual hobbies, recreational or sporting activities.",
  "Getting into or out of the bath.",
  "Walking between rooms.",
  "Putting on your shoes or socks.",
  "Squatting.",
  "Lifting an object, like a bag of groceries from the floor.",
  "Performing light activities around your home.",
  "Performing heavy activities around your home.",
  "Getting into or out of a car.",
  "Walking 2 blocks.",
  "Walking a mile.",
  "Going up or down 10 stairs (about 1 flight of stairs).",
  "Standing for 1 hour.",
  "Sitting for 1 hour.",
  "Running on even ground.",
  "Running on uneven ground.",
  "Making sharp turns while running fast.",
  "Hopping.",
  "Rolling over in bed.",
] as const;

/** Response options, 0–4. */
export const lefsResponses = [
  { value: 0, label: "Extreme difficulty or unable to perform activity" },
  { value: 1, label: "Quite a bit of difficulty" },
  { value: 2, label: "Moderate difficulty" },
  { value: 3, label: "A little bit of difficulty" },
  { value: 4, label: "No difficulty" },
] as const;

export const LEFS_ITEM_COUNT = 20;
export const LEFS_MAX = 80;
/** MDC = MCID = 9 points (Binkley 1999). */
export const LEFS_MCID = 9;

const lefsAnswer = z.number().int().min(0).max(4);

/** Item answers in item order; null (or a missing trailing item) = unanswered. */
export const lefsAnswers = z.object({
  items: z.array(lefsAnswer.nullable()).max(LEFS_ITEM_COUNT, `The LEFS has ${LEFS_ITEM_COUNT} items`),
});
export type LefsAnswers = z.infer<typeof lefsAnswers>;

/** LEFS total 0–80, higher = better function; all 20 items required, never prorated (docs/clinical-rules.md R9.2). */
export function scoreLefs(answers: LefsAnswers): ScoreResult {
  const items = Array.from({ length: LEFS_ITEM_COUNT }, (_, i) => answers.items[i] ?? null);
  if (items.some((a) => a === null)) return incomplete;
  const score = (items as number[]).reduce((sum, a) => sum + a, 0);
  return { score, complete: true, interpretation: `${score}/${LEFS_MAX}: higher is better function (healthy median 77/80)` };
}

export const lefs: InstrumentDefinition<LefsAnswers> = {
  title: "Lower Extremity Functional Scale (LEFS)",
  version: "Binkley et al. 1999 (20 items)",
  licenceNote:
    "Published form reprinted with permission of the American Physical Therapy Association; written permission from APTA / the publisher is needed before commercial embedding [V].",
  isAddOn: false,
  answersSchema: lefsAnswers,
  score: scoreLefs,
  mcid: LEFS_MCID,
  higherIsBetter: true,
  range: [0, LEFS_MAX],
};
