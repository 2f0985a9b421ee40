// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  heelRaiseNorm, heelRaiseSideDifferenceFlag, heelRaiseSideDifferencePct, isNeurodynamicPositive, isProvocationPositive,
  monofilamentSensation, NEURO_ASYMMETRY_DEFAULT_DEG, NEURO_ASYMMETRY_RANGE_DEG, neuroAsymmetry,
} from "@/server/domain/assessments/findings";
import type { NeurodynamicTest } from "@/server/domain/assessments/sections/neurodynamic";
import type { ProvocationTest } from "@/server/domain/assessments/sections/tarsal-tunnel";

describe("monofilamentSensation (IWGDF, 1.3)", () => {
  it.each<[number, "present" | "absent"]>([[0, "absent"], [1, "absent"], [2, "present"], [3, "present"]])(
    "%s of 3 correct → %s",
    (count, sensation) => {
      expect(monofilamentSensation(count)).toBe(sensation);
    },
  );

  it.each([-1, 4, 1.5, Number.NaN])("refuses %s", (count) => {
    expect(() => monofilamentSensation(count)).toThrow(RangeError);
  });
});

describe("isProvocationPositive (1.2)", () => {
  it.each<[string, Pick<ProvocationTest, "result" | "familiarSymptomReproduced"> | null, boolean]>([
    ["positive, familiar reproduced", { result: "positive", familiarSymptomReproduced: true }, true],
    ["positive, familiar not recorded", { result: "positive", familiarSymptomReproduced: null }, false],
    ["positive, not familiar", { result: "positive", familiarSymptomReproduced: false }, false],
    ["equivocal, familiar reproduced", { result: "equivocal", familiarSymptomReproduced: true }, false],
    ["negative", { result: "negative", familiarSymptomReproduced: false }, false],
    ["not tested", { result: "not-tested" }, false],
    ["missing", null, false],
  ])("%s → %s", (_label, test, positive) => {
    expect(isProvocationPositive(test)).toBe(positive);
  });
});

describe("isNeurodynamicPositive (2.2)", () => {
  it.each<[string, NeurodynamicTest | null, boolean]>([
    ["familiar + differentiation changes", { familiarSymptomReproduced: true, structuralDifferentiation: "yes" }, true],
    ["familiar, differentiation does not change", { familiarSymptomReproduced: true, structuralDifferentiation: "no" }, false],
    ["familiar, differentiation not done", { familiarSymptomReproduced: true, structuralDifferentiation: "not-done" }, false],
    ["not familiar, differentiation changes", { familiarSymptomReproduced: false, structuralDifferentiation: "yes" }, false],
    ["nothing recorded", {}, false],
    ["missing", null, false],
  ])("%s → %s", (_label, test, positive) => {
    expect(isNeurodynamicPositive(test)).toBe(positive);
  });
});

describe("neuroAsymmetry (2.2, R10)", () => {
  it("defaults to 10° within the clinic-editable 8–15°", () => {
    expect(NEURO_ASYMMETRY_DEFAULT_DEG).toBe(10);
    expect(NEURO_ASYMMETRY_RANGE_DEG).toEqual([8, 15]);
  });

  it.each<[number, number, number | undefined, number, boolean]>([
    [45, 35, undefined, 10, false],
    [45.1, 35, undefined, 10.1, true],
    [35, 45.1, undefined, 10.1, true],
    [44, 35, undefined, 9, false],
    [55, 44.9, undefined, 10.1, true],
    [40, 40, undefined, 0, false],
    [43, 35, 8, 8, false],
    [43.1, 35, 8, 8.1, true],
    [50, 35, 15, 15, false],
    [50.1, 35, 15, 15.1, true],
    [47, 35, 12, 12, false],
    [48, 35, 12, 13, true],
  ])("L %s° / R %s° (threshold %s) → %s°, flagged %s", (left, right, threshold, difference, flagged) => {
    expect(neuroAsymmetry(left, right, threshold)).toEqual({ differenceDeg: difference, flagged });
  });

  it("property: symmetric in its sides", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 8, max: 15 }), (l, r, t) => {
        expect(neuroAsymmetry(l / 10, r / 10, t)).toEqual(neuroAsymmetry(r / 10, l / 10, t));
      }),
    );
  });
});

describe("heelRaiseNorm (5.3)", () => {
  it.each<[number, string, number | null]>([
    [19, "male", null], [20, "male", 37], [29, "male", 37], [30, "male", 32], [39, "male", 32], [40, "male", 28],
    [49, "male", 28], [50, "male", 23], [59, "male", 23], [60, "male", 19], [69, "male", 19], [70, "male", null],
    [19, "female", null], [20, "female", 30], [29, "female", 30], [30, "female", 27], [40, "female", 24],
    [50, "female", 21], [60, "female", 19], [69, "female", 19], [70, "female", null],
    [35, "intersex", null], [35, "undisclosed", null],
  ])("age %s, %s → %s reps", (age, sex, reps) => {
    expect(heelRaiseNorm(age, sex)).toBe(reps);
  });
});

describe("heel-raise side difference (> 10 %, 5.3)", () => {
  it.each<[number, number, number, boolean]>([
    [20, 18, 10, false],
    [18, 20, 10, false],
    [20, 17, 15, true],
    [30, 27, 10, false],
    [30, 26, 13.3, true],
    [100, 90, 10, false],
    [100, 89, 11, true],
    [25, 25, 0, false],
    [0, 0, 0, false],
    [1, 0, 100, true],
  ])("L %s / R %s → %s %%, flagged %s", (left, right, pct, flagged) => {
    expect(heelRaiseSideDifferencePct(left, right)).toBe(pct);
    expect(heelRaiseSideDifferenceFlag(left, right)).toBe(flagged);
  });

  it("property: the flag agrees with the percentage", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (l, r) => {
        const exact = Math.max(l, r) === 0 ? 0 : (Math.abs(l - r) / Math.max(l, r)) * 100;
        expect(heelRaiseSideDifferenceFlag(l, r)).toBe(exact > 10);
        expect(heelRaiseSideDifferenceFlag(l, r)).toBe(heelRaiseSideDifferenceFlag(r, l));
      }),
    );
  });
});
