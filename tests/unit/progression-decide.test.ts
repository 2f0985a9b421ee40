// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyRun, type SessionClass } from "@/server/domain/progression/classify";
import {
  currentPlanWeek, decideWeek, doneNeededOf, isRunDone, isWeekDue, planWeekDates, planWeekOf, weekDueAt, type DecisionRule, type WeekDecisionKind, type WeekRun,
} from "@/server/domain/progression/decide";
import type { RunLog } from "@/server/domain/progression/run-log";
import { defaultProtocolSettings } from "@/server/domain/progression/settings";

const letter: Record<string, SessionClass> = { R: "RED", A: "AMBER", I: "INCOMPLETE", G: "GREEN" };
/** "GGA" → three runs of 20 planned minutes, done, next morning 0. */
const week = (classes: string, patch: Partial<WeekRun> = {}): WeekRun[] =>
  [...classes].map((c) => ({ sessionClass: letter[c]!, plannedRunMinutes: 20, runMinutes: 20, nextMorningNrs: 0, ...patch }));
const nm = (...values: (number | null)[]) => values.map((nextMorningNrs) => ({ nextMorningNrs }));
const decide = (runs: WeekRun[], previousWeekRuns: { nextMorningNrs: number | null }[] = [], runsPerWeek = 3) =>
  decideWeek({ runs, previousWeekRuns, settings: { runsPerWeek } });

describe("R3 rules, each on its own", () => {
  it.each<[string, WeekRun[], { nextMorningNrs: number | null }[], WeekDecisionKind, DecisionRule]>([
    ["3 green", week("GGG"), [], "PROGRESS", "progress"],
    ["2 green, 1 amber", week("GGA"), [], "PROGRESS", "progress"],
    ["2 green, 1 incomplete", week("GGI"), [], "PROGRESS", "progress"],
    ["1 green, 1 amber, 1 incomplete", week("GAI"), [], "PROGRESS", "progress"],
    ["red 2 → regress", week("RRG"), [], "REGRESS", "regress-red-runs"],
    ["red 3 → regress", week("RRR"), [], "REGRESS", "regress-red-runs"],
    ["red 1 → hold", week("RGG"), [], "HOLD", "hold-red-run"],
    ["amber 2 → hold", week("AAG"), [], "HOLD", "hold-amber-runs"],
    ["incomplete 2 → hold", week("IIG"), [], "HOLD", "hold-incomplete-runs"],
    ["green 0 → hold", week("AI"), [], "HOLD", "hold-no-green"],
    ["no runs → hold", [], [], "HOLD", "hold-no-green"],
  ])("%s", (_label, runs, previous, decision, rule) => {
    expect(decide(runs, previous)).toMatchObject({ decision, rule });
  });
});

describe("R3 rest_delta", () => {
  const withNm = (...values: (number | null)[]): WeekRun[] => values.map((v) => ({ ...week("G")[0]!, nextMorningNrs: v }));
  it.each<[string, (number | null)[], (number | null)[], number, WeekDecisionKind, DecisionRule]>([
    ["delta 2 → regress", [2, 2, 2], [0, 0, 0], 2, "REGRESS", "regress-rest-delta"],
    ["delta just under 2 → hold", [2, 2, 1], [0], 5 / 3, "HOLD", "hold-rest-delta"],
    ["delta exactly 2 in thirds → regress", [3, 3, 2], [1, 0, 1], 2, "REGRESS", "regress-rest-delta"],
    ["delta 1 → hold", [1, 1, 1], [0, 0], 1, "HOLD", "hold-rest-delta"],
    ["delta exactly 1 in thirds → hold", [2, 2, 1], [1, 0, 1], 1, "HOLD", "hold-rest-delta"],
    ["delta just under 1 → progress", [1, 1, 0], [0], 2 / 3, "PROGRESS", "progress"],
    ["delta 0 → progress", [1, 1, 1], [1, 1, 1], 0, "PROGRESS", "progress"],
    ["negative delta → progress", [0, 0, 0], [3, 3, 3], -3, "PROGRESS", "progress"],
    ["missing answers are left out of the mean", [4, null, 4], [2, null], 2, "REGRESS", "regress-rest-delta"],
    ["no answer last week → 0", [5, 5, 5], [null, null], 0, "PROGRESS", "progress"],
    ["no previous week → 0", [5, 5, 5], [], 0, "PROGRESS", "progress"],
  ])("%s", (_label, thisWeek, lastWeek, delta, decision, rule) => {
    const d = decide(withNm(...thisWeek), nm(...lastWeek));
    expect(d.restDelta).toBeCloseTo(delta, 10);
    expect(d).toMatchObject({ decision, rule });
  });

  it("no answer this week → 0 (and 3 incomplete runs hold)", () => {
    const d = decide(week("III", { nextMorningNrs: null }), nm(0, 0));
    expect(d.restDelta).toBe(0);
    expect(d.rule).toBe("hold-incomplete-runs");
  });
});

describe("R3 done runs", () => {
  it.each<[number, number]>([[2, 2], [3, 2], [4, 3]])("runs per week %s: %s must be done", (runsPerWeek, needed) => {
    expect(doneNeededOf(runsPerWeek)).toBe(needed);
    const green = (done: number) =>
      Array.from({ length: runsPerWeek }, (_, i): WeekRun => ({ ...week("G")[0]!, runMinutes: i < done ? 20 : 9 }));
    expect(decide(green(needed), [], runsPerWeek)).toMatchObject({ decision: "PROGRESS", counts: { done: needed } });
    expect(decide(green(needed - 1), [], runsPerWeek)).toMatchObject({ decision: "HOLD", rule: "hold-too-few-done", counts: { done: needed - 1 } });
  });

  it.each<[number | null, number, boolean]>([
    [20, 20, true],
    [20, 10, true],
    [20, 9, false],
    [25, 13, true],
    [25, 12, false], // 12 < 12.5
    [0, 0, true], // S0: a walk session
    [null, 30, false], // an unplanned run is not a planned run done
  ])("planned %s, run %s → done %s", (plannedRunMinutes, runMinutes, done) => {
    expect(isRunDone({ plannedRunMinutes, runMinutes })).toBe(done);
  });

  it("done is capped at runs per week", () => {
    expect(decide(week("GGGGG")).counts.done).toBe(3);
  });
});

describe("R3 order: the first matching rule decides", () => {
  it.each<[string, WeekRun[], { nextMorningNrs: number | null }[], DecisionRule, DecisionRule[]]>([
    ["red 2 before rest_delta", week("RRG", { nextMorningNrs: 5 }), nm(0), "regress-red-runs", ["regress-red-runs", "regress-rest-delta"]],
    ["rest_delta 2 before red 1", week("RGG", { nextMorningNrs: 3 }), nm(1), "regress-rest-delta", ["regress-rest-delta"]],
    ["red 1 before amber 2", week("RAA"), [], "hold-red-run", ["hold-red-run", "hold-amber-runs", "hold-no-green"]],
    ["amber 2 before incomplete 2", week("AAII"), [], "hold-amber-runs", ["hold-amber-runs", "hold-incomplete-runs", "hold-no-green"]],
    ["incomplete 2 before green 0", week("II"), [], "hold-incomplete-runs", ["hold-incomplete-runs", "hold-no-green"]],
    ["green 0 before rest_delta 1", week("A", { nextMorningNrs: 1 }), nm(0), "hold-no-green", ["hold-no-green", "hold-rest-delta", "hold-too-few-done"]],
    ["rest_delta 1 before done", week("G", { nextMorningNrs: 1 }), nm(0), "hold-rest-delta", ["hold-rest-delta", "hold-too-few-done"]],
  ])("%s", (_label, runs, previous, rule, matched) => {
    const d = decide(runs, previous);
    expect(d.rule).toBe(rule);
    expect(d.matchedRules).toEqual(matched);
  });
});

describe("R3 reasons name the rule and the evidence", () => {
  const base: RunLog = {
    date: "2025-03-10", plannedRunMinutes: 20, runMinutes: 20, preNrs: 0, numbness: 0, tingling: 1, burning: null, pain: 0,
    onsetMinute: null, settleMinutes: 10, stoppedForSymptoms: false, regions: [], motorSign: false, restSymptoms: false,
    nextMorningNrs: 0, rpe: 3, surface: "road", shoeId: null, temperatureC: 12,
  };
  const classified = (o: Partial<RunLog>): WeekRun => {
    const run = { ...base, ...o };
    return { ...run, ...classifyRun(run, { settings: defaultProtocolSettings, knownRegions: [], earlierRuns: [] }) };
  };

  it("Hold: 2 amber runs (tingling 4/10, 5/10)", () => {
    const d = decide([classified({ tingling: 4 }), classified({ tingling: 5 }), classified({})]);
    expect(d.reason).toBe("Hold: 2 amber runs (tingling 4/10, 5/10)");
  });

  it.each<[string, WeekRun[], { nextMorningNrs: number | null }[], string]>([
    ["two red runs", [classified({ tingling: 7 }), classified({ pain: 6 }), classified({})], [], "Regress: 2 red runs (tingling 7/10; pain 6/10)"],
    ["a red run by a new region", [classified({ regions: ["MPN-L"] }), classified({}), classified({})], [], "Hold: 1 red run (new region MPN-L)"],
    ["mixed amber findings", [classified({ tingling: 3 }), classified({ stoppedForSymptoms: true }), classified({})], [], "Hold: 2 amber runs (tingling 3/10; stopped for symptoms)"],
    ["rest delta", week("GGG", { nextMorningNrs: 2 }), nm(0, 1), "Hold: next-morning symptoms up 1.5 on average from last week (2.0/10 vs 0.5/10)"],
    ["too few done", [classified({}), classified({ runMinutes: 5 }), classified({ runMinutes: 5 })], [], "Hold: 1 run done, 2 needed (at least half the planned run minutes)"],
    ["no runs", [], [], "Hold: no runs logged; 0 runs done, 2 needed (at least half the planned run minutes)"],
    ["progress", [classified({}), classified({}), classified({ tingling: 3 })], [], "Progress: 2 green runs, 1 amber run, 3 runs done (2 needed)"],
  ])("%s", (_label, runs, previous, reason) => {
    expect(decide(runs, previous).reason).toBe(reason);
  });
});

describe("R3 properties", () => {
  const runArb = fc.record({
    sessionClass: fc.constantFrom<SessionClass>("RED", "AMBER", "INCOMPLETE", "GREEN"),
    plannedRunMinutes: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    runMinutes: fc.integer({ min: 0, max: 60 }),
    nextMorningNrs: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  });
  const prevArb = fc.array(fc.record({ nextMorningNrs: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }) }), { maxLength: 5 });

  it("a week with a red run never progresses", () => {
    fc.assert(
      fc.property(fc.array(runArb, { maxLength: 6 }), runArb, prevArb, fc.integer({ min: 2, max: 4 }), (others, red, prev, runsPerWeek) => {
        const runs = [...others, { ...red, sessionClass: "RED" as const }];
        expect(decide(runs, prev, runsPerWeek).decision).not.toBe("PROGRESS");
      }),
    );
  });

  it("PROGRESS only when every hold and regress condition is clear", () => {
    fc.assert(
      fc.property(fc.array(runArb, { maxLength: 6 }), prevArb, fc.integer({ min: 2, max: 4 }), (runs, prev, runsPerWeek) => {
        const d = decide(runs, prev, runsPerWeek);
        const clear = d.counts.red === 0 && d.counts.amber < 2 && d.counts.incomplete < 2 && d.counts.green > 0 && d.restDelta < 1 - 1e-9 && d.counts.done >= doneNeededOf(runsPerWeek);
        expect(d.decision === "PROGRESS").toBe(clear);
        if (d.counts.red >= 2 || d.restDelta >= 2 - 1e-9) expect(d.decision).toBe("REGRESS");
      }),
    );
  });
});

describe("plan weeks and when a decision is due (R3)", () => {
  it.each<[string, number]>([
    ["2025-03-03", 0],
    ["2025-03-09", 0],
    ["2025-03-10", 1],
    ["2025-03-31", 4],
    ["2025-04-06", 4],
    ["2025-03-02", -1],
  ])("a plan starting 2025-03-03: %s is week %s", (date, week) => {
    expect(planWeekOf("2025-03-03", date)).toBe(week);
  });

  it.each<[string, number]>([
    ["2025-02-24", 0],
    ["2025-03-02", 0],
    ["2025-03-03", 0],
    ["2025-03-09", 0],
    ["2025-03-10", 1],
    ["2025-04-06", 4],
  ])("today %s: the current week of a plan starting 2025-03-03 is %s (week 0 before the start)", (today, week) => {
    expect(currentPlanWeek("2025-03-03", today)).toBe(week);
  });

  it("week dates", () => {
    expect(planWeekDates("2025-03-03", 0)).toEqual({ startDate: "2025-03-03", endDate: "2025-03-09" });
    expect(planWeekDates("2025-02-24", 1)).toEqual({ startDate: "2025-03-03", endDate: "2025-03-09" });
    expect(planWeekDates("2024-12-30", 0)).toEqual({ startDate: "2024-12-30", endDate: "2025-01-05" });
  });

  const weekEnd = new Date("2025-03-10T00:00:00Z");
  const at = (iso: string) => new Date(iso);
  const h = (n: number) => new Date(weekEnd.getTime() + n * 3600_000);
  it.each<[string, { nextMorningNrs: number | null; at: Date }[], Date, boolean]>([
    ["not before the week is over, even with every answer in", [{ nextMorningNrs: 0, at: at("2025-03-05T07:00:00Z") }], h(-1), false],
    ["at the week's end when every run has its answer", [{ nextMorningNrs: 0, at: at("2025-03-08T07:00:00Z") }], weekEnd, true],
    ["a week without runs is due when it ends", [], weekEnd, true],
    ["a missing answer waits up to 36 h after the last run", [{ nextMorningNrs: null, at: at("2025-03-09T18:00:00Z") }], at("2025-03-11T05:59:59Z"), false],
    ["36 h after the last run", [{ nextMorningNrs: null, at: at("2025-03-09T18:00:00Z") }], at("2025-03-11T06:00:00Z"), true],
    ["36 h already passed at the week's end", [{ nextMorningNrs: null, at: at("2025-03-05T07:00:00Z") }], weekEnd, true],
    ["the last run counts, not the first", [{ nextMorningNrs: null, at: at("2025-03-03T07:00:00Z") }, { nextMorningNrs: 1, at: at("2025-03-09T07:00:00Z") }], h(18), false],
    ["…until 36 h after it", [{ nextMorningNrs: null, at: at("2025-03-03T07:00:00Z") }, { nextMorningNrs: 1, at: at("2025-03-09T07:00:00Z") }], h(19), true],
  ])("%s", (_label, weekRuns, now, due) => {
    expect(isWeekDue({ weekRuns, weekEnd, now })).toBe(due);
  });

  it("weekDueAt gives the instant", () => {
    expect(weekDueAt({ weekRuns: [{ nextMorningNrs: null, at: at("2025-03-09T18:00:00Z") }], weekEnd }).toISOString()).toBe("2025-03-11T06:00:00.000Z");
  });
});
