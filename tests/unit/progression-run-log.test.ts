// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import type { BodyRegion } from "@/server/domain/body-map";
import {
  isFirstRunWithBothSides, peakOf, peakSymptomsOf, runLogSchema, runTriageFlags, runTriggers, symptomFreeMinutesOf, type RunLog,
} from "@/server/domain/progression/run-log";
import type { TriggerId } from "@/server/domain/triage/triggers";

const baseRun: RunLog = {
  date: "2025-03-03", plannedRunMinutes: 20, runMinutes: 20, preNrs: 0, numbness: 0, tingling: 1, burning: null, pain: 0,
  onsetMinute: 15, settleMinutes: 10, stoppedForSymptoms: false, regions: ["MPN-R"], motorSign: false, restSymptoms: false,
  nextMorningNrs: 0, rpe: 3, surface: "road", shoeId: null, temperatureC: 12,
};
const runOf = (o: Partial<RunLog> = {}): RunLog => ({ ...baseRun, ...o });

describe("runLogSchema (R1.1)", () => {
  it("accepts a run as the athlete logs it, with nulls for what was not rated", () => {
    expect(runLogSchema.parse(baseRun)).toEqual(baseRun);
    const unrated = runOf({ plannedRunMinutes: null, preNrs: null, numbness: null, tingling: null, pain: null, onsetMinute: null, nextMorningNrs: null, temperatureC: null });
    expect(runLogSchema.parse(unrated)).toEqual(unrated);
    expect(runLogSchema.parse(runOf({ shoeId: "9b2d3c4e-1f2a-4b3c-8d4e-5f6a7b8c9d0e" })).shoeId).toBe("9b2d3c4e-1f2a-4b3c-8d4e-5f6a7b8c9d0e");
  });

  it.each<[string, Partial<Record<keyof RunLog, unknown>>]>([
    ["a rating above 10", { tingling: 11 }],
    ["a negative rating", { preNrs: -1 }],
    ["a decimal rating", { pain: 2.5 }],
    ["RPE above 10", { rpe: 11 }],
    ["an unknown region", { regions: ["MPN"] }],
    ["a region twice", { regions: ["MPN-R", "MPN-R"] }],
    ["a date in another format", { date: "03/03/2025" }],
    ["an impossible date", { date: "2025-02-30" }],
    ["an unknown surface", { surface: "sand" }],
    ["a shoe id that is not a uuid", { shoeId: "shoe-1" }],
    ["negative minutes", { runMinutes: -1 }],
    ["missing next-morning key", { nextMorningNrs: undefined }],
  ])("rejects %s", (_label, patch) => {
    expect(runLogSchema.safeParse({ ...baseRun, ...patch }).success).toBe(false);
  });
});

describe("peakOf (R1.2)", () => {
  it.each<[string, Partial<RunLog>, number | null, string[]]>([
    ["the highest rated", { numbness: 2, tingling: 5, burning: 1, pain: 0 }, 5, ["tingling"]],
    ["ties name every symptom", { numbness: 4, tingling: 4, burning: null, pain: 1 }, 4, ["numbness", "tingling"]],
    ["one rated, the rest not", { numbness: null, tingling: null, burning: 3, pain: null }, 3, ["burning"]],
    ["all rated 0", { numbness: 0, tingling: 0, burning: 0, pain: 0 }, 0, ["numbness", "tingling", "burning", "pain"]],
    ["none rated: no peak", { numbness: null, tingling: null, burning: null, pain: null }, null, []],
  ])("%s", (_label, patch, peak, names) => {
    expect(peakOf(runOf(patch))).toBe(peak);
    expect(peakSymptomsOf(runOf(patch))).toEqual(names);
  });
});

describe("symptomFreeMinutesOf (R1.6)", () => {
  it.each<[number | null, number, number]>([
    [null, 30, 30],
    [12, 30, 12],
    [0, 30, 0],
    [35, 30, 30],
  ])("onset %s in a %s-min run → %s", (onsetMinute, runMinutes, expected) => {
    expect(symptomFreeMinutesOf({ onsetMinute, runMinutes })).toBe(expected);
  });
});

describe("runTriggers (R1.5 red flags from a run)", () => {
  it.each<[string, Partial<RunLog>, boolean, TriggerId[]]>([
    ["nothing", {}, false, []],
    ["SADDLE → T-E1", { regions: ["SADDLE"] }, false, ["T-E1"]],
    ["motor sign → T-U1", { motorSign: true }, false, ["T-U1"]],
    ["STOCK → T-U2", { regions: ["STOCK"] }, false, ["T-U2"]],
    ["first run with both sides → T-U2", { regions: ["MPN-R", "LPN-L"] }, true, ["T-U2"]],
    ["both sides again, not the first → nothing", { regions: ["MPN-R", "LPN-L"] }, false, []],
    ["flagged first but one-sided → nothing", { regions: ["MPN-R", "LPN-R"] }, true, []],
    ["SADDLE with one side is not both sides", { regions: ["SADDLE", "MPN-R"] }, true, ["T-E1"]],
    ["rest symptoms → T-U6", { restSymptoms: true }, false, ["T-U6"]],
    ["all of them, in trigger order (7.1–7.3)", { regions: ["STOCK", "SADDLE"], motorSign: true, restSymptoms: true }, false, ["T-E1", "T-U1", "T-U2", "T-U6"]],
  ])("%s", (_label, patch, isFirst, expected) => {
    expect(runTriggers(runOf(patch), { isFirstRunWithBothSides: isFirst })).toEqual(expected);
  });

  it("gives urgency and a reason for each flag", () => {
    const flags = runTriageFlags(runOf({ regions: ["SADDLE", "MPN-L", "MPN-R"] }), { isFirstRunWithBothSides: true });
    expect(flags.map((f) => [f.id, f.urgency])).toEqual([["T-E1", "emergency"], ["T-U2", "urgent"]]);
    expect(flags[1]!.reason).toContain("both sides");
  });

  it.each<[BodyRegion[], BodyRegion[][], boolean]>([
    [["MPN-R", "MPN-L"], [], true],
    [["MPN-R", "MPN-L"], [["MPN-R"], ["LPN-L"]], true],
    [["MPN-R", "MPN-L"], [["MPN-R"], ["LPN-L", "SUR-R"]], false],
    [["MPN-R"], [], false],
    [["STOCK"], [], false],
  ])("isFirstRunWithBothSides(%j after %j) = %s", (regions, earlier, expected) => {
    expect(isFirstRunWithBothSides({ regions }, earlier.map((r) => ({ regions: r })))).toBe(expected);
  });
});
