// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/domain/errors";
import { applyDecision } from "@/server/domain/progression/apply-decision";
import { assertPlanState, initialPlanState, type PlanState } from "@/server/domain/progression/plan-state";
import { pausePlan, resumePlan, signOff } from "@/server/domain/progression/therapist-actions";
import type { WeekDecisionKind } from "@/server/domain/progression/decide";
import type { Stage } from "@/server/domain/progression/ladder";
import { defaultProtocolSettings, type ProtocolSettings } from "@/server/domain/progression/settings";

const settings = defaultProtocolSettings;
const at = (stage: Stage, target = 300): PlanState => initialPlanState({ stage, targetWeeklyMinutes: target }, settings);
const s8 = (weeklyMinutes: number, o: Partial<PlanState> = {}): PlanState => ({
  ...initialPlanState({ stage: 8, weeklyMinutes, targetWeeklyMinutes: 300 }, settings), ...o,
});
const apply = (state: PlanState, decision: WeekDecisionKind, custom: Partial<ProtocolSettings> = {}, openUrgentTriage = false) =>
  applyDecision(state, decision, { ...settings, ...custom }, { openUrgentTriage });
const letters: Record<string, WeekDecisionKind> = { P: "PROGRESS", H: "HOLD", R: "REGRESS" };
/** Applies "PPHR…" in order; returns every result. */
const run = (state: PlanState, decisions: string, custom: Partial<ProtocolSettings> = {}) => {
  const out: ReturnType<typeof apply>[] = [];
  for (const d of decisions) {
    const r = apply(out.at(-1)?.next ?? state, letters[d]!, custom);
    out.push(r);
  }
  return out;
};
const minutesOf = (results: ReturnType<typeof run>) => results.map((r) => (r.next.stage === 8 ? r.next.weeklyMinutes : `S${r.next.stage}`));
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code : "other";
  }
  return "none";
};

describe("R4 S0–S7: one stage per decision", () => {
  it.each<[Stage, WeekDecisionKind, Stage]>([
    [0, "PROGRESS", 1], [1, "PROGRESS", 2], [2, "PROGRESS", 3], [3, "PROGRESS", 4], [4, "PROGRESS", 5], [5, "PROGRESS", 6], [6, "PROGRESS", 7],
    [0, "HOLD", 0], [3, "HOLD", 3], [7, "HOLD", 7],
    [0, "REGRESS", 0], [1, "REGRESS", 0], [4, "REGRESS", 3], [7, "REGRESS", 6],
  ])("S%s %s → S%s", (stage, decision, next) => {
    const r = apply(at(stage), decision);
    expect(r.appliedDecision).toBe(decision);
    expect(r.next).toMatchObject({ stage: next, weeklyMinutes: null, isCutbackWeek: false });
  });

  it("S0 is the floor of the ladder", () => {
    expect(apply(at(0), "REGRESS").notes).toContain("Already at S0: stays at S0");
  });

  it.each<[Partial<ProtocolSettings>, number, number]>([
    [{}, 300, 99],
    [{ cap: 0.05 }, 300, 95], // 94.5 → 95
    [{ runsPerWeek: 4 }, 300, 132],
    [{ runsPerWeek: 2, cap: 0.15 }, 300, 69],
    [{}, 95, 95], // never above the target
    [{}, 90, 90],
  ])("S7 PROGRESS with %j, target %s → S8 at %s", (custom, target, minutes) => {
    const s = { ...settings, ...custom };
    const r = applyDecision(initialPlanState({ stage: 7, targetWeeklyMinutes: target }, s), "PROGRESS", s, { openUrgentTriage: false });
    expect(r.next).toMatchObject({ stage: 8, weeklyMinutes: minutes, isCutbackWeek: false, consecutiveAppliedProgressions: 0 });
  });
});

describe("R4 S8: weekly minutes", () => {
  it.each<[number, WeekDecisionKind, number | "S7", string]>([
    [200, "PROGRESS", 220, "M × 1.10"],
    [99, "PROGRESS", 109, "108.9"],
    [109, "PROGRESS", 120, "119.9"],
    [145, "PROGRESS", 160, "159.5 rounds half up"],
    [105, "PROGRESS", 116, "115.5 rounds half up"],
    [200, "HOLD", 200, "M"],
    [200, "REGRESS", 150, "M × 0.75"],
    [122, "REGRESS", 92, "91.5 rounds half up"],
    [120, "REGRESS", 90, "exactly the floor stays in S8"],
    [119, "REGRESS", "S7", "89.25 → 89 is below the floor"],
    [110, "REGRESS", "S7", "82.5 → 83 is below the floor"],
    [280, "PROGRESS", 300, "308 is capped at the target"],
    [300, "PROGRESS", 300, "at the target"],
    [300, "HOLD", 300, "at the target"],
  ])("%s %s → %s (%s)", (m, decision, expected, _why) => {
    const r = apply(s8(m), decision);
    if (expected === "S7") expect(r.next).toMatchObject({ stage: 7, weeklyMinutes: null });
    else expect(r.next).toMatchObject({ stage: 8, weeklyMinutes: expected });
  });

  it("notes the cap and the drop to S7", () => {
    expect(apply(s8(280), "PROGRESS").notes).toContain("Capped at the target of 300 min (instead of 308)");
    expect(apply(s8(110), "REGRESS").notes).toContain("Back to S7: 83 min is below the S8 floor of 90 min");
  });

  it.each<[Partial<ProtocolSettings>, number, WeekDecisionKind, number | "S7"]>([
    [{ cap: 0.15 }, 200, "PROGRESS", 230],
    [{ cap: 0.05 }, 150, "PROGRESS", 158], // 157.5
    [{ regressFactor: 0.9 }, 100, "REGRESS", 90],
    [{ regressFactor: 0.6 }, 200, "REGRESS", 120],
    [{ regressFactor: 0.6 }, 140, "REGRESS", "S7"], // 84
    [{ runsPerWeek: 4 }, 150, "REGRESS", "S7"], // 112.5 → 113 < 120
    [{ runsPerWeek: 2 }, 80, "REGRESS", 60],
  ])("settings %j: %s %s → %s", (custom, m, decision, expected) => {
    const s = { ...settings, ...custom };
    const state = initialPlanState({ stage: 8, weeklyMinutes: m, targetWeeklyMinutes: 300 }, s);
    const r = applyDecision(state, decision, s, { openUrgentTriage: false });
    if (expected === "S7") expect(r.next.stage).toBe(7);
    else expect(r.next.weeklyMinutes).toBe(expected);
  });
});

describe("R4 cut-back weeks", () => {
  it("after 3 applied progressions in S8 the next week is a cut-back at round(M × 0.75); then L × 1.10", () => {
    const results = run(s8(99), "PPPPPPPP");
    expect(minutesOf(results)).toEqual([109, 120, 90, 132, 145, 160, 120, 176]);
    expect(results.map((r) => r.next.isCutbackWeek)).toEqual([false, false, true, false, false, false, true, false]);
    expect(results[2]!.next).toMatchObject({ cutbackBaseMinutes: 120, consecutiveAppliedProgressions: 0 });
    expect(results[2]!.notes).toContain("Cut-back week after 3 progressions in a row: 120 × 0.75 = 90 min");
    expect(results[3]!.notes).toContain("After the cut-back: 120 min (the week before it) × 1.10 = 132 min");
    // The cut-back week does not count toward the next cut-back.
    expect(results.map((r) => r.next.consecutiveAppliedProgressions)).toEqual([1, 2, 0, 0, 1, 2, 0, 0]);
  });

  it("a HOLD or REGRESS resets the run of progressions", () => {
    expect(minutesOf(run(s8(100), "PPHPPP"))).toEqual([110, 121, 121, 133, 146, 110]);
    expect(minutesOf(run(s8(200), "PPRPPP"))).toEqual([220, 242, 182, 200, 220, 165]);
  });

  it.each<[Partial<ProtocolSettings>, string, (number | string)[]]>([
    [{ cutbackAfter: 2 }, "PPPP", [110, 83, 121, 133]],
    [{ cutbackAfter: 5 }, "PPPPP", [110, 121, 133, 146, 110]],
    [{ cutbackFactor: 0.85 }, "PPPP", [110, 121, 103, 133]],
    [{ cutbackFactor: 0.65 }, "PPP", [110, 121, 79]], // 121 × 0.65 = 78.65
  ])("settings %j: %s from 100", (custom, decisions, expected) => {
    expect(minutesOf(run(s8(100), decisions, custom))).toEqual(expected);
  });

  it.each<[WeekDecisionKind, number | "S7", string]>([
    ["PROGRESS", 220, "L × 1.10"],
    ["HOLD", 150, "the cut-back minutes again"],
    ["REGRESS", 113, "cut-back × 0.75 = 112.5"],
  ])("end of a cut-back week from L = 200: %s → %s (%s)", (decision, expected) => {
    const cutback = s8(150, { isCutbackWeek: true, cutbackBaseMinutes: 200 });
    const r = apply(cutback, decision);
    expect(r.next).toMatchObject({ stage: 8, weeklyMinutes: expected, isCutbackWeek: false, cutbackBaseMinutes: null, consecutiveAppliedProgressions: 0 });
  });

  it("a cut-back may go below the floor; at its end HOLD or REGRESS below the floor go to S7", () => {
    const [, , cut] = run(s8(90, { targetWeeklyMinutes: 110 }), "PPP");
    // 90 → 99 → 109 → cut-back round(109 × 0.75) = 82
    expect(cut!.next).toMatchObject({ stage: 8, weeklyMinutes: 82, isCutbackWeek: true, cutbackBaseMinutes: 109 });
    expect(apply(cut!.next, "PROGRESS").next).toMatchObject({ stage: 8, weeklyMinutes: 110 }); // 119.9 capped at the target
    expect(apply(cut!.next, "HOLD").next).toMatchObject({ stage: 7 });
    expect(apply(cut!.next, "REGRESS").next).toMatchObject({ stage: 7 });
  });

  it("cut-backs continue at the target", () => {
    expect(minutesOf(run(s8(300), "PPPP"))).toEqual([300, 300, 225, 300]);
  });
});

describe("R4 freeze for clinician review", () => {
  it("two REGRESS decisions in consecutive weeks freeze the plan from the next decision", () => {
    const [first, second, third, fourth] = run(s8(200), "RRPR");
    expect(first).toMatchObject({ frozenBefore: false, frozenAfter: false });
    expect(second).toMatchObject({ frozenBefore: false, frozenAfter: true });
    expect(second!.notes).toContain("Frozen for clinician review: 2 regressions in consecutive weeks");
    expect(third).toMatchObject({ appliedDecision: "HOLD", frozenBefore: true, frozenAfter: true });
    expect(third!.next.weeklyMinutes).toBe(second!.next.weeklyMinutes);
    expect(fourth).toMatchObject({ appliedDecision: "REGRESS" });
    expect(minutesOf([first!, second!, third!, fourth!])).toEqual([150, 113, 113, "S7"]);
  });

  it("regressions that are not consecutive do not freeze", () => {
    const results = run(at(5), "RPRPR", { reviewAfterNoProgressWeeks: 6 });
    expect(results.map((r) => r.frozenAfter)).toEqual([false, false, false, false, false]);
  });

  it.each<[number, string, boolean[]]>([
    [3, "HHH", [false, false, true]],
    [3, "HRH", [false, false, true]],
    [3, "HHPHH", [false, false, false, false, false]],
    [2, "HH", [false, true]],
    [6, "HHHHHH", [false, false, false, false, false, true]],
  ])("review after %s weeks without progress: %s → frozen %j", (weeks, decisions, frozen) => {
    const results = run(at(3), decisions, { reviewAfterNoProgressWeeks: weeks });
    expect(results.map((r) => r.frozenAfter)).toEqual(frozen);
    if (frozen.at(-1)) expect(results.at(-1)!.notes.join()).toMatch(/weeks without progress/);
  });

  it("cut-back weeks are not counted toward the plateau", () => {
    // 3 progressions → cut-back week; HOLD at its end is not counted; 2 more HOLDs make 2 counted weeks.
    const results = run(s8(150), "PPPHHH");
    expect(results.map((r) => r.next.weeksWithoutProgress)).toEqual([0, 0, 0, 0, 1, 2]);
    expect(results.at(-1)!.frozenAfter).toBe(false);
    expect(run(results.at(-1)!.next, "H")[0]!.frozenAfter).toBe(true);
  });

  it("a frozen plan applies PROGRESS as HOLD on the ladder and in S8, and HOLD/REGRESS as usual", () => {
    const frozen = (s: PlanState) => ({ ...s, frozen: true });
    expect(apply(frozen(at(3)), "PROGRESS")).toMatchObject({ appliedDecision: "HOLD", next: { stage: 3 } });
    expect(apply(frozen(at(7)), "PROGRESS")).toMatchObject({ appliedDecision: "HOLD", next: { stage: 7 } });
    expect(apply(frozen(s8(200, { consecutiveAppliedProgressions: 2 })), "PROGRESS")).toMatchObject({
      appliedDecision: "HOLD", next: { weeklyMinutes: 200, consecutiveAppliedProgressions: 0 },
    });
    expect(apply(frozen(at(3)), "REGRESS").next.stage).toBe(2);
    expect(apply(frozen(at(3)), "PROGRESS").notes).toContain("Frozen for clinician review: PROGRESS applied as HOLD until a therapist signs off");
  });

  it("sign-off ends the freeze and restarts both counts", () => {
    const frozen = run(at(5), "RR").at(-1)!.next;
    expect(frozen).toMatchObject({ frozen: true, consecutiveRegressions: 2, weeksWithoutProgress: 2 });
    const signed = signOff(frozen);
    expect(signed).toMatchObject({ frozen: false, consecutiveRegressions: 0, weeksWithoutProgress: 0, stage: 3 });
    expect(apply(signed, "PROGRESS")).toMatchObject({ appliedDecision: "PROGRESS", next: { stage: 4 } });
    expect(apply(signed, "REGRESS").frozenAfter).toBe(false);
    expect(codeOf(() => signOff(at(3)))).toBe("INVALID_STATE");
  });
});

describe("R4 pause by triage", () => {
  it("an open emergency or urgent triage pauses: decision PAUSED, prescription and counts unchanged", () => {
    const state = s8(200, { consecutiveAppliedProgressions: 2, weeksWithoutProgress: 1 });
    const r = apply(state, "PROGRESS", {}, true);
    expect(r.appliedDecision).toBe("PAUSED");
    expect(r.next).toEqual({ ...state, paused: true });
    expect(r.notes[0]).toMatch(/emergency or urgent triage is open/);
  });

  it("stays paused until a therapist resumes, then goes on at the same stage and minutes", () => {
    const paused = apply(at(4), "PROGRESS", {}, true).next;
    expect(apply(paused, "PROGRESS")).toMatchObject({ appliedDecision: "PAUSED", next: { stage: 4, paused: true } });
    expect(codeOf(() => resumePlan(paused, { openUrgentTriage: true }))).toBe("INVALID_STATE");
    const resumed = resumePlan(paused, { openUrgentTriage: false });
    expect(resumed).toEqual({ ...at(4), paused: false });
    expect(apply(resumed, "PROGRESS").next.stage).toBe(5);
    expect(codeOf(() => resumePlan(at(4), { openUrgentTriage: false }))).toBe("INVALID_STATE");
  });

  it("a therapist can pause the plan", () => {
    expect(apply(pausePlan(at(2)), "PROGRESS").appliedDecision).toBe("PAUSED");
  });

  it("a paused week neither freezes nor counts", () => {
    const frozenCheck = apply(s8(200, { consecutiveRegressions: 1, weeksWithoutProgress: 2 }), "REGRESS", {}, true);
    expect(frozenCheck).toMatchObject({ frozenAfter: false, next: { consecutiveRegressions: 1, weeksWithoutProgress: 2 } });
  });
});

describe("applying a decision to a stored state", () => {
  it("refuses to apply a decision to an inconsistent state", () => {
    expect(codeOf(() => apply({ ...at(3), weeklyMinutes: 100 }, "HOLD"))).toBe("INVALID_STATE");
    expect(codeOf(() => apply({ ...at(3), isCutbackWeek: true }, "HOLD"))).toBe("INVALID_STATE");
    expect(codeOf(() => apply({ ...s8(100), cutbackBaseMinutes: 120 }, "HOLD"))).toBe("INVALID_STATE");
    expect(codeOf(() => assertPlanState({ ...at(3), targetWeeklyMinutes: 80 }, settings))).toBe("INVALID_STATE");
  });
});
