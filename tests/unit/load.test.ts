// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACWR_CAVEAT, acwr, ewma } from "@/server/domain/load/acwr";
import { capPlannedRun, isSingleRunSpike, longestRunBefore, singleRunLimit, weeklyRunMinutes } from "@/server/domain/load/runs";
import { dailyLoads, monotonyAndStrain, sessionLoad, weeklyLoad, type LoadEntry } from "@/server/domain/load/session-load";
import { addDays } from "@/server/domain/dates";
import { defaultProtocolSettings, type ProtocolSettings } from "@/server/domain/progression/settings";

const start = "2025-03-03";
const day = (n: number) => addDays(start, n);
const entry = (n: number, minutes: number, rpe: number): LoadEntry => ({ date: day(n), minutes, rpe });

describe("sessionLoad (R5.4 / Foster: minutes × RPE, AU)", () => {
  it.each<[number, number, number]>([
    [30, 4, 120],
    [45, 0, 0],
    [0, 7, 0],
    [60, 10, 600],
  ])("%s min at RPE %s → %s AU", (minutes, rpe, load) => {
    expect(sessionLoad({ minutes, rpe })).toBe(load);
  });
});

describe("dailyLoads and weeklyLoad (R5.4: weekly load = sum)", () => {
  const entries = [entry(-1, 10, 5), entry(0, 30, 4), entry(2, 20, 3), entry(2, 10, 2), entry(6, 40, 5), entry(7, 50, 5)];

  it("gives every date in [from, to] inclusive, 0 on days without logs, same-day sessions summed", () => {
    expect(dailyLoads(entries, day(0), day(3))).toEqual([
      { date: day(0), load: 120 }, { date: day(1), load: 0 }, { date: day(2), load: 80 }, { date: day(3), load: 0 },
    ]);
    expect(dailyLoads(entries, day(3), day(2))).toEqual([]);
  });

  it.each<[number, number]>([
    [0, 120 + 80 + 200], // days 0–6: day −1 and day 7 are outside
    [-1, 50 + 120 + 80], // days −1–5
    [1, 80 + 200 + 250], // days 1–7
    [8, 0],
  ])("week starting day %s → %s AU", (weekStart, load) => {
    expect(weeklyLoad(entries, day(weekStart))).toBe(load);
  });
});

describe("monotonyAndStrain (Foster: mean ÷ population SD of 7 days; strain = weekly load × monotony)", () => {
  it.each<[number[], number | null, number | null]>([
    [[100, 0, 0, 0, 0, 0, 0], 0.41, 40.82], // mean 14.29, SD 34.99
    [[60, 60, 60, 60, 60, 0, 0], 1.58, 474.34], // mean 42.86, SD 27.11
    [[120, 0, 120, 0, 120, 0, 0], 0.87, 311.77],
    [[50, 50, 50, 50, 50, 50, 50], null, null],
    [[0, 0, 0, 0, 0, 0, 0], null, null],
  ])("%j → monotony %s, strain %s", (daily, monotony, strain) => {
    expect(monotonyAndStrain(daily)).toEqual({ monotony, strain });
  });

  it.each([6, 8])("needs exactly 7 days, not %s", (n) => {
    expect(() => monotonyAndStrain(Array.from({ length: n }, (_, i) => i))).toThrow(RangeError);
  });
});

describe("ewma (Williams 2017, λ = 2 ÷ (N + 1), seeded at 0)", () => {
  it.each<[number[], number, number]>([
    [[], 7, 0],
    [[100], 7, 25],
    [[100, 0], 7, 18.75],
    [[100, 0, 50], 7, 26.5625], // 0.25 × 50 + 0.75 × 18.75
    [[100], 28, 200 / 29],
    [[100, 0, 50], 28, 229900 / 24389], // 100/29 + (27/29)² × 200/29
  ])("%j with N = %s → %s", (loads, span, value) => {
    expect(ewma(loads, span)).toBeCloseTo(value, 10);
  });
});

describe("acwr (R5.6: display only)", () => {
  const today = day(40);
  const daily = (fromOffset: number, load: number) =>
    Array.from({ length: 41 - fromOffset }, (_, i) => entry(fromOffset + i, load, 1));

  it("carries its caveat", () => {
    expect(ACWR_CAVEAT).toBe("Experimental, not a validated injury predictor");
  });

  it.each<[string, number, boolean]>([
    ["27 days of logs", 14, false],
    ["28 days of logs", 13, true],
    ["29 days of logs", 12, true],
  ])("%s → available %s", (_, firstOffset, available) => {
    const result = acwr(daily(firstOffset, 100), today);
    expect(result.available).toBe(available);
    expect(result.acute7).toBe(700);
    for (const key of ["rolling", "ewmaAcute", "ewmaChronic", "ewma"] as const) expect(result[key] === null).toBe(!available);
  });

  it("no logs: nothing available", () => {
    expect(acwr([], today)).toEqual({ available: false, acute7: 0, chronicWeeklyAvg: 0, rolling: null, ewmaAcute: null, ewmaChronic: null, ewma: null });
  });

  it("a constant 100 AU a day for exactly 28 days", () => {
    // EWMA_n of a constant L from a 0 seed = L × (1 − (1 − λ)^n): acute 100 × (1 − 0.75^28), chronic 100 × (1 − (27/29)^28)
    expect(acwr(daily(13, 100), today)).toEqual({
      available: true, acute7: 700, chronicWeeklyAvg: 700, rolling: 1, ewmaAcute: 99.97, ewmaChronic: 86.48, ewma: 1.16,
    });
  });

  it("days without logs count as 0: one 290 AU session 27 days ago", () => {
    // acute 290 × 0.25 × 0.75^27 = 0.0307, chronic 290 × 2/29 × (27/29)^27 = 2.905
    expect(acwr([entry(13, 29, 10)], today)).toEqual({
      available: true, acute7: 0, chronicWeeklyAvg: 72.5, rolling: 0, ewmaAcute: 0.03, ewmaChronic: 2.9, ewma: 0.01,
    });
  });

  it.each<[string, LoadEntry[], number, number, number | null]>([
    ["a log 7 days ago is chronic only", [entry(13, 10, 1), entry(33, 100, 1), entry(34, 300, 1)], 300, 102.5, 2.93],
    ["a log 28 days ago is outside the chronic window", [entry(12, 100, 1), entry(13, 10, 1), entry(40, 30, 1)], 30, 10, 3],
    ["logs after today are ignored", [entry(13, 100, 1), entry(40, 100, 1), entry(41, 500, 1)], 100, 50, 2],
    ["1 in 800 AU: 0.005 rounds up exactly", [entry(13, 799, 1), entry(40, 1, 1)], 1, 200, 0.01],
    ["acute 100, chronic 300: 1.333", [entry(13, 200, 1), entry(40, 100, 1)], 100, 75, 1.33],
    ["zero loads (RPE 0): no ratio", [entry(13, 30, 0), entry(40, 30, 0)], 0, 0, null],
  ])("rolling: %s", (_, entries, acute7, chronicWeeklyAvg, rolling) => {
    expect(acwr(entries, today)).toMatchObject({ available: true, acute7, chronicWeeklyAvg, rolling });
  });

  it("zero loads give no EWMA ratio", () => {
    expect(acwr([entry(13, 30, 0)], today)).toMatchObject({ ewmaAcute: 0, ewmaChronic: 0, ewma: null });
  });

  it("property: rolling ACWR is within 0–4 (the acute week is inside the chronic window)", () => {
    const entriesArb = fc.array(
      fc.record({ offset: fc.integer({ min: 0, max: 45 }), minutes: fc.integer({ min: 0, max: 120 }), rpe: fc.integer({ min: 0, max: 10 }) }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(fc.property(entriesArb, (list) => {
      const result = acwr(list.map((e) => entry(e.offset, e.minutes, e.rpe)), today);
      if (result.rolling === null) return;
      expect(result.rolling).toBeGreaterThanOrEqual(0);
      expect(result.rolling).toBeLessThanOrEqual(4);
      expect(result.ewmaAcute).toBeGreaterThanOrEqual(0);
    }));
  });
});

describe("longestRunBefore (R5.5: longest run of the previous 30 days)", () => {
  it.each<[string, number, number | null]>([
    ["31 days before is outside", -31, null],
    ["30 days before is inside", -30, 40],
    ["the day before is inside", -1, 40],
    ["the same day is not counted", 0, null],
    ["a later day is not counted", 1, null],
  ])("%s", (_, offset, longest) => {
    expect(longestRunBefore([{ date: day(offset), runMinutes: 40 }], day(0))).toBe(longest);
  });

  it("takes the longest; walk-only sessions (0 run minutes) are not runs; the window length is a parameter", () => {
    const runs = [{ date: day(-20), runMinutes: 25 }, { date: day(-3), runMinutes: 18 }, { date: day(-2), runMinutes: 0 }];
    expect(longestRunBefore(runs, day(0))).toBe(25);
    expect(longestRunBefore(runs, day(0), 7)).toBe(18);
    expect(longestRunBefore([{ date: day(-2), runMinutes: 0 }], day(0))).toBeNull();
    expect(longestRunBefore([], day(0))).toBeNull();
  });
});

describe("isSingleRunSpike (R4.6/R6.6: run > warn ratio × previous longest, exact)", () => {
  it.each<[number, number | null, number, boolean]>([
    [33, 30, 1.1, false], // exactly 1.10 ×
    [34, 30, 1.1, true],
    [11, 10, 1.1, false],
    [12, 10, 1.1, true],
    [13, 10, 1.3, false],
    [14, 10, 1.3, true],
    [29, 25, 1.16, false], // 1.16 × 25 is 28.999… in floating point
    [30, 25, 1.16, true],
    [30, 30, 1.0, false],
    [31, 30, 1.0, true],
    [100, null, 1.1, false], // no run in the previous 30 days: no reference
    [100, 0, 1.1, false], // only walk-only sessions (0 run minutes) before: no reference either
    [0, 0, 1.1, false],
    [1, 0, 1.0, false],
  ])("%s min after a longest of %s at %s× → %s", (run, longest, ratio, spike) => {
    expect(isSingleRunSpike(run, longest, ratio)).toBe(spike);
  });
});

describe("single-run limits (R4: × single_run_warn and × single_run_block of the 30-day longest)", () => {
  const settings = defaultProtocolSettings;

  it.each<[number | null, number | null, number | null]>([
    [30, 33, 39],
    [40, 44, 52],
    [33, 36.3, 42.9],
    [null, null, null],
    [0, null, null], // walk-only sessions only: no reference
  ])("longest run %s: warn above %s, block above %s", (longest, warn, block) => {
    expect(singleRunLimit(longest, settings)).toEqual({ warnAbove: warn, blockAbove: block });
  });

  it.each<[number, number | null, Partial<ProtocolSettings>, { minutes: number; isCapped: boolean; isAboveWarn: boolean }]>([
    [33, 30, {}, { minutes: 33, isCapped: false, isAboveWarn: false }], // 33 = 1.10 × 30 is not above
    [34, 30, {}, { minutes: 34, isCapped: false, isAboveWarn: true }],
    [39, 30, {}, { minutes: 39, isCapped: false, isAboveWarn: true }],
    [40, 30, {}, { minutes: 39, isCapped: true, isAboveWarn: true }],
    [11, 10, {}, { minutes: 11, isCapped: false, isAboveWarn: false }], // 10 × 1.1 is 11.000000000000002 in floating point
    [50, 33, {}, { minutes: 42, isCapped: true, isAboveWarn: true }], // 42.9 → 42, never longer than the limit
    [35, 30, { singleRunWarn: 1, singleRunBlock: 1 }, { minutes: 30, isCapped: true, isAboveWarn: false }],
    [60, null, {}, { minutes: 60, isCapped: false, isAboveWarn: false }],
    [60, 0, {}, { minutes: 60, isCapped: false, isAboveWarn: false }],
  ])("planned %s, longest %s, %j", (planned, longest, custom, expected) => {
    expect(capPlannedRun(planned, longest, { ...settings, ...custom })).toEqual(expected);
  });
});

describe("weeklyRunMinutes (run minutes per plan week, R3 weeks)", () => {
  it("puts runs in weeks counted from the plan start, ignoring runs before it and after the last week", () => {
    const runs = [-1, 0, 6, 7, 13, 14, 21].map((n) => ({ date: day(n), runMinutes: 10 + n }));
    expect(weeklyRunMinutes(runs, start, 3)).toEqual([10 + 16, 17 + 23, 24]);
    expect(weeklyRunMinutes(runs, start, 0)).toEqual([]);
  });

  it("property: the weeks add up to the run minutes inside them", () => {
    const runsArb = fc.array(fc.record({ offset: fc.integer({ min: -10, max: 60 }), runMinutes: fc.integer({ min: 0, max: 90 }) }), { maxLength: 30 });
    fc.assert(fc.property(runsArb, fc.integer({ min: 0, max: 8 }), (runs, weeks) => {
      const total = weeklyRunMinutes(runs.map((r) => ({ date: day(r.offset), runMinutes: r.runMinutes })), start, weeks).reduce((s, x) => s + x, 0);
      const inside = runs.filter((r) => r.offset >= 0 && r.offset < 7 * weeks).reduce((s, r) => s + r.runMinutes, 0);
      expect(total).toBe(inside);
    }));
  });
});
