import type { NeurodynamicTest } from "./sections/neurodynamic";
import type { ProvocationTest } from "./sections/tarsal-tunnel";

export type ProtectiveSensation = "present" | "absent";

/**
 * 10 g monofilament at one site (IWGDF; docs/clinical-rules.md 1.3): 3 questions per site; "present" when ≥ 2 correct,
 * "absent" when ≥ 2 wrong (≤ 1 correct). Throws RangeError outside 0–3.
 */
export function monofilamentSensation(correctCount: number): ProtectiveSensation {
  if (!Number.isInteger(correctCount) || correctCount < 0 || correctCount > 3)
    throw new RangeError(`Monofilament correct count must be 0–3, got ${correctCount}`);
  return correctCount >= 2 ? "present" : "absent";
}

/** A tarsal tunnel provocation test counts as positive only when it reproduces the familiar symptoms (docs/clinical-rules.md 1.2 [C]). */
export function isProvocationPositive(test: Pick<ProvocationTest, "result" | "familiarSymptomReproduced"> | null | undefined): boolean {
  return test?.result === "positive" && test.familiarSymptomReproduced === true;
}

/**
 * Neurodynamic test positive (docs/clinical-rules.md 2.2; Nee 2012 [C/V]): familiar symptoms reproduced AND structural
 * differentiation changes them. A negative test never excludes nerve involvement.
 */
export function isNeurodynamicPositive(test: NeurodynamicTest | null | undefined): boolean {
  return test?.familiarSymptomReproduced === true && test.structuralDifferentiation === "yes";
}

/** neuro_asymmetry_flag_degrees: default 10°, clinic-editable 8–15° (docs/clinical-rules.md R10). */
export const NEURO_ASYMMETRY_DEFAULT_DEG = 10;
export const NEURO_ASYMMETRY_RANGE_DEG = [8, 15] as const;

/**
 * Side-to-side difference of a neurodynamic angle, degrees (shown to 0.1°): flagged when the difference is
 * greater than the threshold (docs/clinical-rules.md 2.2 [D]: ≈ mean + 2 SD of healthy SLR asymmetry; R10 default 10°).
 */
export function neuroAsymmetry(
  leftDeg: number,
  rightDeg: number,
  thresholdDeg: number = NEURO_ASYMMETRY_DEFAULT_DEG,
): { differenceDeg: number; flagged: boolean } {
  const raw = Math.abs(leftDeg - rightDeg);
  // Compare the raw difference with a tolerance so 45.1 − 35 is not 10.100000000000001 by accident either way.
  return { differenceDeg: Math.round(raw * 10) / 10, flagged: raw - thresholdDeg > 1e-9 };
}

export type HeelRaiseSex = "female" | "male";

/** Single-leg heel-raise norms by age band (Hébert-Losier 2017, Physiotherapy 103:446; docs/clinical-rules.md 5.3 [V]). */
export const heelRaiseNorms: readonly { minAge: number; maxAge: number; male: number; female: number }[] = [
  { minAge: 20, maxAge: 29, male: 37, female: 30 },
  { minAge: 30, maxAge: 39, male: 32, female: 27 },
  { minAge: 40, maxAge: 49, male: 28, female: 24 },
  { minAge: 50, maxAge: 59, male: 23, female: 21 },
  { minAge: 60, maxAge: 69, male: 19, female: 19 },
];

/**
 * Expected single-leg heel-raise repetitions for age (whole years) and sex (docs/clinical-rules.md 5.3 [V]); null outside
 * 20–69 years or when the sex has no published norm (intersex, undisclosed).
 */
export function heelRaiseNorm(age: number, sex: string): number | null {
  if (sex !== "female" && sex !== "male") return null;
  const band = heelRaiseNorms.find((b) => age >= b.minAge && age <= b.maxAge);
  return band ? band[sex] : null;
}

/** Heel-raise side difference as % of the better side (0 when both are 0), to 0.1 %. */
export function heelRaiseSideDifferencePct(left: number, right: number): number {
  const best = Math.max(left, right);
  if (best <= 0) return 0;
  return Math.round((Math.abs(left - right) / best) * 1000) / 10;
}

/** Heel-raise side difference greater than 10 % of the better side (docs/clinical-rules.md 5.3 [C]). */
export function heelRaiseSideDifferenceFlag(left: number, right: number): boolean {
  const best = Math.max(left, right);
  // Integer-safe form of |l − r| / best > 10 %.
  return best > 0 && Math.abs(left - right) * 10 > best;
}
