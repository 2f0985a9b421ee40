// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PATTERN_CAVEAT, daysSinceBandOf, durationBandOf, symptomFreeTrend, symptomPatterns, temperatureBandOf,
  type PatternFactor, type PatternFactorKey, type PatternRun,
} from "@/server/domain/patterns/symptom-patterns";
import { addDays } from "@/server/domain/dates";

const START = "2026-09-01";
const day = (n: number) => addDays(START, n);
const run = (n: number, over: Partial<PatternRun> = {}): PatternRun => ({
  date: day(n), peak: 1, sessionClass: "GREEN", runMinutes: 25, surface: "road", shoeId: "x", temperatureC: 10, ...over,
});
const shoes = { x: "Brand X Racer", y: "Brand Y Trainer" };
const factor = (runs: PatternRun[], key: PatternFactorKey): PatternFactor => symptomPatterns(runs, shoes).find((f) => f.factor === key)!;
/** n runs with these overrides, one every other day starting at `from` (so two groups can interleave). */
const many = (n: number, from: number, over: Partial<PatternRun> | ((i: number) => Partial<PatternRun>)) =>
  Array.from({ length: n }, (_, i) => run(from + 2 * i, typeof over === "function" ? over(i) : over));

describe("bands (R7)", () => {
  it.each<[number | null, string | null]>([
    [null, null], [-3, "below5"], [4.9, "below5"], [5, "5to15"], [15, "5to15"], [15.1, "above15"], [30, "above15"],
  ])("temperature %s °C → %s", (t, band) => {
    expect(temperatureBandOf(t)).toBe(band);
  });

  it.each<[number, string]>([[0, "under20"], [19, "under20"], [20, "20to40"], [40, "20to40"], [41, "over40"]])("%i run minutes → %s", (m, band) => {
    expect(durationBandOf(m)).toBe(band);
  });

  it.each<[number | null, string | null]>([[null, null], [0, null], [1, "1"], [2, "2"], [3, "3plus"], [10, "3plus"]])("%s days since the previous run → %s", (d, band) => {
    expect(daysSinceBandOf(d)).toBe(band);
  });

  it("the caveat", () => {
    expect(PATTERN_CAVEAT).toBe("Association in your logs, not proof");
  });
});

describe("symptomPatterns: groups (R7)", () => {
  it("always returns the five factors in a fixed order, none shown without runs", () => {
    expect(symptomPatterns([], shoes).map((f) => [f.factor, f.shown, f.groups.length])).toEqual([
      ["shoe", false, 0], ["surface", false, 0], ["temperature", false, 0], ["duration", false, 0], ["daysSincePrevious", false, 0],
    ]);
  });

  it("counts, mean peaks (1 decimal, halves up, runs without a peak left out) and AMBER+RED shares (whole %)", () => {
    const runs = [
      run(0, { peak: 3, sessionClass: "AMBER" }), run(1, { peak: 4, sessionClass: "RED" }), run(2, { peak: null, sessionClass: "INCOMPLETE" }),
      run(3, { peak: 1 }), run(4, { peak: 1 }), run(5, { peak: 2 }), run(6, { peak: 1, surface: "grass" }),
    ];
    const road = factor(runs, "surface").groups.find((g) => g.key === "road")!;
    // peaks 3, 4, 1, 1, 2 → 11 ÷ 5 = 2.2; AMBER or RED 2 of 6 = 33 %
    expect(road).toEqual({ key: "road", label: "Road", runs: 6, meanPeak: 2.2, amberRedShare: 33 });
    expect(factor([run(0, { peak: null })], "surface").groups[0]!.meanPeak).toBeNull();
    // 1 of 8 = 12.5 % → 13 %; peaks 2 + 7 × 1 = 9 ÷ 8 = 1.125 → 1.1
    expect(factor([run(0, { sessionClass: "RED", peak: 2 }), ...many(7, 1, { peak: 1 })], "surface").groups[0]).toMatchObject({ amberRedShare: 13, meanPeak: 1.1 });
    expect(factor([run(0, { peak: 1 }), run(1, { peak: 2 })], "surface").groups[0]!.meanPeak).toBe(1.5);
  });

  it("orders groups deterministically: surfaces in the run log's order, bands low to high, shoes by label with no shoe last", () => {
    const runs = [
      run(0, { surface: "grass", temperatureC: 20, runMinutes: 45, shoeId: null }), run(1, { surface: "trail", temperatureC: 2, runMinutes: 10, shoeId: "y" }),
      run(3, { surface: "road", temperatureC: 10, runMinutes: 30, shoeId: "x" }), run(6, { surface: "sand" }),
    ];
    expect(factor(runs, "surface").groups.map((g) => g.label)).toEqual(["Road", "Trail", "Grass", "sand"]);
    expect(factor(runs, "temperature").groups.map((g) => g.label)).toEqual(["Below 5 °C", "5–15 °C", "Above 15 °C"]);
    expect(factor(runs, "duration").groups.map((g) => g.label)).toEqual(["Under 20 min", "20–40 min", "Over 40 min"]);
    expect(factor(runs, "daysSincePrevious").groups.map((g) => [g.label, g.runs])).toEqual([["1 day", 1], ["2 days", 1], ["3 or more days", 1]]);
    expect(factor(runs, "shoe").groups.map((g) => g.label)).toEqual(["Brand X Racer", "Brand Y Trainer", "No shoe recorded"]);
  });

  it("does not depend on the input order for runs of different dates", () => {
    const runs = [run(0, { peak: 5 }), run(2, { peak: 1, surface: "grass" }), run(3, { peak: 2 }), run(7, { peak: 0 })];
    expect(symptomPatterns([...runs].reverse(), shoes)).toEqual(symptomPatterns(runs, shoes));
  });

  it("leaves runs without a temperature out of the temperature factor only", () => {
    const runs = [run(0, { temperatureC: null }), run(1, { temperatureC: 4.9 }), run(2, { temperatureC: null })];
    expect(factor(runs, "temperature").groups.map((g) => [g.key, g.runs])).toEqual([["below5", 1]]);
    expect(factor(runs, "surface").groups[0]!.runs).toBe(3);
  });

  it("leaves the first run, and a second run on the same day, out of days since the previous run", () => {
    const runs = [run(0), run(1), run(1), run(4)];
    expect(factor(runs, "daysSincePrevious").groups.map((g) => [g.key, g.runs])).toEqual([["1", 1], ["3plus", 1]]);
  });

  it("an unknown shoe id is its own group, labelled as unlisted", () => {
    expect(factor([run(0, { shoeId: "zz" })], "shoe").groups).toEqual([{ key: "zz", label: "Unlisted shoe", runs: 1, meanPeak: 1, amberRedShare: 0 }]);
  });
});

describe("symptomPatterns: when a factor is shown (R7: ≥ 2 groups, each ≥ 5 runs)", () => {
  it.each<[number, number, boolean]>([
    [4, 5, false],
    [5, 4, false],
    [5, 5, true],
    [12, 5, true],
  ])("%i runs in one shoe and %i in the other → shown %s", (a, b, shown) => {
    const runs = [...many(a, 0, { shoeId: "x" }), ...many(b, 1, { shoeId: "y" })];
    expect(factor(runs, "shoe").shown).toBe(shown);
  });

  it("a factor with a single group is never shown, however many runs", () => {
    const f = factor(many(20, 0, { peak: 5 }), "surface");
    expect(f).toMatchObject({ shown: false, findings: [] });
    expect(f.groups).toHaveLength(1);
  });

  it("a third small group hides the whole factor", () => {
    const runs = [...many(6, 0, { surface: "road", peak: 6 }), ...many(6, 1, { surface: "grass", peak: 1 }), run(40, { surface: "track" }), run(41, { surface: "track" }), run(42, { surface: "track" }), run(43, { surface: "track" })];
    expect(factor(runs, "surface")).toMatchObject({ shown: false, findings: [] });
    expect(factor([...runs, run(44, { surface: "track" })], "surface").shown).toBe(true);
  });

  it.each<[number, boolean]>([[4, true], [0, true], [30, true]])("runs without a shoe (%i of them) are listed but never compared", (none, shown) => {
    const runs = [...many(5, 0, { shoeId: "x", peak: 5 }), ...many(5, 1, { shoeId: "y", peak: 1 }), ...many(none, 100, { shoeId: null, peak: 9 })];
    const f = factor(runs, "shoe");
    expect(f.shown).toBe(shown);
    expect(f.findings.join(" ")).not.toContain("no shoe");
    expect(f.groups.reduce((s, g) => s + g.runs, 0)).toBe(10 + none);
  });

  it("one shoe and runs without a shoe is not a comparison", () => {
    expect(factor([...many(8, 0, { shoeId: "x" }), ...many(8, 1, { shoeId: null })], "shoe").shown).toBe(false);
  });
});

describe("symptomPatterns: findings (R7: mean peaks ≥ 2.0 apart, or AMBER+RED shares ≥ 30 points apart)", () => {
  const twoShoes = (a: number[], b: number[]) => [
    ...a.map((peak, i) => run(2 * i, { shoeId: "x", peak })),
    ...b.map((peak, i) => run(2 * i + 1, { shoeId: "y", peak })),
  ];

  it.each<[string, number[], number[], boolean]>([
    ["1.9", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], [2, 2, 2, 2, 2, 2, 2, 2, 2, 3], false], // 4.0 vs 2.1
    ["2.0", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], [2, 2, 2, 2, 2, 2, 2, 2, 2, 2], true], // 4.0 vs 2.0
    ["2.0 (2.3 − 0.3, which floats put at 1.9999…)", [3, 3, 3, 2, 2, 2, 2, 2, 2, 2], [1, 1, 1, 0, 0, 0, 0, 0, 0, 0], true],
    ["1.9 the other way round", [2, 2, 2, 2, 2, 2, 2, 2, 2, 3], [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], false],
  ])("a mean difference of %s → mentioned %s", (_label, a, b, mentioned) => {
    const f = factor(twoShoes(a, b), "shoe");
    expect(f.shown).toBe(true);
    expect(f.findings.some((s) => s.startsWith("Peak symptoms averaged"))).toBe(mentioned);
  });

  it("says it with counts, higher group first", () => {
    const f = factor(twoShoes([1, 1, 1, 1, 1, 1, 1], [5, 5, 5, 5, 5, 5]), "shoe");
    expect(f.findings).toEqual(["Peak symptoms averaged 5.0/10 in the Brand Y Trainer (6 runs) vs 1.0/10 in the Brand X Racer (7 runs)."]);
  });

  it("counts only rated runs in a mean, and says so", () => {
    const runs = [...many(6, 0, { shoeId: "x", peak: 5 }), run(20, { shoeId: "x", peak: null }), ...many(5, 1, { shoeId: "y", peak: 1 })];
    expect(factor(runs, "shoe").findings).toEqual(["Peak symptoms averaged 5.0/10 in the Brand X Racer (6 of 7 runs rated) vs 1.0/10 in the Brand Y Trainer (5 runs)."]);
  });

  it("no mean finding when a group has no rated run", () => {
    const runs = [...many(5, 0, { shoeId: "x", peak: null }), ...many(5, 1, { shoeId: "y", peak: 8 })];
    expect(factor(runs, "shoe")).toMatchObject({ shown: true, findings: [] });
  });

  const surfaces = (roadHits: number, roadRuns: number, grassHits: number, grassRuns: number) => [
    ...Array.from({ length: roadRuns }, (_, i) => run(i, { surface: "road", sessionClass: i < roadHits ? "AMBER" : "GREEN" })),
    ...Array.from({ length: grassRuns }, (_, i) => run(roadRuns + i, { surface: "grass", sessionClass: i < grassHits ? "RED" : "INCOMPLETE" })),
  ];

  it.each<[number, number, number, number, boolean]>([
    [50, 100, 21, 100, false], // 29 points
    [50, 100, 20, 100, true], // 30 points
    [4, 6, 3, 8, false], // 66.7 % vs 37.5 %: 29.2 points (shown rounded as 67 % vs 38 %)
    [3, 10, 0, 10, true], // 30 % vs 0 %
    [0, 10, 3, 10, true], // either way round
  ])("AMBER/RED on %i of %i vs %i of %i → mentioned %s", (a, an, b, bn, mentioned) => {
    const f = factor(surfaces(a, an, b, bn), "surface");
    expect(f.shown).toBe(true);
    expect(f.findings.some((s) => s.startsWith("AMBER or RED"))).toBe(mentioned);
  });

  it("says the share with counts and whole percentages", () => {
    expect(factor(surfaces(4, 6, 1, 7), "surface").findings).toEqual(["AMBER or RED on 4 of 6 runs on road (67 %) vs 1 of 7 on grass (14 %)."]);
  });

  it("compares every pair of groups, in group order, both kinds of finding", () => {
    const runs = [
      ...many(5, 0, { runMinutes: 10, peak: 1 }),
      ...many(5, 1, { runMinutes: 30, peak: 4, sessionClass: "AMBER" }),
      ...many(5, 100, { runMinutes: 50, peak: 2 }),
    ];
    expect(factor(runs, "duration").findings).toEqual([
      "Peak symptoms averaged 4.0/10 on runs of 20–40 min (5 runs) vs 1.0/10 on runs under 20 min (5 runs).",
      "AMBER or RED on 5 of 5 runs of 20–40 min (100 %) vs 0 of 5 under 20 min (0 %).",
      "Peak symptoms averaged 4.0/10 on runs of 20–40 min (5 runs) vs 2.0/10 on runs over 40 min (5 runs).",
      "AMBER or RED on 5 of 5 runs of 20–40 min (100 %) vs 0 of 5 over 40 min (0 %).",
    ]);
  });

  it("temperature and days-since sentences read plainly", () => {
    const cold = [...many(5, 0, { temperatureC: 2, peak: 6 }), ...many(5, 1, { temperatureC: 20, peak: 1 })];
    expect(factor(cold, "temperature").findings[0]).toBe("Peak symptoms averaged 6.0/10 on runs below 5 °C (5 runs) vs 1.0/10 on runs above 15 °C (5 runs).");
    // Back-to-back runs (1 day) are RED, runs after 3 days are GREEN.
    const backToBack = Array.from({ length: 5 }, (_, i) => [run(10 * i, {}), run(10 * i + 1, { sessionClass: "RED" as const }), run(10 * i + 4, {})]).flat();
    const f = factor(backToBack, "daysSincePrevious");
    expect(f.groups.map((g) => [g.key, g.runs])).toEqual([["1", 5], ["3plus", 9]]);
    expect(f.findings).toEqual(["AMBER or RED on 5 of 5 runs with 1 day since the previous run (100 %) vs 0 of 9 with 3 or more days since the previous run (0 %)."]);
  });
});

describe("symptomFreeTrend (R1.6)", () => {
  it("is the onset minute, or the whole run without symptoms, oldest first; walk-only sessions left out", () => {
    expect(symptomFreeTrend([
      { date: day(3), onsetMinute: null, runMinutes: 25 },
      { date: day(1), onsetMinute: 12, runMinutes: 20 },
      { date: day(2), onsetMinute: 0, runMinutes: 0 },
      { date: day(2), onsetMinute: 30, runMinutes: 20 }, // onset logged after the run: capped at the run
    ])).toEqual([{ date: day(1), minutes: 12 }, { date: day(2), minutes: 20 }, { date: day(3), minutes: 25 }]);
  });
});

describe("properties", () => {
  const runArb = fc.record({
    day: fc.integer({ min: 0, max: 60 }),
    peak: fc.option(fc.integer({ min: 0, max: 10 })),
    sessionClass: fc.constantFrom<PatternRun["sessionClass"]>("RED", "AMBER", "INCOMPLETE", "GREEN"),
    runMinutes: fc.integer({ min: 0, max: 90 }),
    surface: fc.constantFrom("road", "track", "trail", "treadmill", "grass"),
    shoeId: fc.constantFrom<string | null>("x", "y", "z", null),
    temperatureC: fc.option(fc.integer({ min: -100, max: 350 }).map((t) => t / 10)),
  }).map((r) => ({ ...r, date: day(r.day) }));
  const runsArb = fc.array(runArb, { maxLength: 60 });

  /** Runs that can take part in a factor: all of them, except those docs/clinical-rules.md R7.1 leaves out. */
  const eligible = (runs: PatternRun[], key: PatternFactorKey): number => {
    if (key === "temperature") return runs.filter((r) => r.temperatureC !== null).length;
    if (key !== "daysSincePrevious") return runs.length;
    const days = new Set(runs.map((r) => r.date)).size;
    return Math.max(0, days - 1); // one run per distinct date after the first date
  };

  it("findings only ever appear for shown factors; shown factors have ≥ 2 compared groups of ≥ 5 runs", () => {
    fc.assert(fc.property(runsArb, (runs) => {
      for (const f of symptomPatterns(runs, shoes)) {
        if (!f.shown) expect(f.findings).toEqual([]);
        const compared = f.groups.filter((g) => !(f.factor === "shoe" && g.key === "none"));
        if (f.shown) {
          expect(compared.length).toBeGreaterThanOrEqual(2);
          for (const g of compared) expect(g.runs).toBeGreaterThanOrEqual(5);
        }
      }
    }), { numRuns: 300 });
  });

  it("groups' run counts sum to the factor's eligible runs; figures stay in range", () => {
    fc.assert(fc.property(runsArb, (runs) => {
      for (const f of symptomPatterns(runs, shoes)) {
        expect(f.groups.reduce((s, g) => s + g.runs, 0)).toBe(eligible(runs, f.factor));
        expect(new Set(f.groups.map((g) => g.key)).size).toBe(f.groups.length);
        for (const g of f.groups) {
          expect(g.runs).toBeGreaterThan(0);
          expect(g.amberRedShare).toBeGreaterThanOrEqual(0);
          expect(g.amberRedShare).toBeLessThanOrEqual(100);
          if (g.meanPeak !== null) {
            expect(g.meanPeak).toBeGreaterThanOrEqual(0);
            expect(g.meanPeak).toBeLessThanOrEqual(10);
            expect(Math.round(g.meanPeak * 10) / 10).toBe(g.meanPeak);
          }
        }
      }
    }), { numRuns: 300 });
  });

  it("a finding's figures agree with the threshold it claims", () => {
    fc.assert(fc.property(runsArb, (runs) => {
      for (const f of symptomPatterns(runs, shoes)) {
        for (const s of f.findings) {
          const share = /^AMBER or RED on (\d+) of (\d+) runs .* \(\d+ %\) vs (\d+) of (\d+) .* \(\d+ %\)\.$/.exec(s);
          const mean = /^Peak symptoms averaged (\d+\.\d)\/10 .* vs (\d+\.\d)\/10 .*\.$/.exec(s);
          expect(share ?? mean).not.toBeNull();
          if (share) {
            const [a, an, b, bn] = share.slice(1).map(Number) as [number, number, number, number];
            expect(100 * (a * bn - b * an)).toBeGreaterThanOrEqual(30 * an * bn);
          }
          // Rounded means can differ by 1.9 at the display even when the exact means are 2.0 apart, never less.
          if (mean) expect(Number(mean[1]) - Number(mean[2])).toBeGreaterThanOrEqual(1.9 - 1e-9);
        }
      }
    }), { numRuns: 300 });
  });
});
