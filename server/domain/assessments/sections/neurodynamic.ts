import { z } from "zod";
import { flag, int, perSide, text, yesNo } from "./common";

export const SCHEMA_VERSION = 1;

export const differentiationManoeuvres = ["neck-release", "hip-flexion-release", "ankle-release", "other"] as const;
export const differentiationManoeuvreLabels: Record<(typeof differentiationManoeuvres)[number], string> = {
  "neck-release": "Neck flexion release",
  "hip-flexion-release": "Hip flexion release",
  "ankle-release": "Ankle release",
  other: "Other",
};
/** Structural differentiation changed the symptoms: yes / no / not done (docs/clinical-rules.md 2.2). */
export const differentiationResults = ["yes", "no", "not-done"] as const;
export const anklePrePositions = ["dorsiflexion-eversion", "dorsiflexion-inversion", "plantarflexion-inversion", "neutral"] as const;

/** The components of a neurodynamic test (docs/clinical-rules.md 2.2), stored separately; "positive" is derived (findings.isNeurodynamicPositive). */
const neuroComponents = {
  familiarSymptomReproduced: flag,
  structuralDifferentiation: z.enum(differentiationResults).nullish(),
  differentiationManoeuvre: z.enum(differentiationManoeuvres).nullish(),
  symptomLocation: text(500),
  symptomQuality: text(500),
  notes: text(),
};

/** SLR with ankle pre-position (tibial neurodynamic test, DF/EV bias by default). */
export const slrSide = z
  .object({
    ...neuroComponents,
    /** Always record the ankle pre-position: DF lowers the onset angle by ≈5–10° (docs/clinical-rules.md 2.1). */
    anklePrePosition: z.enum(anklePrePositions).nullish(),
    /** Hip flexion at first symptom (P1), degrees. */
    hipFlexionDegAtP1: int(0, 130),
    /** Hip flexion at maximum tolerated (P2), degrees. */
    hipFlexionDegAtP2: int(0, 130),
  })
  .refine((t) => t.hipFlexionDegAtP1 == null || t.hipFlexionDegAtP2 == null || t.hipFlexionDegAtP2 >= t.hipFlexionDegAtP1, {
    message: "P2 cannot be below P1",
    path: ["hipFlexionDegAtP2"],
  });
export type SlrSide = z.infer<typeof slrSide>;

/** Slump test. */
export const slumpSide = z.object({
  ...neuroComponents,
  /** Knee extension reached at symptom onset, degrees from the 90° sitting start (0–90, 90 = fully straight). */
  kneeExtensionDeg: int(0, 90),
  /** Ankle dorsiflexion added in the slump position. */
  ankleDorsiflexionAdded: yesNo.nullish(),
});
export type SlumpSide = z.infer<typeof slumpSide>;

/** Neurodynamic tests per side (docs/clinical-rules.md 2.1–2.2): SLR with DF/EV bias and slump. */
export const neurodynamicSchema = z.object({
  slr: perSide(slrSide),
  slump: perSide(slumpSide),
  notes: text(4000),
});
export type Neurodynamic = z.infer<typeof neurodynamicSchema>;
export type NeurodynamicTest = Pick<SlrSide, "familiarSymptomReproduced" | "structuralDifferentiation">;
