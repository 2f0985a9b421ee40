import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  comparableItems, compareAssessments, comparisonMcids, itemHigherIsBetter, outcomeItems, type ComparableItem,
} from "@/server/domain/assessments/comparison";

const SHOE = "0b5f8f0e-5a3e-4a5e-9d6e-1c2b3a4d5e6f";
const item = (key: string, value: number, unit = "u"): ComparableItem => ({ key, label: key, unit, value });
const row = (key: string, baseline: number, latest: number) => {
  const rows = compareAssessments([item(key, baseline)], [item(key, latest)]);
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

describe("comparableItems", () => {
  const sections = {
    symptomHistory: { nrs: { numbness: { duringRun: 6, atRest: null } }, regions: ["MPN-R", "LPN-R"], onsetMinuteIntoRun: 12 },
    tarsalTunnel: {
      L: {
        tinel: { result: "positive", familiarSymptomReproduced: true, elicitedIntensityNrs: 4 },
        sensory: { monofilament: { plantarHallux: 2 }, twoPointMm: { halluxPlantar: 9 }, lightTouch: { MPN: "reduced", LPN: "normal" }, pinprick: { MPN: "absent" } },
        strength: { abductorHallucisMrc: 4 },
      },
    },
    neurodynamic: { slr: { L: { hipFlexionDegAtP1: 40 }, R: { hipFlexionDegAtP1: 55 } } },
    gait: { cadenceSpm: 166, pelvicDropDeg: { L: 7 } },
    footwear: { shoes: [{ shoeId: SHOE, stackHeelMm: 32, stackForefootMm: 24, heelWearDifferenceMm: 3 }] },
    mobilityStrength: { kneeToWallCm: { L: 8.5, R: 11 }, calfRaiseReps: { L: 18, R: 25 } },
  };
  const items = comparableItems(sections, { shoeNames: { [SHOE]: "Acme Glide 3" } });
  const byKey = Object.fromEntries(items.map((i) => [i.key, i]));

  it("flattens every recorded numeric item, per side, and leaves out unrecorded ones", () => {
    expect(byKey["symptomHistory.nrs.numbness.duringRun"]).toEqual({
      key: "symptomHistory.nrs.numbness.duringRun", label: "Numbness during the run", unit: "NRS 0–10", value: 6,
    });
    expect(byKey["symptomHistory.nrs.numbness.atRest"]).toBeUndefined();
    expect(byKey["symptomHistory.onsetMinuteIntoRun"]?.value).toBe(12);
    expect(byKey["tarsalTunnel.L.tinel.elicitedIntensityNrs"]?.value).toBe(4);
    expect(byKey["tarsalTunnel.L.sensory.monofilament.plantarHallux"]?.label).toBe("Monofilament, plantar hallux (left)");
    expect(byKey["tarsalTunnel.L.sensory.twoPointMm.halluxPlantar"]?.unit).toBe("mm");
    expect(byKey["tarsalTunnel.L.strength.abductorHallucisMrc"]?.value).toBe(4);
    expect(byKey["tarsalTunnel.R.strength.abductorHallucisMrc"]).toBeUndefined();
    expect(byKey["gait.cadenceSpm"]?.value).toBe(166);
    expect(byKey["gait.pelvicDropDeg.L"]?.value).toBe(7);
    expect(byKey["mobilityStrength.kneeToWallCm.R"]).toMatchObject({ label: "Knee-to-wall (right)", unit: "cm", value: 11 });
  });

  it("adds derived items: region count, abnormal sensory grades, side differences, shoe drop", () => {
    expect(byKey["symptomHistory.regionCount"]?.value).toBe(2);
    expect(byKey["tarsalTunnel.L.sensory.abnormalGrades"]?.value).toBe(2);
    expect(byKey["neurodynamic.slr.sideDifferenceDegAtP1"]?.value).toBe(15);
    expect(byKey["mobilityStrength.calfRaiseSideDifferencePct"]?.value).toBe(28);
    expect(byKey[`footwear.${SHOE}.dropMm`]).toMatchObject({ label: "Acme Glide 3: drop (heel − forefoot)", value: 8 });
  });

  it("only numbers: every value is finite", () => {
    for (const i of items) expect(Number.isFinite(i.value)).toBe(true);
  });

  it("of no sections is empty", () => {
    expect(comparableItems({})).toEqual([]);
    expect(comparableItems({ gait: {}, tarsalTunnel: { L: {} } })).toEqual([]);
  });
});

describe("compareAssessments: knee-to-wall MDC 1.6 cm, higher is better", () => {
  it.each<[number, number, number, "better" | "worse" | "same", boolean]>([
    [8, 9.5, 1.5, "better", false],
    [8, 9.6, 1.6, "better", true],
    [8.2, 9.8, 1.6, "better", true],
    [10, 8.5, -1.5, "worse", false],
    [10, 8.4, -1.6, "worse", true],
    [9, 9, 0, "same", false],
  ])("%s → %s cm: change %s, %s, passes %s", (baseline, latest, change, direction, passes) => {
    expect(row("mobilityStrength.kneeToWallCm.L", baseline, latest)).toMatchObject({
      baseline, latest, change, direction, passesMcid: passes, mcidLabel: "MDC 1.6 cm",
    });
  });
});

describe("compareAssessments: symptom NRS, lower is better, 2 points or 30 %", () => {
  it.each<[number, number, "better" | "worse" | "same", boolean]>([
    [6, 4, "better", true],
    [6, 5, "better", false],
    [3, 2, "better", true],
    [4, 3, "better", false],
    [4, 6, "worse", true],
    [5, 5, "same", false],
  ])("%s → %s: %s, passes %s", (baseline, latest, direction, passes) => {
    expect(row("symptomHistory.nrs.tingling.duringRun", baseline, latest)).toMatchObject({
      direction, passesMcid: passes, mcidLabel: "MCID 2 points or 30 %",
    });
  });
});

describe("compareAssessments: directions", () => {
  it.each<[string, boolean | null]>([
    ["symptomHistory.nrs.pain.atRest", false],
    ["symptomHistory.onsetMinuteIntoRun", true],
    ["symptomHistory.settleMinutesAfterRun", false],
    ["symptomHistory.regionCount", false],
    ["tarsalTunnel.R.sensory.monofilament.firstMetHead", true],
    ["tarsalTunnel.R.sensory.twoPointMm.heel", false],
    ["tarsalTunnel.L.strength.toeSpreadMrc", true],
    ["neurodynamic.slr.R.hipFlexionDegAtP1", true],
    ["neurodynamic.slr.sideDifferenceDegAtP1", false],
    ["gait.cadenceSpm", null],
    ["gait.speedKmh", null],
    ["gait.pelvicDropDeg.R", false],
    ["mobilityStrength.kneeToWallCm.R", true],
    ["mobilityStrength.calfRaiseReps.L", true],
    [`footwear.${SHOE}.heelWearDifferenceMm`, false],
    [`footwear.${SHOE}.stackHeelMm`, null],
    ["outcome.LEFS", true],
    ["outcome.NRS", false],
    ["unknown.key", null],
  ])("%s: higher is better %s", (key, higherIsBetter) => {
    expect(itemHigherIsBetter(key)).toBe(higherIsBetter);
  });

  it("reports the change but no direction for an item without a clinical direction", () => {
    expect(row("gait.cadenceSpm", 164, 176)).toMatchObject({ change: 12, direction: null, passesMcid: null, mcidLabel: null });
  });

  it("rounds the change so floating-point noise does not show", () => {
    expect(row("gait.stepLengthM", 1.07, 1.12).change).toBe(0.05);
  });
});

describe("compareAssessments: rows for every key in either visit", () => {
  const rows = compareAssessments(
    [item("mobilityStrength.kneeToWallCm.L", 8), item("gait.cadenceSpm", 164)],
    [item("symptomHistory.nrs.pain.duringRun", 3), item("mobilityStrength.kneeToWallCm.L", 10)],
  );

  it("keeps items only one visit has, with nulls, in section order", () => {
    expect(rows.map((r) => r.key)).toEqual(["symptomHistory.nrs.pain.duringRun", "gait.cadenceSpm", "mobilityStrength.kneeToWallCm.L"]);
    expect(rows[0]).toMatchObject({ baseline: null, latest: 3, change: null, direction: null, passesMcid: null });
    expect(rows[1]).toMatchObject({ baseline: 164, latest: null, change: null, direction: null, passesMcid: null });
    expect(rows[2]).toMatchObject({ baseline: 8, latest: 10, change: 2, direction: "better", passesMcid: true });
  });

  it("takes custom MCIDs (e.g. the 1.0 cm patient MDC of Chisholm 2012)", () => {
    const custom = { ...comparisonMcids, "mobilityStrength.kneeToWallCm.L": { kind: "MDC" as const, points: 1 } };
    expect(compareAssessments([item("mobilityStrength.kneeToWallCm.L", 8)], [item("mobilityStrength.kneeToWallCm.L", 9)], custom)[0])
      .toMatchObject({ passesMcid: true, mcidLabel: "MDC 1 cm" });
  });
});

describe("compareAssessments: outcome measures via scoreChange", () => {
  it.each<[string, number, number, "better" | "worse" | "same", boolean | null]>([
    ["LEFS", 40, 48, "better", false],
    ["LEFS", 40, 49, "better", true],
    ["PSFS", 4.1, 6.1, "better", true],
    ["NRS", 6, 4, "better", true],
    ["NRS", 3, 2, "better", true],
    ["DN4", 6, 3, "better", null],
  ])("%s %s → %s: %s, passes %s", (id, baseline, latest, direction, passes) => {
    const rows = compareAssessments(outcomeItems({ [id]: baseline }), outcomeItems({ [id]: latest }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: `outcome.${id}`, unit: "points", direction, passesMcid: passes });
  });

  it("leaves out incomplete scores", () => {
    expect(outcomeItems({ LEFS: null, PSFS: 5 })).toEqual([{ key: "outcome.PSFS", label: "Patient-Specific Functional Scale (PSFS)", unit: "points", value: 5 }]);
  });
});

describe("property", () => {
  it("every row's change is latest − baseline and its direction follows the declared one", () => {
    const keys = ["mobilityStrength.kneeToWallCm.L", "symptomHistory.nrs.pain.duringRun", "gait.cadenceSpm", "tarsalTunnel.L.strength.toeFlexionMrc"];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (key, b, l) => {
        const r = row(key, b / 10, l / 10);
        expect(r.change).toBeCloseTo(l / 10 - b / 10, 9);
        const hib = itemHigherIsBetter(key);
        if (hib === null) expect(r.direction).toBeNull();
        else if (b === l) expect(r.direction).toBe("same");
        else expect(r.direction).toBe((l > b) === hib ? "better" : "worse");
      }),
    );
  });
});
