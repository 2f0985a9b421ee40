import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZodError, type z } from "zod";
import {
  applyMigrations, loadSection, migrateSection, parseSection, sectionDefinitions, sectionKinds, sectionSchemas,
  type SectionKind,
} from "@/server/domain/assessments/sections";
import { footwearReviewSchema, shoeDropMm, shoeInput, shoeReplacementSigns, shoeReview } from "@/server/domain/assessments/sections/footwear";
import { gaitSchema } from "@/server/domain/assessments/sections/gait";
import { mobilityStrengthSchema } from "@/server/domain/assessments/sections/mobility-strength";
import { neurodynamicSchema } from "@/server/domain/assessments/sections/neurodynamic";
import { redFlagScreenSchema } from "@/server/domain/assessments/sections/red-flags";
import { symptomHistorySchema } from "@/server/domain/assessments/sections/symptom-history";
import { tarsalTunnelSchema } from "@/server/domain/assessments/sections/tarsal-tunnel";
import { DomainError } from "@/server/domain/errors";

const SHOE = "0b5f8f0e-5a3e-4a5e-9d6e-1c2b3a4d5e6f";
const ok = (schema: z.ZodType, data: unknown) => schema.safeParse(data).success;

describe("section registry", () => {
  it("lists the seven sections in form order, each at schema version 1 with a title", () => {
    expect(sectionKinds).toEqual(["symptomHistory", "redFlags", "tarsalTunnel", "neurodynamic", "gait", "footwear", "mobilityStrength"]);
    for (const kind of sectionKinds) {
      expect(sectionDefinitions[kind].schemaVersion).toBe(1);
      expect(sectionDefinitions[kind].title.length).toBeGreaterThan(0);
      expect(sectionDefinitions[kind].schema).toBe(sectionSchemas[kind]);
    }
  });

  it("property: every section schema accepts an empty draft {}", () => {
    fc.assert(
      fc.property(fc.constantFrom(...sectionKinds), (kind) => {
        expect(parseSection(kind, {})).toEqual({});
      }),
    );
  });

  it("property: any subset of a section's fields left null is still a valid draft", () => {
    const fieldsOf = (kind: SectionKind) => Object.keys((sectionSchemas[kind] as unknown as z.ZodObject).shape);
    fc.assert(
      fc.property(
        fc.constantFrom(...sectionKinds).chain((kind) =>
          fc.tuple(fc.constant(kind), fc.subarray(fieldsOf(kind))),
        ),
        ([kind, fields]) => {
          const draft = Object.fromEntries(fields.map((f) => [f, null]));
          expect(() => parseSection(kind, draft)).not.toThrow();
        },
      ),
    );
  });

  it("parseSection throws a ZodError on invalid data", () => {
    expect(() => parseSection("gait", { cadenceSpm: 300 })).toThrow(ZodError);
    expect(() => parseSection("redFlags", { "T-E1": "maybe" })).toThrow(ZodError);
  });
});

describe("migrations", () => {
  it("is the identity at the current version", () => {
    const data = { cadenceSpm: 170 };
    for (const kind of sectionKinds) expect(migrateSection(kind, 1, data)).toBe(data);
    expect(loadSection("gait", 1, data)).toEqual({ cadenceSpm: 170 });
  });

  it.each([0, 2, 1.5, -1])("refuses schema version %s", (version) => {
    expect(() => migrateSection("gait", version, {})).toThrow(DomainError);
  });

  it("runs each step in order from the stored version to the current one", () => {
    const steps = {
      1: (d: unknown) => ({ ...(d as object), v2: true }),
      2: (d: unknown) => ({ ...(d as object), v3: true }),
    };
    expect(applyMigrations(steps, 1, 3, { a: 1 })).toEqual({ a: 1, v2: true, v3: true });
    expect(applyMigrations(steps, 2, 3, { a: 1 })).toEqual({ a: 1, v3: true });
    expect(applyMigrations(steps, 3, 3, { a: 1 })).toEqual({ a: 1 });
  });

  it("fails loudly when a step is missing", () => {
    expect(() => applyMigrations({ 1: (d) => d }, 1, 3, {})).toThrow(/No migration from schema version 2/);
  });
});

describe("symptom history", () => {
  it.each<[string, unknown, boolean]>([
    ["NRS 0", { nrs: { numbness: { duringRun: 0 } } }, true],
    ["NRS 10", { nrs: { pain: { atRest: 10 } } }, true],
    ["NRS 11", { nrs: { pain: { atRest: 11 } } }, false],
    ["NRS −1", { nrs: { tingling: { afterRun: -1 } } }, false],
    ["NRS 5.5", { nrs: { burning: { duringRun: 5.5 } } }, false],
    ["regions with sides", { regions: ["MPN-R", "LPN-R", "STOCK"] }, true],
    ["region without side", { regions: ["MPN"] }, false],
    ["duplicate region", { regions: ["MPN-R", "MPN-R"] }, false],
    ["onset minute 0", { onsetMinuteIntoRun: 0 }, true],
    ["negative onset minute", { onsetMinuteIntoRun: -1 }, false],
    ["diabetes with HbA1c %", { history: { diabetes: "type2", hba1c: { value: 7.1, unit: "percent" } } }, true],
    ["HbA1c mmol/mol", { history: { hba1c: { value: 54, unit: "mmol/mol" } } }, true],
    ["HbA1c 54 read as %", { history: { hba1c: { value: 54, unit: "percent" } } }, false],
    ["unknown diabetes type", { history: { diabetes: "type3" } }, false],
    ["aggravating factors", { aggravatingFactors: ["cold-temperature", "footwear", "sitting"], aggravatingNotes: "tight laces" }, true],
    ["duplicate factor", { aggravatingFactors: ["sitting", "sitting"] }, false],
    ["24-hour behaviour", { behaviour24h: { worstTime: "night", nightSymptoms: true, notes: "wakes at 3" } }, true],
    ["unknown worst time", { behaviour24h: { worstTime: "noon" } }, false],
  ])("%s → valid %s", (_label, data, valid) => {
    expect(ok(symptomHistorySchema, data)).toBe(valid);
  });
});

describe("red-flag screen", () => {
  it.each<[string, unknown, boolean]>([
    ["yes and no", { "T-E1": "no", "T-U3": "yes" }, true],
    ["null = unanswered", { "T-E1": null }, true],
    ["boolean is not an answer", { "T-E1": true }, false],
    ["maybe", { "T-R1": "maybe" }, false],
  ])("%s → valid %s", (_label, data, valid) => {
    expect(ok(redFlagScreenSchema, data)).toBe(valid);
  });

  it("does not turn a missing answer into no", () => {
    expect(redFlagScreenSchema.parse({ "T-E1": "no" })).toEqual({ "T-E1": "no" });
  });
});

describe("tarsal tunnel", () => {
  const test = (over: object) => ({ L: { tinel: { result: "positive", familiarSymptomReproduced: true, ...over } } });
  it.each<[string, unknown, boolean]>([
    ["positive reproducing familiar symptoms", test({}), true],
    ["positive without familiar symptoms", test({ familiarSymptomReproduced: false }), false],
    ["positive, familiar not yet recorded (draft)", test({ familiarSymptomReproduced: null }), true],
    ["distribution multi-select", test({ distribution: ["MPN", "proximal-radiation"] }), true],
    ["unknown distribution", test({ distribution: ["DPN"] }), false],
    ["elicited NRS 11", test({ elicitedIntensityNrs: 11 }), false],
    ["monofilament 0–3", { R: { sensory: { monofilament: { plantarHallux: 0, firstMetHead: 3 } } } }, true],
    ["monofilament 4", { R: { sensory: { monofilament: { fifthMetHead: 4 } } } }, false],
    ["2PD 7 mm", { R: { sensory: { twoPointMm: { halluxPlantar: 7 } } } }, true],
    ["2PD 0 mm", { R: { sensory: { twoPointMm: { halluxPlantar: 0 } } } }, false],
    ["light touch grid", { L: { sensory: { lightTouch: { MPN: "reduced", SUR: "normal" }, pinprick: { MPN: "absent" } } } }, true],
    ["unknown territory", { L: { sensory: { lightTouch: { XYZ: "reduced" } } } }, false],
    ["MRC 5", { L: { strength: { abductorHallucisMrc: 5, wasting: false, paperGripHallux: "pass" } } }, true],
    ["MRC 6", { L: { strength: { toeSpreadMrc: 6 } } }, false],
    ["ankle reflex", { R: { ankleReflex: "reduced" } }, true],
    ["side key other than L/R", { X: { ankleReflex: "reduced" } }, true], // unknown keys are stripped
  ])("%s → valid %s", (_label, data, valid) => {
    expect(ok(tarsalTunnelSchema, data)).toBe(valid);
  });
});

describe("neurodynamic", () => {
  it.each<[string, unknown, boolean]>([
    ["SLR per side", { slr: { L: { familiarSymptomReproduced: true, structuralDifferentiation: "yes", differentiationManoeuvre: "hip-flexion-release", hipFlexionDegAtP1: 44, hipFlexionDegAtP2: 67 } } }, true],
    ["P2 below P1", { slr: { R: { hipFlexionDegAtP1: 60, hipFlexionDegAtP2: 50 } } }, false],
    ["P2 equal to P1", { slr: { R: { hipFlexionDegAtP1: 60, hipFlexionDegAtP2: 60 } } }, true],
    ["slump knee extension", { slump: { L: { kneeExtensionDeg: 70, structuralDifferentiation: "not-done" } } }, true],
    ["slump knee extension 91°", { slump: { L: { kneeExtensionDeg: 91 } } }, false],
    ["unknown differentiation", { slump: { L: { structuralDifferentiation: "maybe" } } }, false],
  ])("%s → valid %s", (_label, data, valid) => {
    expect(ok(neurodynamicSchema, data)).toBe(valid);
  });
});

describe("gait", () => {
  it.each<[number, boolean]>([
    [99, false], [100, true], [164, true], [240, true], [241, false], [170.5, false],
  ])("cadence %s spm → valid %s", (cadenceSpm, valid) => {
    expect(ok(gaitSchema, { cadenceSpm })).toBe(valid);
  });

  it("takes foot strike, pelvic drop and pronation per side", () => {
    expect(
      ok(gaitSchema, {
        method: "treadmill-video", speedKmh: 10, surface: "treadmill", shoeId: SHOE, stepLengthM: 1.07, contactTimeMs: 283,
        footStrike: { L: "rearfoot", R: "midfoot" }, footStrikeAngleDeg: 12, overstride: "yes", overstrideCm: 18,
        pelvicDropDeg: { L: 7, R: 4 }, pronation: { L: { grade: "mild", note: "late" } }, trunkLeanDeg: 8, videoNote: "sagittal 240 fps",
      }),
    ).toBe(true);
    expect(ok(gaitSchema, { footStrike: { L: "heel" } })).toBe(false);
    expect(ok(gaitSchema, { shoeId: "not-a-uuid" })).toBe(false);
  });
});

describe("footwear", () => {
  it("reviews each shoe once by id", () => {
    expect(ok(footwearReviewSchema, { shoes: [{ shoeId: SHOE, lengthFit: "appropriate", toeBoxWidth: "tight" }] })).toBe(true);
    expect(ok(footwearReviewSchema, { shoes: [{ shoeId: SHOE }, { shoeId: SHOE }] })).toBe(false);
    expect(ok(footwearReviewSchema, { shoes: [{ lengthFit: "appropriate" }] })).toBe(false);
  });

  it.each<[number | null, number | null, number | null]>([
    [30, 22, 8], [24, 24, 0], [27.5, 21.3, 6.2], [null, 22, null], [30, null, null],
  ])("drop of %s / %s mm = %s", (stackHeelMm, stackForefootMm, drop) => {
    expect(shoeDropMm({ stackHeelMm, stackForefootMm })).toBe(drop);
  });

  it.each<[string, object, number]>([
    ["no signs", {}, 0],
    ["heel wear 4 mm", { heelWearDifferenceMm: 4 }, 0],
    ["heel wear 4.5 mm", { heelWearDifferenceMm: 4.5 }, 1],
    ["outsole worn, tilted counter, creasing", { outsoleWornToMidsole: true, heelCounterTilt: "medial", midsoleCreasing: true }, 3],
  ])("replacement signs: %s → %s", (_label, over, count) => {
    expect(shoeReplacementSigns(shoeReview.parse({ shoeId: SHOE, ...over }))).toHaveLength(count);
  });

  it.each<[number | undefined, boolean, number | null]>([
    [undefined, true, 600], [399, false, null], [400, true, 400], [900, true, 900], [901, false, null], [650.5, false, null],
  ])("shoe review distance %s km → valid %s", (reviewDistanceKm, valid, parsed) => {
    const result = shoeInput.safeParse({ brand: "Brand", model: "Model", use: "road", reviewDistanceKm });
    expect(result.success).toBe(valid);
    if (result.success) {
      expect(result.data.reviewDistanceKm).toBe(parsed);
      expect(result.data.startingKm).toBe(0);
      expect(result.data.purchaseDate).toBeNull();
    }
  });
});

describe("mobility and strength", () => {
  it.each<[string, unknown, boolean]>([
    ["knee-to-wall per side", { kneeToWallCm: { L: 9.5, R: 11 } }, true],
    ["negative knee-to-wall", { kneeToWallCm: { L: -1 } }, false],
    ["calf raise reps", { calfRaiseReps: { L: 25, R: 28 } }, true],
    ["fractional reps", { calfRaiseReps: { L: 25.5 } }, false],
    ["hip abduction MRC and N", { hipAbductionMrc: { L: 4, R: 5 }, hipAbductionN: { L: 180.5 } }, true],
    ["hip abduction MRC 6", { hipAbductionMrc: { L: 6 } }, false],
    ["short-foot hold", { shortFootHoldS: { R: 30 } }, true],
  ])("%s → valid %s", (_label, data, valid) => {
    expect(ok(mobilityStrengthSchema, data)).toBe(valid);
  });
});
