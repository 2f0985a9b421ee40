import { z } from "zod";
import { calendarDate, datedOn } from "../../dates";
import { flag, int, num, text } from "./common";

export const SCHEMA_VERSION = 1;

export const shoeUses = ["road", "trail", "race", "walking"] as const;
/** shoe_review_km: default 600, allowed 400–900 (docs/clinical-rules.md R10, 4.3 [D]). */
export const SHOE_REVIEW_KM_DEFAULT = 600;
export const SHOE_REVIEW_KM_RANGE = [400, 900] as const;

/** Creating a shoe record of the athlete (docs/clinical-rules.md 4.2; review distance per 4.3). */
export const shoeInput = z.object({
  brand: z.string().trim().min(1, "Enter the brand").max(80),
  model: z.string().trim().min(1, "Enter the model").max(120),
  purchaseDate: calendarDate.nullish().transform((v) => v ?? null),
  use: z.enum(shoeUses, { message: "Choose what the shoe is used for" }),
  startingKm: z.number().min(0, "Cannot be negative").max(5000).default(0),
  reviewDistanceKm: z
    .number()
    .int("Whole kilometres")
    .min(SHOE_REVIEW_KM_RANGE[0], `At least ${SHOE_REVIEW_KM_RANGE[0]} km`)
    .max(SHOE_REVIEW_KM_RANGE[1], `At most ${SHOE_REVIEW_KM_RANGE[1]} km`)
    .default(SHOE_REVIEW_KM_DEFAULT),
});
export type ShoeInput = z.infer<typeof shoeInput>;

/** A shoe is bought today or earlier. */
export const shoeDatesOn = (today: string) => z.object({ purchaseDate: datedOn("purchase", today).nullish() });

export const lengthFits = ["too-short", "appropriate", "too-long"] as const;
export const toeBoxFits = ["tight", "adequate", "excessive"] as const;
export const lastShapes = ["straight", "semi-curved", "curved"] as const;
export const stiffnessGrades = ["minimal", "moderate", "rigid"] as const;
export const heelCounterTilts = ["neutral", "medial", "lateral"] as const;
export const flexPoints = ["at-mtp", "proximal", "distal"] as const;
export const insoleTypes = ["stock", "aftermarket", "custom-orthosis"] as const;
export const lacingTypes = ["standard", "skipped-eyelet", "loop-lock"] as const;

/** One shoe's review: the items of docs/clinical-rules.md 4.2 (Footwear Assessment Tool domains). */
export const shoeReview = z.object({
  shoeId: z.uuid({ message: "Choose a shoe" }),
  lengthFit: z.enum(lengthFits).nullish(),
  toeBoxWidth: z.enum(toeBoxFits).nullish(),
  /** Depth via the grasp/pinch test. */
  toeBoxDepth: z.enum(toeBoxFits).nullish(),
  lastShape: z.enum(lastShapes).nullish(),
  heelCounterStiffness: z.enum(stiffnessGrades).nullish(),
  heelCounterTilt: z.enum(heelCounterTilts).nullish(),
  midfootSagittalStability: z.enum(stiffnessGrades).nullish(),
  midfootTorsionalStability: z.enum(stiffnessGrades).nullish(),
  flexPoint: z.enum(flexPoints).nullish(),
  stackHeelMm: num(0, 60),
  stackForefootMm: num(0, 60),
  insoleType: z.enum(insoleTypes).nullish(),
  insoleThicknessMm: num(0, 20),
  heelCup: flag,
  lacing: z.enum(lacingTypes).nullish(),
  /** Athlete's rating of lace tightness, 0 = loose, 10 = very tight. */
  lacingTightness: int(0, 10),
  outsoleWornToMidsole: flag,
  /** Medial–lateral heel wear difference, mm. */
  heelWearDifferenceMm: num(0, 30),
  midsoleCreasing: flag,
  upperDamage: flag,
  /** New or different shoe in the last 2 weeks. */
  newInLastTwoWeeks: flag,
  notes: text(),
});
export type ShoeReview = z.infer<typeof shoeReview>;

/** Footwear review (docs/clinical-rules.md 4.2): one review per shoe, each shoe at most once. */
export const footwearReviewSchema = z.object({
  shoes: z
    .array(shoeReview)
    .max(20)
    .refine((xs) => new Set(xs.map((s) => s.shoeId)).size === xs.length, "Each shoe once")
    .nullish(),
  notes: text(4000),
});
export type FootwearReview = z.infer<typeof footwearReviewSchema>;

/** Heel-to-toe drop in mm = heel stack − forefoot stack (docs/clinical-rules.md 4.2); null unless both are recorded. */
export function shoeDropMm(review: Pick<ShoeReview, "stackHeelMm" | "stackForefootMm">): number | null {
  if (review.stackHeelMm == null || review.stackForefootMm == null) return null;
  return Math.round((review.stackHeelMm - review.stackForefootMm) * 10) / 10;
}

/** Heel wear difference above which replacement is suggested, mm (docs/clinical-rules.md 4.2 [C]). */
export const HEEL_WEAR_REPLACE_MM = 4;

/**
 * Replacement signs of docs/clinical-rules.md 4.2 [C] (Asplund & Brown 2005): outsole worn to the midsole, > 4 mm
 * medial–lateral heel wear difference, tilted heel counter, midsole creasing.
 */
export function shoeReplacementSigns(review: ShoeReview): string[] {
  const signs: string[] = [];
  if (review.outsoleWornToMidsole) signs.push("Outsole worn through to the midsole");
  if (review.heelWearDifferenceMm != null && review.heelWearDifferenceMm > HEEL_WEAR_REPLACE_MM)
    signs.push(`Heel wear difference ${review.heelWearDifferenceMm} mm (> ${HEEL_WEAR_REPLACE_MM} mm)`);
  if (review.heelCounterTilt === "medial" || review.heelCounterTilt === "lateral")
    signs.push(`Heel counter tilted ${review.heelCounterTilt}ly`);
  if (review.midsoleCreasing) signs.push("Midsole creasing");
  return signs;
}
