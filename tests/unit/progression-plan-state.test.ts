import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/domain/errors";
import type { Stage } from "@/server/domain/progression/ladder";
import { initialPlanState, planStateSchema, type PlanState } from "@/server/domain/progression/plan-state";
import { defaultProtocolSettings } from "@/server/domain/progression/settings";
import { overridePrescription } from "@/server/domain/progression/therapist-actions";

const settings = defaultProtocolSettings;
const at = (stage: Stage, target = 300): PlanState => initialPlanState({ stage, targetWeeklyMinutes: target }, settings);
const s8 = (weeklyMinutes: number, o: Partial<PlanState> = {}): PlanState => ({
  ...initialPlanState({ stage: 8, weeklyMinutes, targetWeeklyMinutes: 300 }, settings), ...o,
});
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code : "other";
  }
  return "none";
};

describe("overrides and plan state", () => {
  it("starts a plan at a stage, or in S8 with weekly minutes from the floor to the target", () => {
    expect(initialPlanState({ stage: 6, targetWeeklyMinutes: 300 }, settings)).toEqual({
      stage: 6, weeklyMinutes: null, isCutbackWeek: false, cutbackBaseMinutes: null, consecutiveAppliedProgressions: 0,
      consecutiveRegressions: 0, weeksWithoutProgress: 0, frozen: false, paused: false, targetWeeklyMinutes: 300,
    });
    expect(initialPlanState({ stage: 8, weeklyMinutes: 90, targetWeeklyMinutes: 90 }, settings).weeklyMinutes).toBe(90);
  });

  it.each<[string, Parameters<typeof initialPlanState>[0]]>([
    ["a target below the floor", { stage: 3, targetWeeklyMinutes: 89 }],
    ["S8 without minutes", { stage: 8, targetWeeklyMinutes: 300 }],
    ["S8 below the floor", { stage: 8, weeklyMinutes: 89, targetWeeklyMinutes: 300 }],
    ["S8 above the target", { stage: 8, weeklyMinutes: 301, targetWeeklyMinutes: 300 }],
    ["S8 with part minutes", { stage: 8, weeklyMinutes: 100.5, targetWeeklyMinutes: 300 }],
    ["minutes on a ladder stage", { stage: 5, weeklyMinutes: 100, targetWeeklyMinutes: 300 }],
    ["a stage beyond S8", { stage: 9, targetWeeklyMinutes: 300 }],
  ])("rejects %s", (_label, input) => {
    expect(codeOf(() => initialPlanState(input, settings))).toBe("BAD_INPUT");
  });

  it("overrides the stage or minutes, ending any cut-back; keeps the freeze and pause", () => {
    const cut = s8(150, { isCutbackWeek: true, cutbackBaseMinutes: 200, frozen: true, weeksWithoutProgress: 3 });
    expect(overridePrescription(cut, { weeklyMinutes: 180 }, settings)).toEqual({ ...cut, weeklyMinutes: 180, isCutbackWeek: false, cutbackBaseMinutes: null });
    expect(overridePrescription(cut, { stage: 5 }, settings)).toMatchObject({ stage: 5, weeklyMinutes: null, isCutbackWeek: false, frozen: true });
    expect(overridePrescription(at(7), { stage: 8, weeklyMinutes: 120 }, settings)).toMatchObject({ stage: 8, weeklyMinutes: 120 });
    expect(overridePrescription(at(7), { targetWeeklyMinutes: 200 }, settings).targetWeeklyMinutes).toBe(200);
    expect(overridePrescription(s8(200), { targetWeeklyMinutes: 250, weeklyMinutes: 240 }, settings)).toMatchObject({ weeklyMinutes: 240, targetWeeklyMinutes: 250 });
  });

  it.each<[string, PlanState, Parameters<typeof overridePrescription>[1]]>([
    ["nothing to change", at(3), {}],
    ["S8 without minutes", at(7), { stage: 8 }],
    ["minutes below the floor", s8(200), { weeklyMinutes: 80 }],
    ["minutes above the target", s8(200), { weeklyMinutes: 301 }],
    ["minutes on a ladder stage", at(3), { stage: 4, weeklyMinutes: 100 }],
    ["minutes while on a ladder stage", at(3), { weeklyMinutes: 100 }],
    ["a target below the floor", at(3), { targetWeeklyMinutes: 60 }],
    ["a target below this week's minutes", s8(200), { targetWeeklyMinutes: 150 }],
    ["a stage beyond S8", at(3), { stage: 9 }],
  ])("rejects %s", (_label, state, input) => {
    expect(codeOf(() => overridePrescription(state, input, settings))).toBe("BAD_INPUT");
  });

  it("planStateSchema reads a stored state back and rejects a stage beyond S8", () => {
    const stored = JSON.parse(JSON.stringify(s8(150, { isCutbackWeek: true, cutbackBaseMinutes: 200 }))) as unknown;
    expect(planStateSchema.parse(stored)).toEqual(s8(150, { isCutbackWeek: true, cutbackBaseMinutes: 200 }));
    expect(planStateSchema.safeParse({ ...at(3), stage: 9 }).success).toBe(false);
    expect(planStateSchema.safeParse({ ...at(3), stage: 2.5 }).success).toBe(false);
  });
});
