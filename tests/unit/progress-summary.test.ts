// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import { recentAdherence, weeklyNumbnessTinglingMax } from "@/server/domain/progress/caseload-figures";
import { loadTimeline } from "@/server/domain/progress/load-timeline";
import { dailyRounds, exerciseVersionsFrom, plannedExercises, weekStatesFrom } from "@/server/domain/progress/planned";
import { adherenceOf, loadEntriesOfRun, progressSummary, type ProgressInput } from "@/server/domain/progress/summary";
import { initialPlanState, type PlanState } from "@/server/domain/progression/plan-state";
import { defaultProtocolSettings } from "@/server/domain/progression/settings";

const START = "2026-11-02"; // a Monday; plan week 0 is 2 … 8 November
const s1 = initialPlanState({ stage: 1, targetWeeklyMinutes: 150 }, defaultProtocolSettings);
const base = (over: Partial<ProgressInput> = {}): ProgressInput => ({
  today: "2026-11-11", programStart: START,
  exerciseVersions: [{ from: START, items: [{ key: "slider|both", perWeek: 3 }] }],
  exerciseLogs: [], runPlan: { weekStates: [s1, s1], settings: defaultProtocolSettings }, runs: [], crossTraining: [], ...over,
});
const run = (id: string, date: string, runMinutes: number, plannedRunMinutes: number | null = 8) => ({ id, date, plannedRunMinutes, runMinutes, rpe: 3 });

describe("progressSummary (R5)", () => {
  it("matches runs and exercise sessions to the plan and gives adherence this week and overall", () => {
    const s = progressSummary(base({
      exerciseLogs: [{ id: "e1", key: "slider|both", date: "2026-11-02", status: "done" }, { id: "e2", key: "slider|both", date: "2026-11-09", status: "partial" }],
      runs: [run("r1", "2026-11-02", 8), run("r2", "2026-11-04", 3), run("r3", "2026-11-09", 8), run("x", "2026-11-10", 20, null)],
    }));
    expect(s.weekIndex).toBe(1);
    // Week 1 so far: exercise sessions 9 (partial) and 11 (due); runs 9 (done) and 11 (due).
    expect(s.adherence.week).toEqual({ exercise: 25, run: 50, overall: 38 });
    // Overall: exercises 2, 4, 6 (done, missed, missed) + 9, 11; runs 2 done, 4 partial, 6 missed, 9 done, 11 due.
    expect(s.adherence.overall).toEqual({ exercise: 30, run: 50, overall: 40 });
    // The unplanned run counts toward load, not toward adherence.
    expect(s.weeks).toEqual([
      { weekIndex: 0, startDate: "2026-11-02", plannedRunMinutes: 24, runMinutes: 11, load: 33 },
      { weekIndex: 1, startDate: "2026-11-09", plannedRunMinutes: 24, runMinutes: 28, load: 84 },
    ]);
  });

  it("`from` limits sessions and weeks to the window, with the same figures inside it", () => {
    const input = base({ today: "2026-11-20", runPlan: { weekStates: [s1, s1, s1], settings: defaultProtocolSettings }, runs: [run("r", "2026-11-16", 8)] });
    const all = progressSummary(input);
    const windowed = progressSummary({ ...input, from: "2026-11-14" });
    expect(windowed.weeks.map((w) => w.weekIndex)).toEqual([1, 2]);
    expect(windowed.runSessions.every((r) => r.date >= "2026-11-14")).toBe(true);
    expect(recentAdherence(windowed, "2026-11-20", 7)).toBe(recentAdherence(all, "2026-11-20", 7));
  });

  it("plans a frequency above 7 a week as several sessions a day, and a revision from its own day", () => {
    expect(dailyRounds(14)).toEqual([7, 7]);
    expect(dailyRounds(10)).toEqual([7, 3]);
    const sessions = plannedExercises([{ from: START, items: [{ key: "a", perWeek: 14 }] }, { from: "2026-11-04", items: [{ key: "b", perWeek: 7 }] }], START, START, "2026-11-05");
    expect(sessions.map((x) => `${x.date}:${x.key}`)).toEqual(["2026-11-02:a", "2026-11-02:a", "2026-11-03:a", "2026-11-03:a", "2026-11-04:b", "2026-11-05:b"]);
  });
});

describe("caseload figures", () => {
  it("the sparkline is the highest numbness or tingling per 7-day period ending today, oldest first", () => {
    const runs = [
      { date: "2026-11-26", numbness: 1, tingling: 4 },
      { date: "2026-11-20", numbness: 3, tingling: null }, // 2026-11-20 … 26
      { date: "2026-11-19", numbness: 2, tingling: 2 }, // 13 … 19
    ];
    expect(weeklyNumbnessTinglingMax(runs, "2026-11-26", 3)).toEqual([null, 2, 4]);
  });
});

describe("loadTimeline", () => {
  it("gives each week its ACWR (only with 28 days of logs), adherence, symptoms and decision", () => {
    const summary = progressSummary(base({ runs: [run("r1", "2026-11-02", 8)] }));
    const weeks = loadTimeline({
      summary, runs: [{ date: "2026-11-02", peak: 3 }, { date: "2026-11-04", peak: 1 }, { date: "2026-11-05", peak: null }],
      loads: [{ date: "2026-11-02", minutes: 8, rpe: 3 }], decisions: [{ weekIndex: 0, appliedDecision: "HOLD", reason: "Hold: 2 runs done, 2 needed" }], today: "2026-11-11",
    });
    expect(weeks[0]).toMatchObject({ weekIndex: 0, acwrRolling: null, maxPeak: 3, meanPeak: 2, ratedRuns: 2, decision: { appliedDecision: "HOLD", reason: expect.stringContaining("Hold") } });
    expect(weeks[1]).toMatchObject({ weekIndex: 1, maxPeak: null, decision: null });
  });
});

describe("session load of a run without a rated effort", () => {
  it("an unrated RPE gives the run no session load, not zero load; a rated one gives minutes × RPE", () => {
    const run = { id: "r", date: "2026-11-03", plannedRunMinutes: 8, runMinutes: 8, durationMinutes: 20 };
    expect(loadEntriesOfRun({ ...run, rpe: null })).toEqual([]);
    expect(loadEntriesOfRun({ ...run, rpe: 0 })).toEqual([{ date: "2026-11-03", minutes: 20, rpe: 0 }]);
    expect(loadEntriesOfRun({ ...run, rpe: 4 })).toEqual([{ date: "2026-11-03", minutes: 20, rpe: 4 }]);
  });

  it.each<[number | null | undefined, number, number]>([
    [20, 8, 20],
    [null, 8, 8],
    [undefined, 8, 8],
    [0, 8, 0],
  ])("session minutes: the whole session (%s) when given, else the run minutes (%s) → %s", (durationMinutes, runMinutes, minutes) => {
    expect(loadEntriesOfRun({ date: "2026-11-03", runMinutes, durationMinutes, rpe: 3 })).toEqual([{ date: "2026-11-03", minutes, rpe: 3 }]);
  });
});

describe("weekStatesFrom (the prescription each plan week started with)", () => {
  const s2 = initialPlanState({ stage: 2, targetWeeklyMinutes: 150 }, defaultProtocolSettings);
  const s3 = initialPlanState({ stage: 3, targetWeeklyMinutes: 150 }, defaultProtocolSettings);
  const paused: PlanState = { ...s3, paused: true };
  const stored = (s: PlanState) => JSON.parse(JSON.stringify(s)) as unknown;
  it.each<[string, PlanState, { weekIndex: number; before: unknown }[], number, PlanState[]]>([
    ["no decision yet: the current state from week 0", s1, [], 0, [s1]],
    ["decided weeks keep the state they started with; later weeks the current one", s3, [{ weekIndex: 0, before: stored(s1) }, { weekIndex: 1, before: stored(s2) }], 3, [s1, s2, s3, s3]],
    ["decisions in any order", s3, [{ weekIndex: 1, before: stored(s2) }, { weekIndex: 0, before: stored(s1) }], 2, [s1, s2, s3]],
    ["an undecided week between decided ones runs on the current state", s3, [{ weekIndex: 0, before: stored(s1) }, { weekIndex: 2, before: stored(s2) }], 2, [s1, s3, s2]],
    ["a paused plan: the weeks after the last decision are paused", paused, [{ weekIndex: 0, before: stored(s1) }], 2, [s1, paused, paused]],
  ])("%s", (_label, current, decisions, currentWeek, expected) => {
    expect(weekStatesFrom({ state: stored(current) }, decisions, currentWeek)).toEqual(expected);
  });

  it("refuses a stored state that does not parse", () => {
    expect(() => weekStatesFrom({ state: { stage: 9 } }, [], 0)).toThrow();
  });
});

describe("exerciseVersionsFrom (from when each program version counts)", () => {
  const item = (exerciseId: string, perWeek: number) => ({ exerciseId, side: "both", perWeek });
  const version = (n: number, savedAt: string, items = [item("slider", 3)]) => ({ version: n, items, createdAt: new Date(savedAt) });
  it.each<[string, ReturnType<typeof version>[], { from: string; items: { key: string; perWeek: number }[] }[]]>([
    ["no versions", [], []],
    ["the first counts from the program start, whenever it was saved", [version(1, "2026-10-28T10:00:00Z")], [{ from: START, items: [{ key: "slider|both", perWeek: 3 }] }]],
    [
      "a later one from the UTC day it was saved, in version order",
      [version(2, "2026-11-05T23:30:00Z", [item("glide", 7)]), version(1, "2026-11-01T09:00:00Z")],
      [{ from: START, items: [{ key: "slider|both", perWeek: 3 }] }, { from: "2026-11-05", items: [{ key: "glide|both", perWeek: 7 }] }],
    ],
    [
      "a later one saved before the start counts from the start",
      [version(1, "2026-10-20T09:00:00Z"), version(2, "2026-10-30T09:00:00Z", [item("glide", 2)])],
      [{ from: START, items: [{ key: "slider|both", perWeek: 3 }] }, { from: START, items: [{ key: "glide|both", perWeek: 2 }] }],
    ],
    [
      "one saved on the start day counts from it",
      [version(1, "2026-10-20T09:00:00Z"), version(2, "2026-11-02T09:00:00Z", [item("glide", 2)])],
      [{ from: START, items: [{ key: "slider|both", perWeek: 3 }] }, { from: START, items: [{ key: "glide|both", perWeek: 2 }] }],
    ],
  ])("%s", (_label, versions, expected) => {
    expect(exerciseVersionsFrom({ startDate: START }, versions)).toEqual(expected);
  });
});

describe("adherenceOf (R5: exercise, run and overall adherence of matched sessions)", () => {
  type Status = "done" | "partial" | "skipped" | "missed" | "due" | "upcoming";
  const sessions = (key: string, statuses: Status[]) => statuses.map((status, i) => ({ key, date: `2026-11-0${i + 2}`, logId: null, status }));
  it.each<[string, Status[], Status[], { exercise: number | null; run: number | null; overall: number | null }]>([
    ["nothing prescribed", [], [], { exercise: null, run: null, overall: null }],
    ["exercise only", ["done", "partial"], [], { exercise: 75, run: null, overall: 75 }],
    ["both: overall over every session", ["done", "done"], ["missed", "partial"], { exercise: 100, run: 25, overall: 63 }],
    ["an upcoming session is not prescribed yet", ["done", "upcoming"], ["done"], { exercise: 100, run: 100, overall: 100 }],
  ])("%s", (_label, exercise, run, expected) => {
    // Sessions are dated 2 … 3 November; the upcoming one is dated after today.
    const ex = sessions("slider|both", exercise).map((s) => (s.status === "upcoming" ? { ...s, date: "2026-11-20" } : s));
    expect(adherenceOf(ex, sessions("run", run), "2026-11-10")).toEqual(expected);
  });
});
