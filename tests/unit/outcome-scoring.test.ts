import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dn4Items, scoreDn4, type Dn4Answers } from "@/server/domain/scoring/dn4";
import {
  directionOf, instrumentIds, instruments, scoreChange, scoreInstrument, type InstrumentAnswers, type InstrumentId,
} from "@/server/domain/scoring/instruments";
import { lanssItems, scoreLanss, type LanssAnswers } from "@/server/domain/scoring/lanss";
import { lefsItems, lefsResponses, scoreLefs } from "@/server/domain/scoring/lefs";
import { isImportantNrsChange, scoreNrs } from "@/server/domain/scoring/nrs";
import {
  painDetectBand, painDetectCoursePatterns, painDetectItems, scorePainDetect, type PainDetectAnswers, type PainDetectCoursePattern,
} from "@/server/domain/scoring/paindetect";
import { psfsAnswers, scorePsfs } from "@/server/domain/scoring/psfs";

const lefsOf = (...items: (number | null)[]) => ({ items });
const twenty = (value: number) => Array.from({ length: 20 }, () => value);

describe("instrument registry", () => {
  it("lists the six instruments; DN4, LANSS and painDETECT are licensed add-ons", () => {
    expect(instrumentIds).toEqual(["LEFS", "PSFS", "NRS", "DN4", "LANSS", "PAINDETECT"]);
    expect(instrumentIds.filter((id) => instruments[id].isAddOn)).toEqual(["DN4", "LANSS", "PAINDETECT"]);
  });

  it.each<[InstrumentId, number | null, boolean, [number, number]]>([
    ["LEFS", 9, true, [0, 80]],
    ["PSFS", 2, true, [0, 10]],
    ["NRS", 2, false, [0, 10]],
    ["DN4", null, false, [0, 10]],
    ["LANSS", null, false, [0, 24]],
    ["PAINDETECT", null, false, [-1, 38]],
  ])("%s: MCID %s, higher is better %s, range %j", (id, mcid, higherIsBetter, range) => {
    const def = instruments[id];
    expect(def.mcid).toBe(mcid);
    expect(def.higherIsBetter).toBe(higherIsBetter);
    expect(def.range).toEqual(range);
    expect(def.version.length).toBeGreaterThan(0);
    expect(def.licenceNote.length).toBeGreaterThan(0);
  });
});

describe("LEFS", () => {
  it("has the 20 published items and 0–4 responses", () => {
    expect(lefsItems).toHaveLength(20);
    expect(lefsItems[0]).toBe("Any of your usual work, housework, or school activities.");
    expect(lefsItems[15]).toBe("Running on even ground.");
    expect(lefsItems[19]).toBe("Rolling over in bed.");
    expect(lefsResponses.map((r) => r.value)).toEqual([0, 1, 2, 3, 4]);
  });

  it.each<[string, (number | null)[], number | null, boolean]>([
    ["all 4 (no difficulty)", twenty(4), 80, true],
    ["all 0 (unable)", twenty(0), 0, true],
    ["mixed", [...twenty(3).slice(0, 10), ...twenty(2).slice(0, 10)], 50, true],
    ["19 of 20 answered (last null)", [...twenty(4).slice(0, 19), null], null, false],
    ["one null in the middle", [...twenty(4).slice(0, 9), null, ...twenty(4).slice(0, 10)], null, false],
    ["only 19 items sent", twenty(4).slice(0, 19), null, false],
    ["nothing answered", [], null, false],
  ])("%s → %s (complete %s), never prorated", (_label, items, score, complete) => {
    const result = scoreLefs(lefsOf(...items));
    expect(result.score).toBe(score);
    expect(result.complete).toBe(complete);
    expect(result.interpretation === null).toBe(!complete);
  });

  it.each<[string, unknown, boolean]>([
    ["20 answers", { items: twenty(2) }, true],
    ["21 answers", { items: [...twenty(2), 2] }, false],
    ["answer 5", { items: [5] }, false],
    ["answer 2.5", { items: [2.5] }, false],
    ["answer −1", { items: [-1] }, false],
    ["partial with nulls", { items: [4, null, 3] }, true],
  ])("answers schema: %s → valid %s", (_label, answers, valid) => {
    expect(instruments.LEFS.answersSchema.safeParse(answers).success).toBe(valid);
  });

  it.each<[number, number, number, "better" | "worse" | "same", boolean]>([
    [40, 48, 8, "better", false],
    [40, 49, 9, "better", true],
    [49, 41, -8, "worse", false],
    [49, 40, -9, "worse", true],
    [40, 40, 0, "same", false],
  ])("MCID 9: %s → %s is %s, %s, passes %s", (baseline, latest, change, direction, passes) => {
    expect(scoreChange("LEFS", baseline, latest)).toEqual({ change, direction, passesMcid: passes });
  });
});

describe("PSFS", () => {
  const psfs = (...ratings: (number | null)[]) => ({ activities: ratings.map((rating, i) => ({ activity: `Activity ${i + 1}`, rating })) });

  it.each<[string, (number | null)[], number | null]>([
    ["3 activities, exact mean", [5, 6, 7], 6],
    ["3 activities, 17/3 → 5.7", [5, 6, 6], 5.7],
    ["3 activities, 13/3 → 4.3", [4, 4, 5], 4.3],
    ["4 activities, 1.75 → 1.8 (half up)", [1, 2, 2, 2], 1.8],
    ["4 activities, 1.25 → 1.3 (half up)", [1, 1, 1, 2], 1.3],
    ["4 activities, 8.25 → 8.3", [8, 8, 8, 9], 8.3],
    ["5 activities, 0.2", [0, 0, 0, 0, 1], 0.2],
    ["5 activities, all 10", [10, 10, 10, 10, 10], 10],
    ["one activity unrated", [5, null, 7], null],
    ["2 activities (below the minimum)", [5, 6], null],
    ["6 activities (above the maximum)", [5, 6, 7, 8, 9, 10], null],
  ])("%s → %s", (_label, ratings, score) => {
    const result = scorePsfs(psfs(...ratings));
    expect(result.score).toBe(score);
    expect(result.complete).toBe(score !== null);
  });

  it.each<[number, boolean]>([[2, false], [3, true], [5, true], [6, false]])("answers schema: %s activities → valid %s", (n, valid) => {
    expect(psfsAnswers.safeParse(psfs(...Array.from({ length: n }, () => 5))).success).toBe(valid);
  });

  it("rejects ratings outside 0–10 and empty activity names", () => {
    expect(psfsAnswers.safeParse(psfs(5, 6, 11)).success).toBe(false);
    expect(psfsAnswers.safeParse({ activities: [{ activity: " ", rating: 5 }, { activity: "a", rating: 5 }, { activity: "b", rating: 5 }] }).success).toBe(false);
  });

  it.each<[number, number, number, boolean]>([
    [4.1, 6.1, 2, true],
    [4.1, 6, 1.9, false],
    [6.3, 4.3, -2, true],
    [6.3, 4.4, -1.9, false],
  ])("MCID 2 on the mean: %s → %s changes %s, passes %s", (baseline, latest, change, passes) => {
    const result = scoreChange("PSFS", baseline, latest);
    expect(result.change).toBe(change);
    expect(result.passesMcid).toBe(passes);
  });
});

describe("NRS", () => {
  it.each<[number, number, boolean, string]>([
    [7, 5, true, "2 points (29 %)"],
    [7, 6, false, "1 point (14 %)"],
    [3, 2, true, "1 point but 33 %"],
    [4, 3, false, "1 point, 25 %"],
    [10, 7, true, "exactly 30 %"],
    [10, 8, true, "2 points, 20 %"],
    [10, 9, false, "1 point, 10 %"],
    [5, 3.5, true, "1.5 points = 30 %"],
    [5, 3.6, false, "1.4 points = 28 %"],
    [4.3, 3.01, true, "1.29 = 30 % of a decimal baseline"],
    [0, 1, false, "from 0, 1 point"],
    [0, 2, true, "from 0, 2 points"],
    [1, 0, true, "100 %"],
    [2, 3, true, "worsening by 50 % is important too"],
    [5, 5, false, "no change"],
  ])("%s → %s important %s (%s)", (baseline, latest, important) => {
    expect(isImportantNrsChange(baseline, latest)).toBe(important);
  });

  it("scores the rating and leaves a missing one incomplete", () => {
    expect(scoreNrs({ value: 6 })).toMatchObject({ score: 6, complete: true });
    expect(scoreNrs({ value: null })).toEqual({ score: null, complete: false, interpretation: null });
  });

  it.each<[number, number, "better" | "worse" | "same", boolean]>([
    [6, 4, "better", true],
    [4, 6, "worse", true],
    [6, 5, "better", false],
    [3, 2, "better", true],
    [5, 5, "same", false],
  ])("scoreChange %s → %s: %s, passes %s (lower is better)", (baseline, latest, direction, passes) => {
    expect(scoreChange("NRS", baseline, latest)).toMatchObject({ direction, passesMcid: passes });
  });
});

const dn4With = (yes: number): Dn4Answers => Object.fromEntries(dn4Items.map((item, i) => [item.key, i < yes]));

describe("DN4", () => {
  it("has 7 interview and 3 examination items", () => {
    expect(dn4Items.filter((i) => i.part === "interview")).toHaveLength(7);
    expect(dn4Items.filter((i) => i.part === "examination")).toHaveLength(3);
  });

  it.each<[number, boolean]>([[0, false], [3, false], [4, true], [10, true]])("%s yes → suggests neuropathic %s", (yes, positive) => {
    const result = scoreDn4(dn4With(yes));
    expect(result.score).toBe(yes);
    expect(result.complete).toBe(true);
    expect(result.interpretation).toContain(positive ? "suggests a neuropathic component" : "below the cut-off");
  });

  it("needs all 10 answers", () => {
    const answers = dn4With(5);
    delete answers.itching;
    expect(scoreDn4(answers)).toEqual({ score: null, complete: false, interpretation: null });
    expect(scoreDn4({ ...dn4With(5), burning: null }).complete).toBe(false);
  });
});

const lanssWith = (...yesKeys: (typeof lanssItems)[number]["key"][]): LanssAnswers =>
  Object.fromEntries(lanssItems.map((item) => [item.key, yesKeys.includes(item.key)]));

describe("LANSS", () => {
  it.each(lanssItems.map((item) => [item.key, item.weight] as const))("a yes to %s scores %s", (key, weight) => {
    expect(scoreLanss(lanssWith(key)).score).toBe(weight);
  });

  it("weights sum to 24 (5 symptom items + 2 signs)", () => {
    expect(lanssItems.filter((i) => i.part === "symptoms")).toHaveLength(5);
    expect(lanssItems.filter((i) => i.part === "signs")).toHaveLength(2);
    expect(scoreLanss(lanssWith(...lanssItems.map((i) => i.key))).score).toBe(24);
    expect(scoreLanss(lanssWith()).score).toBe(0);
  });

  it.each<[string, (typeof lanssItems)[number]["key"][], number, boolean]>([
    ["5 + 5 + 1", ["strangeSensations", "skinLooksDifferent", "temperatureChange"], 11, false],
    ["5 + 5 + 2", ["strangeSensations", "skinLooksDifferent", "suddenBursts"], 12, true],
    ["5 + 3 + 3", ["allodynia", "touchSensitivity", "alteredPinprickThreshold"], 11, false],
    ["5 + 5 + 3", ["strangeSensations", "allodynia", "alteredPinprickThreshold"], 13, true],
  ])("%s = %s → likely neuropathic %s", (_label, keys, score, likely) => {
    const result = scoreLanss(lanssWith(...keys));
    expect(result.score).toBe(score);
    expect(result.interpretation).toContain(likely ? "neuropathic mechanisms likely" : "neuropathic mechanisms unlikely");
  });

  it("needs all 7 answers", () => {
    expect(scoreLanss({ ...lanssWith(), allodynia: null }).complete).toBe(false);
  });
});

const pd = (itemSum: number, coursePattern: PainDetectCoursePattern, radiation: boolean): PainDetectAnswers => {
  // Spread the sum over the 7 items, at most 5 each.
  const items = painDetectItems.map((_, i) => Math.max(0, Math.min(5, itemSum - 5 * i)));
  return { ...Object.fromEntries(painDetectItems.map((item, i) => [item.key, items[i]])), coursePattern, radiation };
};

describe("painDETECT", () => {
  it("course patterns score 0, −1, +1, +1 and keep the total within −1..38", () => {
    expect(painDetectCoursePatterns.map((p) => p.points)).toEqual([0, -1, 1, 1]);
    expect(scorePainDetect(pd(0, "persistent-with-attacks", false)).score).toBe(-1);
    expect(scorePainDetect(pd(35, "attacks-with-pain-between", true)).score).toBe(38);
  });

  it.each<[string, PainDetectAnswers, number, "unlikely" | "uncertain" | "likely"]>([
    ["10 + 0 + 2", pd(10, "persistent-slight-fluctuations", true), 12, "unlikely"],
    ["11 + 0 + 2", pd(11, "persistent-slight-fluctuations", true), 13, "uncertain"],
    ["17 + 1 + 0", pd(17, "attacks-without-pain-between", false), 18, "uncertain"],
    ["17 + 0 + 2", pd(17, "persistent-slight-fluctuations", true), 19, "likely"],
    ["20 − 1 + 0", pd(20, "persistent-with-attacks", false), 19, "likely"],
  ])("%s = %s → %s", (_label, answers, score, band) => {
    const result = scorePainDetect(answers);
    expect(result.score).toBe(score);
    expect(painDetectBand(score)).toBe(band);
  });

  it.each<[number, "unlikely" | "uncertain" | "likely"]>([
    [-1, "unlikely"], [12, "unlikely"], [13, "uncertain"], [18, "uncertain"], [19, "likely"], [38, "likely"],
  ])("band of %s is %s", (score, band) => {
    expect(painDetectBand(score)).toBe(band);
  });

  it("needs all 7 items, the course pattern and the radiation answer", () => {
    const full = pd(12, "persistent-slight-fluctuations", false);
    expect(scorePainDetect({ ...full, radiation: null }).complete).toBe(false);
    expect(scorePainDetect({ ...full, coursePattern: null }).complete).toBe(false);
    expect(scorePainDetect({ ...full, numbness: null }).complete).toBe(false);
  });

  it("rejects item answers outside 0–5 and unknown course patterns", () => {
    const schema = instruments.PAINDETECT.answersSchema;
    expect(schema.safeParse({ burning: 6 }).success).toBe(false);
    expect(schema.safeParse({ coursePattern: "sometimes" }).success).toBe(false);
    expect(schema.safeParse({ burning: 5, radiation: true }).success).toBe(true);
  });
});

/** Arbitrary complete answers per instrument. */
const completeAnswers: { [K in InstrumentId]: fc.Arbitrary<InstrumentAnswers[K]> } = {
  LEFS: fc.record({ items: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 20, maxLength: 20 }) }),
  PSFS: fc.record({
    activities: fc.array(
      fc.record({ activity: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0), rating: fc.integer({ min: 0, max: 10 }) }),
      { minLength: 3, maxLength: 5 },
    ),
  }),
  NRS: fc.record({ value: fc.integer({ min: 0, max: 10 }) }),
  DN4: fc.record(Object.fromEntries(dn4Items.map((i) => [i.key, fc.boolean()])) as Record<(typeof dn4Items)[number]["key"], fc.Arbitrary<boolean>>),
  LANSS: fc.record(Object.fromEntries(lanssItems.map((i) => [i.key, fc.boolean()])) as Record<(typeof lanssItems)[number]["key"], fc.Arbitrary<boolean>>),
  PAINDETECT: fc.record({
    ...(Object.fromEntries(painDetectItems.map((i) => [i.key, fc.integer({ min: 0, max: 5 })])) as Record<(typeof painDetectItems)[number]["key"], fc.Arbitrary<number>>),
    coursePattern: fc.constantFrom(...painDetectCoursePatterns.map((p) => p.key)),
    radiation: fc.boolean(),
  }),
};

describe("properties", () => {
  it.each(instrumentIds)("%s: any valid complete answers score complete and within range", (id) => {
    const [min, max] = instruments[id].range;
    fc.assert(
      fc.property(completeAnswers[id] as fc.Arbitrary<unknown>, (answers) => {
        const result = scoreInstrument(id, answers);
        expect(result.complete).toBe(true);
        expect(result.score).not.toBeNull();
        expect(result.score!).toBeGreaterThanOrEqual(min);
        expect(result.score!).toBeLessThanOrEqual(max);
        expect(result.interpretation).not.toBeNull();
      }),
    );
  });

  it("LEFS: any single unanswered item leaves the score null (no prorating)", () => {
    fc.assert(
      fc.property(completeAnswers.LEFS, fc.integer({ min: 0, max: 19 }), ({ items }, hole) => {
        const withHole = items.map((v, i) => (i === hole ? null : v));
        expect(scoreLefs({ items: withHole })).toEqual({ score: null, complete: false, interpretation: null });
      }),
    );
  });

  it.each(instrumentIds)("%s: the direction of a change follows higherIsBetter, and a change ≥ MCID passes", (id) => {
    const [min, max] = instruments[id].range;
    fc.assert(
      fc.property(fc.integer({ min, max }), fc.integer({ min, max }), (baseline, latest) => {
        const { change, direction, passesMcid } = scoreChange(id, baseline, latest);
        expect(change).toBe(latest - baseline);
        expect(direction).toBe(directionOf(change, instruments[id].higherIsBetter));
        const mcid = instruments[id].mcid;
        if (mcid === null) expect(passesMcid).toBeNull();
        else if (Math.abs(change) >= mcid) expect(passesMcid).toBe(true);
        else if (id !== "NRS") expect(passesMcid).toBe(false);
      }),
    );
  });
});
