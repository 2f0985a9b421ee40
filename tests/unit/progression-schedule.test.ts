// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import { initialPlanState, type PlanState } from "@/server/domain/progression/plan-state";
import { pausePlan } from "@/server/domain/progression/therapist-actions";
import type { Stage } from "@/server/domain/progression/ladder";
import { EASY_EFFORT, SURFACE_GUIDANCE, splitWeeklyMinutes, weekSchedule } from "@/server/domain/progression/schedule";
import { defaultProtocolSettings, type ProtocolSettings } from "@/server/domain/progression/settings";

const schedule = (state: PlanState, o: { weekIndex?: number; longest?: number | null; settings?: Partial<ProtocolSettings> } = {}) =>
  weekSchedule({
    planStartDate: "2025-03-03",
    weekIndex: o.weekIndex ?? 0,
    state,
    settings: { ...defaultProtocolSettings, ...o.settings },
    longestRunLast30Days: o.longest ?? null,
  });
const at = (stage: Stage, runsPerWeek = 3) => initialPlanState({ stage, targetWeeklyMinutes: 300 }, { runsPerWeek });
const s8 = (weeklyMinutes: number, runsPerWeek = 3) => initialPlanState({ stage: 8, weeklyMinutes, targetWeeklyMinutes: 300 }, { runsPerWeek });

describe("weekSchedule (R4.1, R4.6)", () => {
  it("a run-walk week: three dated sessions with a rest day between, easy, on a flat surface", () => {
    const week = schedule(at(3), { weekIndex: 1 });
    expect(week).toMatchObject({ weekIndex: 1, startDate: "2025-03-10", endDate: "2025-03-16", stage: 3, stageCode: "S3", weeklyRunMinutes: 54, paused: false });
    expect(week.sessions).toEqual(
      ["2025-03-10", "2025-03-12", "2025-03-14"].map((date, i) => ({
        date, day: [0, 2, 4][i], stage: 3, stageCode: "S3", structure: "5 min walk + 6 × (3 min run / 1.5 min walk)",
        plannedRunMinutes: 18, effort: EASY_EFFORT, surface: SURFACE_GUIDANCE, isCapped: false, isAboveWarn: false,
      })),
    );
    expect(EASY_EFFORT).toBe("RPE ≤ 4/10, talk test");
    expect(SURFACE_GUIDANCE).toBe("flat, even surface");
  });

  it.each<[number, number[]]>([[2, [0, 3]], [3, [0, 2, 4]], [4, [0, 2, 4, 6]]])("%s runs a week on days %j", (runsPerWeek, days) => {
    expect(schedule(at(5, runsPerWeek), { settings: { runsPerWeek } }).sessions.map((s) => s.day)).toEqual(days);
  });

  it("S0 is walking only", () => {
    const week = schedule(at(0));
    expect(week.sessions.map((s) => [s.structure, s.plannedRunMinutes])).toEqual(Array(3).fill(["Brisk walk 30 min", 0]));
    expect(week.weeklyRunMinutes).toBe(0);
  });

  it("S8 splits the weekly minutes evenly, longer runs first", () => {
    const week = schedule(s8(109), { longest: 33 });
    expect(week.sessions.map((s) => s.plannedRunMinutes)).toEqual([37, 36, 36]);
    expect(week.sessions[0]!.structure).toBe("37 min continuous easy run");
    expect(week.sessions.map((s) => s.isAboveWarn)).toEqual([true, false, false]); // 37 > 36.3; 36 is not
    expect(week.weeklyRunMinutes).toBe(109);
    expect(schedule(s8(121, 4), { settings: { runsPerWeek: 4 } }).sessions.map((s) => s.plannedRunMinutes)).toEqual([31, 30, 30, 30]);
  });

  it("no planned run is longer than 1.30 × the longest run of the last 30 days", () => {
    const week = schedule(s8(150), { longest: 30 });
    expect(week.sessions.map((s) => [s.plannedRunMinutes, s.isCapped])).toEqual([[39, true], [39, true], [39, true]]);
    expect(week.weeklyRunMinutes).toBe(117);
    expect(schedule(s8(150), { longest: null }).sessions.map((s) => s.plannedRunMinutes)).toEqual([50, 50, 50]);
  });

  it("the ladder stages keep their structure (the single-run rule applies from S8)", () => {
    expect(schedule(at(2), { longest: 8 }).sessions.map((s) => s.plannedRunMinutes)).toEqual([12, 12, 12]);
  });

  it("a paused plan prescribes no runs", () => {
    const week = schedule(pausePlan(s8(150)));
    expect(week).toMatchObject({ paused: true, sessions: [], weeklyRunMinutes: 0 });
  });

  it("flags a cut-back week", () => {
    const cut = { ...s8(90), isCutbackWeek: true, cutbackBaseMinutes: 120 };
    expect(schedule(cut, { longest: 40 })).toMatchObject({ isCutbackWeek: true, weeklyRunMinutes: 90 });
  });
});

describe("splitWeeklyMinutes (R4: S8 weekly minutes over the week's runs)", () => {
  it.each<[number, number, number[]]>([
    [99, 3, [33, 33, 33]],
    [109, 3, [37, 36, 36]],
    [110, 3, [37, 37, 36]],
    [100, 4, [25, 25, 25, 25]],
    [101, 4, [26, 25, 25, 25]],
    [103, 4, [26, 26, 26, 25]],
    [61, 2, [31, 30]],
    [0, 3, [0, 0, 0]],
  ])("%s min over %s runs → %j", (weekly, runs, expected) => {
    expect(splitWeeklyMinutes(weekly, runs)).toEqual(expected);
  });
});
