import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { symptomFreeTrend, symptomPatterns, type PatternRun } from "@/server/domain/patterns/symptom-patterns";

const day = (n: number) => new Date(Date.UTC(2026, 8, 1 + n)).toISOString().slice(0, 10);
const run = (n: number, over: Partial<PatternRun> = {}): PatternRun => ({
  date: day(n), peak: 1, sessionClass: "GREEN", runMinutes: 25, surface: "road", shoeId: "a", temperatureC: 10, ...over,
});
const shoes = { a: "Brand X Racer", b: "Brand Y Trainer" };
const factor = (runs: PatternRun[], key: string) => symptomPatterns(runs, shoes).find((f) => f.factor === key)!;

describe("R7 symptom patterns", () => {
  it.each([
    [4, false],
    [5, true],
  ])("a factor is shown only when every group has ≥ 5 runs (%i per group → %s)", (n, shown) => {
    const runs = [...Array.from({ length: n }, (_, i) => run(2 * i, { shoeId: "a" })), ...Array.from({ length: 5 }, (_, i) => run(2 * i + 1, { shoeId: "b" }))];
    expect(factor(runs, "shoe").shown).toBe(shown);
  });

  it("a factor with a single group is not shown", () => {
    expect(factor(Array.from({ length: 8 }, (_, i) => run(i)), "surface").shown).toBe(false);
  });

  it.each([
    [[3, 3, 3, 3, 3], [1, 1, 1, 1, 2], false], // 3.0 vs 1.2: 1.8
    [[3, 3, 3, 3, 3], [1, 1, 1, 1, 1], true], // 3.0 vs 1.0: exactly 2.0
  ])("mean peaks %j vs %j: mentioned %s", (a, b, mentioned) => {
    const runs = [...a.map((p, i) => run(2 * i, { shoeId: "a", peak: p })), ...b.map((p, i) => run(2 * i + 1, { shoeId: "b", peak: p }))];
    const f = factor(runs, "shoe");
    expect(f.findings.some((x) => x.startsWith("Peak symptoms averaged"))).toBe(mentioned);
    if (mentioned) expect(f.findings[0]).toBe("Peak symptoms averaged 3.0/10 in the Brand X Racer (5 runs) vs 1.0/10 in the Brand Y Trainer (5 runs).");
  });

  it.each([
    [3, 10, 0, 10, true], // 30 % vs 0 %
    [29, 100, 0, 10, false], // 29 % vs 0 %
  ])("AMBER/RED %i of %i vs %i of %i: mentioned %s", (aHits, aRuns, bHits, bRuns, mentioned) => {
    const runs = [
      ...Array.from({ length: aRuns }, (_, i) => run(i, { surface: "road", sessionClass: i < aHits ? "AMBER" : "GREEN" })),
      ...Array.from({ length: bRuns }, (_, i) => run(aRuns + i, { surface: "grass" })),
    ];
    expect(factor(runs, "surface").findings.some((x) => x.startsWith("AMBER or RED"))).toBe(mentioned);
  });

  it("bands temperature and run length, leaves out runs without a temperature, and the first run for days-since", () => {
    const runs = [run(0, { temperatureC: null }), run(1, { temperatureC: 4.9, runMinutes: 19 }), run(3, { temperatureC: 15, runMinutes: 40 }), run(6, { temperatureC: 15.1, runMinutes: 41 })];
    expect(factor(runs, "temperature").groups.map((g) => [g.label, g.runs])).toEqual([["5–15 °C", 1], ["above 15 °C", 1], ["below 5 °C", 1]]);
    expect(factor(runs, "duration").groups.map((g) => g.label).sort()).toEqual(["20–40 min", "over 40 min", "under 20 min"]);
    expect(factor(runs, "daysSincePrevious").groups.map((g) => [g.label, g.runs])).toEqual([["1 day", 1], ["2 days", 1], ["3 days or more", 1]]);
  });

  it("symptom-free minutes: the onset, or the whole run", () => {
    expect(symptomFreeTrend([{ date: day(2), onsetMinute: null, runMinutes: 20 }, { date: day(1), onsetMinute: 7, runMinutes: 20 }])).toEqual([
      { date: day(1), minutes: 7 }, { date: day(2), minutes: 20 },
    ]);
  });

  it("property: findings only for shown factors, and group counts add up to the factor's runs", () => {
    const arb = fc.array(fc.record({ d: fc.integer({ min: 0, max: 60 }), peak: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), red: fc.boolean(), shoe: fc.constantFrom("a", "b", null), surface: fc.constantFrom("road", "grass") }), { maxLength: 40 });
    fc.assert(
      fc.property(arb, (spec) => {
        const runs = spec.map((s) => run(s.d, { peak: s.peak, sessionClass: s.red ? "RED" : "GREEN", shoeId: s.shoe, surface: s.surface }));
        for (const f of symptomPatterns(runs, shoes)) {
          if (!f.shown) expect(f.findings).toEqual([]);
          const total = f.groups.reduce((a, g) => a + g.runs, 0);
          if (f.factor === "shoe" || f.factor === "surface") expect(total).toBe(runs.length);
        }
      }),
    );
  });
});
