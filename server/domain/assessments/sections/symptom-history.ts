import { z } from "zod";
import { bodyRegion } from "../../body-map";
import { flag, int, multi, nrs, num, text, yesNo } from "./common";

export const SCHEMA_VERSION = 1;

export const symptomKinds = ["numbness", "tingling", "burning", "pain"] as const;
export type SymptomKind = (typeof symptomKinds)[number];
export const symptomTimings = ["duringRun", "afterRun", "atRest"] as const;
export type SymptomTiming = (typeof symptomTimings)[number];

export const symptomKindLabels: Record<SymptomKind, string> = {
  numbness: "Numbness",
  tingling: "Tingling",
  burning: "Burning",
  pain: "Pain",
};
export const symptomTimingLabels: Record<SymptomTiming, string> = {
  duringRun: "during the run",
  afterRun: "after the run",
  atRest: "at rest",
};

/** Symptom descriptors (docs/clinical-rules.md 1.1); they mirror the DN4 items. */
export const symptomDescriptors = [
  "numbness", "tingling", "burning", "electric-shocks", "painful-cold", "itching", "pain",
] as const;
export const onsetTypes = ["gradual", "after-sprain", "after-shoe-change", "other"] as const;
export const aggravatingFactors = [
  "cold-temperature", "heat", "run-duration", "surface", "camber", "hills", "footwear", "lacing",
  "sitting", "standing", "walking", "night",
] as const;
export const easingFactors = [
  "stopping", "shoe-removal", "unlacing", "rubbing", "sitting", "lying", "warming", "footwear-change",
] as const;
export const worstTimes = ["morning", "day", "night", "no-pattern"] as const;
export const diabetesTypes = ["none", "type1", "type2", "unknown"] as const;
export const hba1cUnits = ["percent", "mmol/mol"] as const;

const nrsByTiming = z.object({ duringRun: nrs, afterRun: nrs, atRest: nrs }).nullish();

/** HbA1c if known: DCCT % (3–20) or IFCC mmol/mol (9–195). */
const hba1c = z
  .object({ value: z.number().positive(), unit: z.enum(hba1cUnits) })
  .refine(
    (h) => (h.unit === "percent" ? h.value >= 3 && h.value <= 20 : h.value >= 9 && h.value <= 195),
    { message: "HbA1c out of range for its unit (3–20 % or 9–195 mmol/mol)", path: ["value"] },
  )
  .nullish();

/** Symptom history (docs/clinical-rules.md 1.1): symptom NRS by timing, body map, run behaviour, 24-hour pattern, medical screen. */
export const symptomHistorySchema = z.object({
  /** NRS 0–10 for each symptom during the run, after the run and at rest. */
  nrs: z
    .object({ numbness: nrsByTiming, tingling: nrsByTiming, burning: nrsByTiming, pain: nrsByTiming })
    .nullish(),
  /** Body map: region codes of docs/clinical-rules.md 0.2 with side (`MPN-R`; `STOCK`, `SADDLE` unsided). */
  regions: z
    .array(bodyRegion)
    .refine((xs) => new Set(xs).size === xs.length, "Each region once")
    .nullish(),
  descriptors: multi(symptomDescriptors),
  onset: z.enum(onsetTypes).nullish(),
  durationWeeks: int(0, 1040),
  /** Minute into a run when symptoms start. */
  onsetMinuteIntoRun: int(0, 600),
  worseTowardEndOfRun: flag,
  /** Minutes after stopping until symptoms are back to the pre-run level. */
  settleMinutesAfterRun: int(0, 2880),
  aggravatingFactors: multi(aggravatingFactors),
  aggravatingNotes: text(),
  easingFactors: multi(easingFactors),
  easingNotes: text(),
  behaviour24h: z
    .object({ worstTime: z.enum(worstTimes).nullish(), nightSymptoms: flag, notes: text() })
    .nullish(),
  history: z
    .object({
      diabetes: z.enum(diabetesTypes).nullish(),
      hba1c,
      backPain: yesNo.nullish(),
      backPainNotes: text(),
      previousInjury: yesNo.nullish(),
      previousInjuryNotes: text(),
      thyroid: yesNo.nullish(),
      b12OrVegetarianDiet: yesNo.nullish(),
      alcohol: yesNo.nullish(),
      alcoholUnitsPerWeek: num(0, 300),
      chemotherapy: yesNo.nullish(),
      kidneyDisease: yesNo.nullish(),
      smoking: yesNo.nullish(),
      vascularHistory: yesNo.nullish(),
      pregnancy: yesNo.nullish(),
      otherNotes: text(),
    })
    .nullish(),
  medications: text(),
  notes: text(4000),
});
export type SymptomHistory = z.infer<typeof symptomHistorySchema>;
