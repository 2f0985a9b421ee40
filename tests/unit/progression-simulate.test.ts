// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/domain/errors";
import { initialPlanState, type PlanState } from "@/server/domain/progression/plan-state";
import { classifyRun } from "@/server/domain/progression/classify";
import { addDays } from "@/server/domain/dates";
import type { RunLog } from "@/server/domain/progression/run-log";
import { weekSchedule } from "@/server/domain/progression/schedule";
import { defaultProtocolSettings, resolveSettings } from "@/server/domain/progression/settings";
import { simulate, simulationStartState } from "@/server/domain/progression/simulate";

const start = "2025-03-03";
const shoeId = "5d1f0c2a-7b3e-4c9d-8a6f-2e4b1c3d5f70";
/** A realistic green run: mild numbness and tingling late in the run, settled within 15 min, fine next morning. */
const greenRun = (date: string, planned: number, o: Partial<RunLog> = {}): RunLog => ({
  date, plannedRunMinutes: planned, runMinutes: planned, preNrs: 1, numbness: 1, tingling: 2, burning: null, pain: 0,
  onsetMinute: planned - 5, settleMinutes: 15, stoppedForSymptoms: false, regions: ["MPN-R"], motorSign: false,
  restSymptoms: false, nextMorningNrs: 1, rpe: 3, surface: "road", shoeId, temperatureC: 11, ...o,
});
/** Runs on days 0, 2 and 4 of a plan week with the given planned minutes. */
const weekRuns = (weekIndex: number, planned: number[], o: Partial<RunLog> = {}): RunLog[] =>
  planned.map((p, i) => greenRun(addDays(start, 7 * weekIndex + 2 * i), p, o));
const settings = defaultProtocolSettings;
const knownRegions = ["MPN-R"];

describe("R4 worked example through simulate()", () => {
  // Entry S6, every week green and complete, cap 0.10, target 300:
  // S6, S7, then S8 at 99, 109, 120 (three applied progressions in S8), cut-back week 90, then 132, 145.
  const plannedByWeek = [
    [25, 25, 25], // S6
    [30, 30, 30], // S7
    [33, 33, 33], // S8 99
    [37, 36, 36], // 109
    [40, 40, 40], // 120
    [30, 30, 30], // cut-back 90
    [44, 44, 44], // 132
    [49, 48, 48], // 145
  ];
  const runs = plannedByWeek.flatMap((planned, w) => weekRuns(w, planned));
  const initialState = initialPlanState({ stage: 6, targetWeeklyMinutes: 300 }, settings);
  const weeks = simulate({ settings: resolveSettings(null, { cap: 0.1 }), planStartDate: start, initialState, knownRegions, runs });

  it("prescribes S6, S7, 99, 109, 120, cut-back 90, 132, 145", () => {
    expect(weeks.map((w) => (w.prescribed.stage === 8 ? w.prescribed.weeklyMinutes : `S${w.prescribed.stage}`))).toEqual(
      ["S6", "S7", 99, 109, 120, 90, 132, 145],
    );
    expect(weeks.map((w) => w.prescribed.isCutbackWeek)).toEqual([false, false, false, false, false, true, false, false]);
    expect(weeks.at(-1)!.next).toEqual({ stage: 8, weeklyMinutes: 160, isCutbackWeek: false }); // 159.5 rounds half up
  });

  it("every run is green and every week progresses, nothing paused or frozen", () => {
    for (const w of weeks) {
      expect(w.runs.map((r) => r.sessionClass)).toEqual(["GREEN", "GREEN", "GREEN"]);
      expect(w).toMatchObject({ decision: "PROGRESS", appliedDecision: "PROGRESS", rule: "progress", paused: false, frozen: false, restDelta: 0 });
      expect(w.counts).toEqual({ red: 0, amber: 0, incomplete: 0, green: 3, done: 3 });
      expect(w.reason).toBe("Progress: 3 green runs, 3 runs done (2 needed)");
    }
    expect(weeks[4]!.notes).toContain("Cut-back week after 3 progressions in a row: 120 × 0.75 = 90 min");
  });

  it("the runs are the sessions weekSchedule prescribes for each week", () => {
    let longest: number | null = null;
    for (const w of weeks) {
      const state = initialPlanState(
        { stage: w.prescribed.stage, weeklyMinutes: w.prescribed.weeklyMinutes, targetWeeklyMinutes: 300 },
        settings,
      );
      const planned = weekSchedule({ planStartDate: start, weekIndex: w.weekIndex, state, settings, longestRunLast30Days: longest });
      expect(planned.sessions.map((s) => s.plannedRunMinutes)).toEqual(plannedByWeek[w.weekIndex]);
      expect(planned.sessions.some((s) => s.isCapped)).toBe(false);
      expect(planned.sessions.map((s) => s.date)).toEqual(w.runs.map((r) => r.date));
      longest = Math.max(longest ?? 0, ...plannedByWeek[w.weekIndex]!);
    }
  });
});

describe("simulate(): what the plan does with other weeks", () => {
  const initialState = initialPlanState({ stage: 4, targetWeeklyMinutes: 300 }, settings);
  const sim = (runs: RunLog[], o: { openUrgentTriageWeeks?: number[]; weeks?: number } = {}) =>
    simulate({ settings, planStartDate: start, initialState, knownRegions, runs, ...o });

  it("if tingling stays at 4, the plan holds", () => {
    const [w0, w1] = sim([...weekRuns(0, [20, 20, 20]), ...weekRuns(1, [20, 20, 20], { tingling: 4 })]);
    expect(w0!.next.stage).toBe(5);
    expect(w1).toMatchObject({ decision: "HOLD", rule: "hold-amber-runs", next: { stage: 5 } });
    expect(w1!.reason).toBe("Hold: 3 amber runs (tingling 4/10, 4/10, 4/10); no green run");
    expect(w1!.runs[0]!.reasons).toEqual(["tingling 4/10 > 2"]);
  });

  it("two red runs regress; a new region on the other side is red", () => {
    const runs = [
      ...weekRuns(0, [20, 20]),
      greenRun(addDays(start, 4), 20, { regions: ["MPN-R", "MPN-L"] }),
      ...weekRuns(1, [20], { tingling: 7 }),
    ];
    const [w0, w1] = sim(runs);
    expect(w0!.runs.map((r) => r.sessionClass)).toEqual(["GREEN", "GREEN", "RED"]);
    expect(w0!.runs[2]!.reasons).toEqual(["new region not on the body map: MPN-L"]);
    expect(w0).toMatchObject({ decision: "HOLD", rule: "hold-red-run", next: { stage: 4 } });
    expect(w1).toMatchObject({ decision: "HOLD", rule: "hold-red-run" });
    const [r0] = sim([...weekRuns(0, [20, 20], { tingling: 6 }), ...weekRuns(0, [20]).map((r) => ({ ...r, date: addDays(start, 5) }))]);
    expect(r0).toMatchObject({ decision: "REGRESS", rule: "regress-red-runs", next: { stage: 3 } });
  });

  it("weeks with an open triage are paused and keep the prescription; the plan resumes after", () => {
    const runs = [0, 1, 2, 3].flatMap((w) => weekRuns(w, [20, 20, 20]));
    const weeks = sim(runs, { openUrgentTriageWeeks: [1, 2] });
    expect(weeks.map((w) => [w.appliedDecision, w.paused, w.next.stage])).toEqual([
      ["PROGRESS", false, 5], ["PAUSED", true, 5], ["PAUSED", true, 5], ["PROGRESS", false, 6],
    ]);
    expect(weeks[1]!.decision).toBe("PROGRESS");
    expect(weeks[1]!.reason).toMatch(/^Paused: an emergency or urgent triage is open/);
  });

  it("two regressions freeze the plan: the next PROGRESS is applied as HOLD", () => {
    const red = { tingling: 7 };
    const runs = [...weekRuns(0, [20, 20, 20], red), ...weekRuns(1, [18, 18, 18], red), ...weekRuns(2, [12, 12, 12])];
    const weeks = sim(runs);
    expect(weeks.map((w) => [w.decision, w.appliedDecision, w.frozen, w.next.stage])).toEqual([
      ["REGRESS", "REGRESS", false, 3], ["REGRESS", "REGRESS", true, 2], ["PROGRESS", "HOLD", true, 2],
    ]);
    expect(weeks[2]!.reason).toBe("Progress: 3 green runs, 3 runs done (2 needed). Applied as hold: the plan is frozen for clinician review");
  });

  it("rest_delta compares with the previous plan week", () => {
    const weeks = sim([...weekRuns(0, [20, 20, 20], { preNrs: 3, nextMorningNrs: 1 }), ...weekRuns(1, [20, 20, 20], { preNrs: 3, nextMorningNrs: 2 })]);
    expect(weeks[1]).toMatchObject({ restDelta: 1, decision: "HOLD", rule: "hold-rest-delta" });
  });

  it("runs before the plan start are history only (onset comparison)", () => {
    const before = greenRun(addDays(start, -3), 20, { onsetMinute: 20 });
    const weeks = sim([before, ...weekRuns(0, [20], { onsetMinute: 16 }), ...weekRuns(0, [20, 20]).map((r, i) => ({ ...r, date: addDays(start, 3 + i) }))]);
    expect(weeks).toHaveLength(1);
    expect(weeks[0]!.runs.map((r) => r.sessionClass)).toEqual(["AMBER", "GREEN", "GREEN"]);
    expect(weeks[0]!.runs[0]!.reasons[0]).toBe(`earlier onset: minute 16 ≤ 0.80 × minute 20 (run of ${addDays(start, -3)})`);
  });

  it("weeks without runs hold, and `weeks` extends the simulation", () => {
    const weeks = sim(weekRuns(0, [20, 20, 20]), { weeks: 3 });
    expect(weeks.map((w) => [w.decision, w.rule, w.next.stage])).toEqual([
      ["PROGRESS", "progress", 5], ["HOLD", "hold-no-green", 5], ["HOLD", "hold-no-green", 5],
    ]);
    expect(weeks[2]).toMatchObject({ startDate: "2025-03-17", endDate: "2025-03-23" });
  });

  it("classifies with the production classifyRun", () => {
    const runs = [...weekRuns(0, [20, 20], { tingling: 3 }), greenRun(addDays(start, 6), 20, { nextMorningNrs: null })];
    const [w0] = sim(runs);
    const expected = runs.map((run, i) => classifyRun(run, { settings, knownRegions, earlierRuns: runs.slice(0, i) }));
    expect(w0!.runs).toEqual(runs.map((r, i) => ({ date: r.date, sessionClass: expected[i]!.sessionClass, reasons: expected[i]!.reasons })));
  });
});

describe("simulationStartState (what-if from a plan's current state)", () => {
  const s8 = (weeklyMinutes: number, o: Partial<PlanState> = {}): PlanState => ({
    ...initialPlanState({ stage: 8, weeklyMinutes, targetWeeklyMinutes: 300 }, settings), ...o,
  });
  const counters = { frozen: true, paused: true, consecutiveRegressions: 1, weeksWithoutProgress: 2 };
  const cutback = s8(90, { isCutbackWeek: true, cutbackBaseMinutes: 120, consecutiveAppliedProgressions: 0, ...counters });

  it.each<[string, PlanState | null, { stage: number; weeklyMinutes?: number | null; targetWeeklyMinutes: number }, PlanState]>([
    ["no plan: a new plan's state", null, { stage: 3, targetWeeklyMinutes: 200 }, initialPlanState({ stage: 3, targetWeeklyMinutes: 200 }, settings)],
    ["the same prescription keeps every counter, with the target given", cutback, { stage: 8, weeklyMinutes: 90, targetWeeklyMinutes: 250 }, { ...cutback, targetWeeklyMinutes: 250 }],
    [
      "another S8 figure starts fresh but keeps the freeze, the pause and their counts",
      cutback,
      { stage: 8, weeklyMinutes: 100, targetWeeklyMinutes: 300 },
      { ...s8(100), ...counters },
    ],
    [
      "another stage likewise",
      s8(120, { consecutiveAppliedProgressions: 2, ...counters }),
      { stage: 5, targetWeeklyMinutes: 300 },
      { ...initialPlanState({ stage: 5, targetWeeklyMinutes: 300 }, settings), ...counters },
    ],
    ["the same ladder stage keeps the counts", { ...initialPlanState({ stage: 4, targetWeeklyMinutes: 300 }, settings), weeksWithoutProgress: 2 }, { stage: 4, targetWeeklyMinutes: 300 }, { ...initialPlanState({ stage: 4, targetWeeklyMinutes: 300 }, settings), weeksWithoutProgress: 2 }],
  ])("%s", (_label, current, prescription, expected) => {
    expect(simulationStartState(current, prescription, settings)).toEqual(expected);
  });

  it.each<[string, PlanState | null, { stage: number; weeklyMinutes?: number | null; targetWeeklyMinutes: number }, string]>([
    ["an invalid prescription", s8(120), { stage: 8, targetWeeklyMinutes: 300 }, "BAD_INPUT"],
    ["a target below the S8 minutes kept", s8(200), { stage: 8, weeklyMinutes: 200, targetWeeklyMinutes: 150 }, "BAD_INPUT"],
  ])("refuses %s", (_label, current, prescription, code) => {
    let caught: unknown = null;
    try {
      simulationStartState(current, prescription, settings);
    } catch (e) {
      caught = e;
    }
    expect(caught instanceof DomainError ? caught.code : caught).toBe(code);
  });
});
