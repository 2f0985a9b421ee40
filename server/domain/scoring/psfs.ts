import { z } from "zod";
import { incomplete, type InstrumentDefinition, type ScoreResult } from "./types";

export const PSFS_MIN_ACTIVITIES = 3;
export const PSFS_MAX_ACTIVITIES = 5;
/** MDC (90 %) 2 points for the average (Stratford 1995; docs/clinical-rules.md R9.1). */
export const PSFS_MCID = 2;
/** MDC (90 %) for a single activity, points. */
export const PSFS_SINGLE_ACTIVITY_MDC = 3;

/** Activities the athlete names, each rated 0 (unable) to 10 (pre-injury level); null = not yet rated. */
export const psfsAnswers = z.object({
  activities: z
    .array(
      z.object({
        activity: z.string().trim().min(1, "Name the activity").max(200),
        rating: z.number().int().min(0).max(10).nullable(),
      }),
    )
    .min(PSFS_MIN_ACTIVITIES, `Name at least ${PSFS_MIN_ACTIVITIES} activities`)
    .max(PSFS_MAX_ACTIVITIES, `Name at most ${PSFS_MAX_ACTIVITIES} activities`),
});
export type PsfsAnswers = z.infer<typeof psfsAnswers>;

/** PSFS = mean of 3–5 activity ratings (0–10), to one decimal, halves up; incomplete if fewer than 3 rated or any unrated. */
export function scorePsfs(answers: PsfsAnswers): ScoreResult {
  const ratings = answers.activities.map((a) => a.rating);
  if (ratings.length < PSFS_MIN_ACTIVITIES || ratings.length > PSFS_MAX_ACTIVITIES) return incomplete;
  if (ratings.some((r) => r === null)) return incomplete;
  const sum = (ratings as number[]).reduce((s, r) => s + r, 0);
  // Integer ratings: sum × 10 / n is exact or far from .5 for n ≤ 5, so one rounding is enough.
  const score = Math.round((sum * 10) / ratings.length) / 10;
  return { score, complete: true, interpretation: `Mean ${score.toFixed(1)}/10 over ${ratings.length} activities: higher is better` };
}

export const psfs: InstrumentDefinition<PsfsAnswers> = {
  title: "Patient-Specific Functional Scale (PSFS)",
  version: "Stratford et al. 1995 (3–5 activities, 0–10)",
  licenceNote: "Form reproduced with permission of the authors; free for clinical use; activities stored as free text [V].",
  isAddOn: false,
  answersSchema: psfsAnswers,
  score: scorePsfs,
  mcid: PSFS_MCID,
  higherIsBetter: true,
  range: [0, 10],
};
