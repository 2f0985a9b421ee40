// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Gait } from "@/server/domain/assessments/sections/gait";
import { cadenceTargetRange, defaultGaitCueSettings, gaitCues } from "@/server/domain/gait/cues";

describe("cadenceTargetRange (+5–10 %, 3.2)", () => {
  it.each<[number, number, number]>([
    [170, 179, 187], // 178.5 rounds up
    [160, 168, 176],
    [150, 158, 165], // 157.5 rounds up
    [164, 172, 180], // 172.2, 180.4
    [155, 163, 171], // 162.75, 170.5
    [100, 105, 110],
    [240, 252, 264],
  ])("%s spm → %s–%s", (cadence, low, high) => {
    expect(cadenceTargetRange(cadence)).toEqual([low, high]);
  });

  it("property: the range lies within +5 % … +10 % (± rounding) and is ordered", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 240 }), (c) => {
        const [low, high] = cadenceTargetRange(c);
        expect(low).toBeLessThanOrEqual(high);
        expect(Math.abs(low - c * 1.05)).toBeLessThanOrEqual(0.5 + 1e-9);
        expect(Math.abs(high - c * 1.1)).toBeLessThanOrEqual(0.5 + 1e-9);
      }),
    );
  });
});

type GaitInput = Parameters<typeof gaitCues>[0];
const cueIds = (gait: GaitInput, settings = defaultGaitCueSettings) => gaitCues(gait, settings).map((c) => c.id);

describe("gaitCues: cadence", () => {
  it.each<[string, Partial<Gait>, boolean]>([
    ["cadence + overstride", { cadenceSpm: 170, overstride: "yes" }, true],
    ["cadence + rearfoot strike left", { cadenceSpm: 170, footStrike: { L: "rearfoot" } }, true],
    ["cadence + rearfoot strike right, no overstride", { cadenceSpm: 170, overstride: "no", footStrike: { R: "rearfoot" } }, true],
    ["cadence, no overstride, midfoot both", { cadenceSpm: 170, overstride: "no", footStrike: { L: "midfoot", R: "midfoot" } }, false],
    ["cadence, forefoot, overstride not recorded", { cadenceSpm: 170, footStrike: { L: "forefoot", R: "forefoot" } }, false],
    ["cadence only", { cadenceSpm: 170 }, false],
    ["overstride without cadence", { overstride: "yes", footStrike: { L: "rearfoot", R: "rearfoot" } }, false],
    ["cadence null", { cadenceSpm: null, overstride: "yes" }, false],
  ])("%s → cue %s", (_label, gait, cue) => {
    expect(cueIds(gait)).toEqual(cue ? ["cadence-increase"] : []);
  });

  it("names the target range, the current cadence and the speed, labelled convention", () => {
    const [cue] = gaitCues({ cadenceSpm: 170, overstride: "yes", speedKmh: 10, footStrike: { R: "rearfoot" } });
    expect(cue!.text).toContain("179–187 steps/min");
    expect(cue!.text).toContain("now 170");
    expect(cue!.text).toContain("10 km/h");
    expect(cue!.rationale).toMatch(/^Convention: overstride observed and rearfoot strike \(right\)/);
    expect(cue!.evidence).toBe("convention");
  });

  it("gives nothing without data", () => {
    expect(gaitCues(null)).toEqual([]);
    expect(gaitCues(undefined)).toEqual([]);
    expect(gaitCues({})).toEqual([]);
  });
});

describe("gaitCues: pelvic drop ([D] > 6°)", () => {
  it.each<[string, Gait["pelvicDropDeg"], boolean]>([
    ["5° left", { L: 5 }, false],
    ["6° left (at the threshold)", { L: 6 }, false],
    ["6.1° left", { L: 6.1 }, true],
    ["9° right", { R: 9 }, true],
    ["not recorded", { L: null, R: null }, false],
  ])("%s → cue %s", (_label, pelvicDropDeg, cue) => {
    expect(cueIds({ pelvicDropDeg })).toEqual(cue ? ["pelvic-drop-hip-strength"] : []);
  });

  it("one cue naming both sides when both exceed the threshold", () => {
    const cues = gaitCues({ pelvicDropDeg: { L: 8, R: 7 } });
    expect(cues).toHaveLength(1);
    expect(cues[0]!.text).toContain("left and right hip abductors");
    expect(cues[0]!.evidence).toBe("app default");
  });

  it("uses the clinic's threshold", () => {
    expect(cueIds({ pelvicDropDeg: { L: 5 } }, { pelvicDropCueDeg: 4 })).toEqual(["pelvic-drop-hip-strength"]);
    expect(cueIds({ pelvicDropDeg: { L: 7 } }, { pelvicDropCueDeg: 8 })).toEqual([]);
  });

  it("gives both cues when both apply, cadence first", () => {
    expect(cueIds({ cadenceSpm: 160, overstride: "yes", pelvicDropDeg: { R: 10 } })).toEqual(["cadence-increase", "pelvic-drop-hip-strength"]);
  });
});
