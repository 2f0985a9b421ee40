import type { Side } from "@/server/domain/body-map";
import type {
  flexPoints, heelCounterTilts, insoleTypes, lacingTypes, lastShapes, lengthFits, stiffnessGrades, toeBoxFits,
} from "@/server/domain/assessments/sections/footwear";
import type { footStrikes, gaitMethods, gaitSurfaces, pronationGrades } from "@/server/domain/assessments/sections/gait";
import type { anklePrePositions, differentiationResults } from "@/server/domain/assessments/sections/neurodynamic";
import type {
  aggravatingFactors, diabetesTypes, easingFactors, hba1cUnits, onsetTypes, symptomDescriptors, worstTimes,
} from "@/server/domain/assessments/sections/symptom-history";
import type { reflexGrades, sensoryGrades, testDistributions, testResults } from "@/server/domain/assessments/sections/tarsal-tunnel";

/** Readable labels for the stored enum values of the assessment sections. */
type Labels<T extends readonly string[]> = Record<T[number], string>;

export type Option = { value: string; label: string };

/** Select or checkbox options in the order of the schema's values. */
export function optionsOf<T extends readonly string[]>(values: T, labels: Labels<T>): Option[] {
  return values.map((value) => ({ value, label: labels[value as T[number]] }));
}

export const sideNames: Record<Side, string> = { L: "Left", R: "Right" };
export const footNames: Record<Side, string> = { L: "Left foot", R: "Right foot" };
export const legNames: Record<Side, string> = { L: "Left leg", R: "Right leg" };

export const yesNoLabels: Labels<readonly ["yes", "no"]> = { yes: "Yes", no: "No" };

export const descriptorLabels: Labels<typeof symptomDescriptors> = {
  numbness: "Numbness",
  tingling: "Tingling / pins and needles",
  burning: "Burning",
  "electric-shocks": "Electric shocks",
  "painful-cold": "Painful cold",
  itching: "Itching",
  pain: "Pain",
};
export const onsetLabels: Labels<typeof onsetTypes> = {
  gradual: "Gradual",
  "after-sprain": "After an ankle sprain",
  "after-shoe-change": "After a shoe change",
  other: "Other",
};
export const aggravatingLabels: Labels<typeof aggravatingFactors> = {
  "cold-temperature": "Cold weather",
  heat: "Heat",
  "run-duration": "Longer runs",
  surface: "Surface",
  camber: "Camber",
  hills: "Hills",
  footwear: "Specific footwear or insoles",
  lacing: "Lacing tightness",
  sitting: "Sitting",
  standing: "Standing",
  walking: "Walking",
  night: "Night",
};
export const easingLabels: Labels<typeof easingFactors> = {
  stopping: "Stopping",
  "shoe-removal": "Taking the shoe off",
  unlacing: "Unlacing",
  rubbing: "Rubbing",
  sitting: "Sitting",
  lying: "Lying down",
  warming: "Warming the foot",
  "footwear-change": "Changing footwear",
};
export const worstTimeLabels: Labels<typeof worstTimes> = {
  morning: "Morning",
  day: "During the day",
  night: "Night",
  "no-pattern": "No pattern",
};
export const diabetesLabels: Labels<typeof diabetesTypes> = {
  none: "No diabetes",
  type1: "Type 1",
  type2: "Type 2",
  unknown: "Diabetes, type unknown",
};
export const hba1cUnitLabels: Labels<typeof hba1cUnits> = { percent: "% (DCCT)", "mmol/mol": "mmol/mol (IFCC)" };

export const testResultLabels: Labels<typeof testResults> = {
  positive: "Positive",
  negative: "Negative",
  equivocal: "Equivocal",
  "not-tested": "Not tested",
  contraindicated: "Contraindicated",
};
export const distributionLabels: Labels<typeof testDistributions> = {
  MPN: "MPN: medial sole and toes 1–3",
  LPN: "LPN: lateral sole and toes 4–5",
  MCN: "MCN: medial / plantar heel",
  "proximal-radiation": "Proximal radiation (up the calf)",
  other: "Other",
};
export const sensoryGradeLabels: Labels<typeof sensoryGrades> = {
  normal: "Normal",
  reduced: "Reduced",
  absent: "Absent",
  increased: "Increased (hyperaesthesia / allodynia)",
};
export const reflexGradeLabels: Labels<typeof reflexGrades> = { normal: "Normal", reduced: "Reduced", absent: "Absent" };
export const passFailLabels: Labels<readonly ["pass", "fail"]> = { pass: "Pass", fail: "Fail" };

export const differentiationResultLabels: Labels<typeof differentiationResults> = {
  yes: "Yes, changed the symptoms",
  no: "No change",
  "not-done": "Not done",
};
export const anklePrePositionLabels: Labels<typeof anklePrePositions> = {
  "dorsiflexion-eversion": "Dorsiflexion–eversion (tibial bias)",
  "dorsiflexion-inversion": "Dorsiflexion–inversion (sural bias)",
  "plantarflexion-inversion": "Plantarflexion–inversion (peroneal bias)",
  neutral: "Neutral",
};

export const gaitMethodLabels: Labels<typeof gaitMethods> = {
  "treadmill-video": "Treadmill video",
  "overground-video": "Overground video",
  wearable: "Wearable sensor",
  watch: "Running watch",
  observation: "Observation",
};
export const gaitSurfaceLabels: Labels<typeof gaitSurfaces> = { treadmill: "Treadmill", road: "Road", track: "Track", trail: "Trail" };
export const footStrikeLabels: Labels<typeof footStrikes> = { rearfoot: "Rearfoot", midfoot: "Midfoot", forefoot: "Forefoot" };
export const pronationLabels: Labels<typeof pronationGrades> = { neutral: "Neutral", mild: "Mild", moderate: "Moderate", marked: "Marked" };

export const lengthFitLabels: Labels<typeof lengthFits> = { "too-short": "Too short", appropriate: "Appropriate", "too-long": "Too long" };
export const toeBoxLabels: Labels<typeof toeBoxFits> = { tight: "Tight", adequate: "Adequate", excessive: "Excessive" };
export const lastShapeLabels: Labels<typeof lastShapes> = { straight: "Straight", "semi-curved": "Semi-curved", curved: "Curved" };
export const stiffnessLabels: Labels<typeof stiffnessGrades> = { minimal: "Minimal", moderate: "Moderate", rigid: "Rigid" };
export const heelTiltLabels: Labels<typeof heelCounterTilts> = { neutral: "Neutral", medial: "Medial", lateral: "Lateral" };
export const flexPointLabels: Labels<typeof flexPoints> = { "at-mtp": "At the MTP joints", proximal: "Proximal", distal: "Distal" };
export const insoleLabels: Labels<typeof insoleTypes> = { stock: "Stock", aftermarket: "Aftermarket", "custom-orthosis": "Custom orthosis" };
export const lacingLabels: Labels<typeof lacingTypes> = { standard: "Standard", "skipped-eyelet": "Skipped eyelet", "loop-lock": "Loop lock (heel lock)" };
