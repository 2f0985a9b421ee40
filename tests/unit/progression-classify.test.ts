// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyRun, findComparisonRun, type SessionClass } from "@/server/domain/progression/classify";
import type { RunLog } from "@/server/domain/progression/run-log";
import { defaultProtocolSettings, type ProtocolSettings } from "@/server/domain/progression/settings";

const baseRun: RunLog = {
  date: "2025-03-10", plannedRunMinutes: 20, runMinutes: 20, preNrs: 0, numbness: 0, tingling: 1, burning: null, pain: 0,
  onsetMinute: null, settleMinutes: 10, stoppedForSymptoms: false, regions: ["MPN-R"], motorSign: false, restSymptoms: false,
  nextMorningNrs: 0, rpe: 3, surface: "road", shoeId: null, temperatureC: 12,
};
const runOf = (o: Partial<RunLog> = {}): RunLog => ({ ...baseRun, ...o });
const known = ["MPN-R"];
const classify = (run: RunLog, opts: { settings?: Partial<ProtocolSettings>; knownRegions?: string[]; earlierRuns?: RunLog[] } = {}) =>
  classifyRun(run, {
    settings: { ...defaultProtocolSettings, ...opts.settings },
    knownRegions: opts.knownRegions ?? known,
    earlierRuns: opts.earlierRuns ?? [],
  });
const classOf = (...args: Parameters<typeof classify>): SessionClass => classify(...args).sessionClass;

describe("R2 peak thresholds", () => {
  it.each<[number, SessionClass]>([
    [0, "GREEN"], [1, "GREEN"], [2, "GREEN"], [3, "AMBER"], [4, "AMBER"], [5, "AMBER"], [6, "RED"], [7, "RED"], [10, "RED"],
  ])("default settings: tingling %s → %s", (tingling, expected) => {
    expect(classOf(runOf({ tingling }))).toBe(expected);
  });

  it.each<[Partial<ProtocolSettings>, number, SessionClass]>([
    [{ greenMaxPeak: 3, redMinPeak: 5 }, 3, "GREEN"],
    [{ greenMaxPeak: 3, redMinPeak: 5 }, 4, "AMBER"],
    [{ greenMaxPeak: 3, redMinPeak: 5 }, 5, "RED"],
    [{ greenMaxPeak: 0, redMinPeak: 8 }, 0, "GREEN"],
    [{ greenMaxPeak: 0, redMinPeak: 8 }, 1, "AMBER"],
    [{ greenMaxPeak: 0, redMinPeak: 8 }, 7, "AMBER"],
    [{ greenMaxPeak: 0, redMinPeak: 8 }, 8, "RED"],
    [{ greenMaxPeak: 1, redMinPeak: 6 }, 1, "GREEN"],
    [{ greenMaxPeak: 1, redMinPeak: 6 }, 2, "AMBER"],
  ])("settings %j: peak %s → %s", (settings, pain, expected) => {
    expect(classOf(runOf({ tingling: 0, pain }), { settings })).toBe(expected);
  });

  it.each(["numbness", "tingling", "burning", "pain"] as const)("%s counts toward the peak and is named in the reason", (key) => {
    const red = classify(runOf({ numbness: 0, tingling: 0, burning: 0, pain: 0, [key]: 7 }));
    expect(red.sessionClass).toBe("RED");
    expect(red.reasons).toEqual([`${key} 7/10 ≥ 6`]);
    const amber = classify(runOf({ numbness: 0, tingling: 0, burning: 0, pain: 0, [key]: 4 }));
    expect(amber.reasons).toEqual([`${key} 4/10 > 2`]);
    expect(amber.evidence).toEqual([{ label: key, value: "4/10" }]);
  });

  it("the reason names the rule and the values: tingling 7/10 ≥ 6", () => {
    expect(classify(runOf({ tingling: 7 })).reasons).toEqual(["tingling 7/10 ≥ 6"]);
    expect(classify(runOf({ numbness: 7, tingling: 7 })).reasons).toEqual(["numbness and tingling 7/10 ≥ 6"]);
  });

  it("no symptom rated is no peak: INCOMPLETE", () => {
    const r = classify(runOf({ numbness: null, tingling: null, burning: null, pain: null }));
    expect(r.sessionClass).toBe("INCOMPLETE");
    expect(r.reasons).toEqual(["no symptom rated"]);
  });

  it("a single rated symptom is enough for a peak", () => {
    expect(classOf(runOf({ numbness: null, tingling: null, burning: null, pain: 0 }))).toBe("GREEN");
  });
});

describe("R2 settling, stopping, next morning", () => {
  it.each<[Partial<ProtocolSettings>, number, SessionClass]>([
    [{}, 0, "GREEN"],
    [{}, 60, "GREEN"],
    [{}, 61, "AMBER"],
    [{ settleAmberMinutes: 30 }, 30, "GREEN"],
    [{ settleAmberMinutes: 30 }, 31, "AMBER"],
    [{ settleAmberMinutes: 240 }, 240, "GREEN"],
    [{ settleAmberMinutes: 240 }, 241, "AMBER"],
  ])("settings %j: settled after %s min → %s", (settings, settleMinutes, expected) => {
    expect(classOf(runOf({ settleMinutes }), { settings })).toBe(expected);
  });

  it("the settling reason names the values", () => {
    expect(classify(runOf({ settleMinutes: 75 })).reasons).toEqual(["settled after 75 min > 60 min"]);
  });

  it("stopped for symptoms → AMBER", () => {
    expect(classify(runOf({ stoppedForSymptoms: true })).sessionClass).toBe("AMBER");
  });

  it.each<[number | null, number | null, SessionClass]>([
    [0, 0, "GREEN"],
    [0, 1, "RED"],
    [2, 2, "GREEN"],
    [2, 3, "RED"],
    [3, 1, "GREEN"],
    [null, 0, "GREEN"],
    [null, 1, "RED"],
    [0, null, "INCOMPLETE"],
    [null, null, "INCOMPLETE"],
  ])("pre %s, next morning %s → %s (missing pre = 0; next morning > pre is RED)", (preNrs, nextMorningNrs, expected) => {
    expect(classOf(runOf({ preNrs, nextMorningNrs }))).toBe(expected);
  });

  it("not settled by next morning names the values", () => {
    expect(classify(runOf({ preNrs: 1, nextMorningNrs: 3 })).reasons).toEqual(["not settled by next morning: 3/10 > 1/10 before the run"]);
  });
});

describe("R2 new regions, rest symptoms, motor signs", () => {
  it.each<[string, RunLog["regions"], string[], SessionClass, string[]]>([
    ["a known region", ["MPN-R"], ["MPN-R"], "GREEN", []],
    ["no region", [], ["MPN-R"], "GREEN", []],
    ["the same code on the other side is new", ["MPN-L"], ["MPN-R"], "RED", ["MPN-L"]],
    ["a new code on the known side", ["MPN-R", "LPN-R"], ["MPN-R"], "RED", ["LPN-R"]],
    ["both known", ["MPN-R", "MPN-L"], ["MPN-R", "MPN-L"], "GREEN", []],
    ["STOCK not on the map", ["STOCK"], ["MPN-R"], "RED", ["STOCK"]],
    ["an empty body map makes every region new", ["MPN-R"], [], "RED", ["MPN-R"]],
  ])("%s", (_label, regions, knownRegions, expected, newRegions) => {
    const r = classify(runOf({ regions }), { knownRegions });
    expect(r.sessionClass).toBe(expected);
    expect(r.newRegions).toEqual(newRegions);
  });

  it("a region stays new on every run until it is on the body map", () => {
    const first = runOf({ date: "2025-03-03", regions: ["MPN-L"] });
    const second = runOf({ date: "2025-03-05", regions: ["MPN-L"] });
    expect(classOf(second, { earlierRuns: [first] })).toBe("RED");
    expect(classOf(second, { earlierRuns: [first], knownRegions: ["MPN-R", "MPN-L"] })).toBe("GREEN");
  });

  it.each<[Partial<RunLog>, string]>([
    [{ restSymptoms: true }, "new symptoms at rest"],
    [{ motorSign: true }, "motor sign (foot slap, tripping or new weakness)"],
  ])("%j → RED", (patch, reason) => {
    expect(classify(runOf(patch))).toMatchObject({ sessionClass: "RED", reasons: [reason] });
  });
});

describe("R2 earlier onset and the comparison run", () => {
  const earlier = (o: Partial<RunLog>) => runOf({ date: "2025-03-05", onsetMinute: 20, ...o });

  it.each<[number, SessionClass]>([
    [15, "AMBER"],
    [16, "AMBER"], // 0.80 × 20 = 16 exactly
    [17, "GREEN"],
    [0, "AMBER"],
    [25, "GREEN"],
  ])("onset minute %s against an earlier onset of 20 → %s", (onsetMinute, expected) => {
    expect(classOf(runOf({ onsetMinute }), { earlierRuns: [earlier({})] })).toBe(expected);
  });

  it("names the rule, the ratio and the comparison run", () => {
    const r = classify(runOf({ onsetMinute: 16 }), { earlierRuns: [earlier({})] });
    expect(r.reasons).toEqual(["earlier onset: minute 16 ≤ 0.80 × minute 20 (run of 2025-03-05)"]);
    expect(r.comparisonRun?.date).toBe("2025-03-05");
  });

  it.each<[number, number, number, SessionClass]>([
    [0.7, 30, 21, "AMBER"], // 0.7 × 30 in floating point is 20.999999999999996
    [0.7, 30, 22, "GREEN"],
    [0.6, 15, 9, "AMBER"],
    [0.9, 10, 9, "AMBER"],
    [0.9, 10, 10, "GREEN"],
    [0.6, 7, 4, "AMBER"], // 4.2
    [0.6, 7, 5, "GREEN"],
  ])("ratio %s × onset %s: onset %s → %s (exact)", (onsetEarlierRatio, compared, onsetMinute, expected) => {
    expect(classOf(runOf({ onsetMinute }), { settings: { onsetEarlierRatio }, earlierRuns: [earlier({ onsetMinute: compared })] })).toBe(expected);
  });

  it("is exact for every two-decimal ratio and onset up to 120 minutes", () => {
    for (let r = 60; r <= 90; r++) {
      for (let c = 1; c <= 120; c++) {
        const boundary = Math.floor((r * c) / 100);
        const settings = { onsetEarlierRatio: r / 100 };
        const earlierRuns = [earlier({ onsetMinute: c })];
        expect(classOf(runOf({ onsetMinute: boundary }), { settings, earlierRuns })).toBe("AMBER");
        expect(classOf(runOf({ onsetMinute: boundary + 1 }), { settings, earlierRuns })).toBe("GREEN");
      }
    }
  });

  it.each<[string, number | null, number | null, boolean]>([
    ["same planned minutes", 20, 20, true],
    ["+10 % is within", 20, 22, true],
    ["−10 % is within", 20, 18, true],
    ["+15 % is not", 20, 23, false],
    ["−15 % is not", 20, 17, false],
    ["30 vs 33 (+10 %)", 30, 33, true],
    ["30 vs 34", 30, 34, false],
    ["an unplanned run has no comparison", null, 20, false],
    ["an unplanned earlier run is no comparison", 20, null, false],
  ])("%s", (_label, planned, earlierPlanned, found) => {
    const cmp = earlier({ plannedRunMinutes: earlierPlanned });
    expect(findComparisonRun(runOf({ plannedRunMinutes: planned }), [cmp])).toBe(found ? cmp : null);
  });

  it("takes the most recent earlier run with a known onset > 0", () => {
    const older = earlier({ date: "2025-03-01", onsetMinute: 30 });
    const recent = earlier({ date: "2025-03-07", onsetMinute: 18 });
    const noOnset = earlier({ date: "2025-03-08", onsetMinute: null });
    const zeroOnset = earlier({ date: "2025-03-09", onsetMinute: 0 });
    const otherLength = earlier({ date: "2025-03-09", plannedRunMinutes: 30 });
    const later = earlier({ date: "2025-03-12", onsetMinute: 50 });
    const all = [later, older, recent, noOnset, zeroOnset, otherLength];
    expect(findComparisonRun(runOf(), all)).toBe(recent);
    // 14 ≤ 0.8 × 18 = 14.4 → AMBER against the recent run (against the older one it would be 24).
    expect(classOf(runOf({ onsetMinute: 14 }), { earlierRuns: all })).toBe("AMBER");
    expect(classOf(runOf({ onsetMinute: 15 }), { earlierRuns: all })).toBe("GREEN");
  });

  it("among runs of the same date, the later one given counts as more recent", () => {
    const a = earlier({ date: "2025-03-07", onsetMinute: 18 });
    const b = earlier({ date: "2025-03-07", onsetMinute: 25 });
    expect(findComparisonRun(runOf(), [a, b])).toBe(b);
    expect(findComparisonRun(runOf(), [b, a])).toBe(a);
  });

  it("without an onset this run has no earlier onset; without a comparison neither", () => {
    expect(classify(runOf({ onsetMinute: null }), { earlierRuns: [earlier({})] })).toMatchObject({ sessionClass: "GREEN" });
    expect(classify(runOf({ onsetMinute: 1 }), { earlierRuns: [] })).toMatchObject({ sessionClass: "GREEN", comparisonRun: null });
  });
});

describe("R2 order: RED > AMBER > INCOMPLETE > GREEN", () => {
  it.each<[string, Partial<RunLog>, SessionClass, string[]]>([
    ["red peak beats stopped", { tingling: 7, stoppedForSymptoms: true }, "RED", ["tingling 7/10 ≥ 6"]],
    ["new region beats amber peak", { tingling: 4, regions: ["LPN-R"] }, "RED", ["new region not on the body map: LPN-R"]],
    ["every red reason is listed", { tingling: 6, preNrs: 0, nextMorningNrs: 1, motorSign: true }, "RED", [
      "tingling 6/10 ≥ 6", "not settled by next morning: 1/10 > 0/10 before the run", "motor sign (foot slap, tripping or new weakness)",
    ]],
    ["amber beats incomplete", { tingling: 4, nextMorningNrs: null }, "AMBER", ["tingling 4/10 > 2"]],
    ["every amber reason is listed", { tingling: 3, settleMinutes: 90, stoppedForSymptoms: true }, "AMBER", [
      "tingling 3/10 > 2", "settled after 90 min > 60 min", "stopped or walked because of symptoms",
    ]],
    ["red by next morning even without a peak", { numbness: null, tingling: null, pain: null, nextMorningNrs: 2 }, "RED", [
      "not settled by next morning: 2/10 > 0/10 before the run",
    ]],
    ["incomplete beats green", { nextMorningNrs: null }, "INCOMPLETE", ["no next-morning answer yet"]],
    ["green", {}, "GREEN", ["peak 1/10 ≤ 2, settled by next morning (0/10 ≤ 0/10 before the run)"]],
  ])("%s", (_label, patch, expected, reasons) => {
    expect(classify(runOf(patch))).toMatchObject({ sessionClass: expected, reasons });
  });

  const severity: Record<SessionClass, number> = { GREEN: 0, INCOMPLETE: 1, AMBER: 2, RED: 3 };
  it("a higher rating or longer settling never gives a milder class (property)", () => {
    const nrs = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({ numbness: nrs, tingling: nrs, burning: nrs, pain: nrs, nextMorningNrs: nrs, preNrs: nrs, settleMinutes: fc.integer({ min: 0, max: 300 }) }),
        fc.constantFrom("numbness", "tingling", "burning", "pain", "nextMorningNrs", "settleMinutes" as const),
        fc.integer({ min: 1, max: 10 }),
        (patch, key, bump) => {
          const run = runOf(patch);
          fc.pre(run[key] !== null); // answering an unanswered question is not a higher rating
          const worse = runOf({ ...patch, [key]: Math.min(key === "settleMinutes" ? 400 : 10, (run[key] ?? 0) + bump) });
          expect(severity[classOf(worse)]).toBeGreaterThanOrEqual(severity[classOf(run)]);
        },
      ),
    );
  });
});

describe("R2 findings: the reasons as data", () => {
  it("a rating not given is not rated: none rated is no peak and INCOMPLETE, never GREEN", () => {
    const r = classify(runOf({ preNrs: null, numbness: null, tingling: null, burning: null, pain: null, settleMinutes: null }));
    expect(r.sessionClass).toBe("INCOMPLETE");
    expect(r.findings).toEqual([{ kind: "not-rated" }]);
  });

  it("a missing before-run rating counts as 0 for the next-morning rule", () => {
    expect(classify(runOf({ preNrs: null, nextMorningNrs: 1 })).findings).toEqual([{ kind: "worse-next-morning", nextMorning: 1, before: 0 }]);
  });

  it("an unanswered settling time decides nothing", () => {
    expect(classOf(runOf({ settleMinutes: null }))).toBe("GREEN");
  });

  it("each rule of the winning class, with the values it compared", () => {
    expect(classify(runOf({ tingling: 4, settleMinutes: 61, stoppedForSymptoms: true })).findings).toEqual([
      { kind: "peak", symptoms: ["tingling"], peak: 4, limit: 2 },
      { kind: "slow-to-settle", minutes: 61, limit: 60 },
      { kind: "stopped" },
    ]);
    expect(classify(runOf({ tingling: 6, regions: ["MPN-R", "LPN-L"] })).findings).toEqual([
      { kind: "peak", symptoms: ["tingling"], peak: 6, limit: 6 },
      { kind: "new-region", regions: ["LPN-L"] },
    ]);
    expect(classify(runOf({ onsetMinute: 16 }), { earlierRuns: [runOf({ date: "2025-03-05", onsetMinute: 20 })] }).findings).toEqual([
      { kind: "earlier-onset", minute: 16, comparedMinute: 20, comparedDate: "2025-03-05", ratio: 0.8 },
    ]);
    expect(classify(runOf({ nextMorningNrs: null })).findings).toEqual([{ kind: "no-next-morning" }]);
    expect(classify(runOf()).findings).toEqual([{ kind: "settled", peak: 1, limit: 2, nextMorning: 0, before: 0 }]);
  });

  it("one finding per clinician reason, always", () => {
    fc.assert(
      fc.property(
        fc.record({ tingling: fc.option(fc.integer({ min: 0, max: 10 })), settleMinutes: fc.option(fc.integer({ min: 0, max: 300 })), nextMorningNrs: fc.option(fc.integer({ min: 0, max: 10 })), stoppedForSymptoms: fc.boolean() }),
        (o) => {
          const r = classify(runOf(o));
          expect(r.findings).toHaveLength(r.reasons.length);
        },
      ),
    );
  });
});
