// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyDecision } from "@/server/domain/progression/apply-decision";
import { assertPlanState, initialPlanState, type PlanState } from "@/server/domain/progression/plan-state";
import { capPlannedRun } from "@/server/domain/load/runs";
import { resumePlan, signOff } from "@/server/domain/progression/therapist-actions";
import { splitWeeklyMinutes } from "@/server/domain/progression/schedule";
import type { WeekDecisionKind } from "@/server/domain/progression/decide";
import { scaleMinutes, toHundredths } from "@/server/domain/progression/exact";
import { s8EntryMinutes, type Stage } from "@/server/domain/progression/ladder";
import { runSurfaces, type RunLog } from "@/server/domain/progression/run-log";
import { defaultProtocolSettings, type ProtocolSettings } from "@/server/domain/progression/settings";
import { processWeek } from "@/server/domain/progression/week";

const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((h) => h / 100);
const settingsArb: fc.Arbitrary<ProtocolSettings> = fc
  .record({
    runsPerWeek: fc.integer({ min: 2, max: 4 }),
    cap: hundredths(5, 15),
    regressFactor: hundredths(60, 90),
    cutbackAfter: fc.integer({ min: 2, max: 5 }),
    cutbackFactor: hundredths(65, 85),
    reviewAfterNoProgressWeeks: fc.integer({ min: 2, max: 6 }),
  })
  .map((s) => ({ ...defaultProtocolSettings, ...s }));

const decisionArb = fc.oneof(
  { arbitrary: fc.constant<WeekDecisionKind>("PROGRESS"), weight: 5 },
  { arbitrary: fc.constant<WeekDecisionKind>("HOLD"), weight: 2 },
  { arbitrary: fc.constant<WeekDecisionKind>("REGRESS"), weight: 2 },
);
const stepArb = fc.record({
  decision: decisionArb,
  openUrgentTriage: fc.integer({ min: 0, max: 11 }).map((n) => n === 0),
  signOff: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
});

/** A random plan (settings, target, entry) and a random run of weekly decisions, triage and sign-offs. */
const scenarioArb = settingsArb.chain((settings) => {
  const floor = settings.runsPerWeek * 30;
  return fc.record({
    settings: fc.constant(settings),
    target: fc.integer({ min: floor, max: 600 }),
    stage: fc.integer({ min: 0, max: 8 }),
    minutesShare: fc.integer({ min: 0, max: 1000 }),
    steps: fc.array(stepArb, { minLength: 1, maxLength: 40 }),
  });
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;
type Step = { state: PlanState; decision: WeekDecisionKind; result: ReturnType<typeof applyDecision>; settings: ProtocolSettings };

/** Walks a scenario through applyDecision; a paused plan is resumed in the first week without triage. */
function walk(s: Scenario): Step[] {
  const floor = s.settings.runsPerWeek * 30;
  const weeklyMinutes = s.stage === 8 ? floor + Math.floor(((s.target - floor) * s.minutesShare) / 1000) : null;
  let state = initialPlanState({ stage: s.stage, weeklyMinutes, targetWeeklyMinutes: s.target }, s.settings);
  const steps: Step[] = [];
  for (const step of s.steps) {
    if (state.paused && !step.openUrgentTriage) state = resumePlan(state, { openUrgentTriage: false });
    if (state.frozen && step.signOff) state = signOff(state);
    const result = applyDecision(state, step.decision, s.settings, { openUrgentTriage: step.openUrgentTriage });
    steps.push({ state, decision: step.decision, result, settings: s.settings });
    state = result.next;
  }
  return steps;
}

const forEveryStep = (check: (step: Step) => void) =>
  fc.assert(
    fc.property(scenarioArb, (scenario) => {
      for (const step of walk(scenario)) check(step);
    }),
    { numRuns: 300 },
  );

describe("R4 invariants (property tests)", () => {
  it("the S8 weekly increase is never above the cap: next ≤ round(M × (1 + cap)), from a cut-back round(L × (1 + cap))", () => {
    forEveryStep(({ state, result, settings }) => {
      const next = result.next;
      const cap = 100 + toHundredths(settings.cap);
      if (state.stage === 8 && next.stage === 8) {
        const reference = state.isCutbackWeek ? state.cutbackBaseMinutes! : state.weeklyMinutes!;
        expect(next.weeklyMinutes!).toBeLessThanOrEqual(scaleMinutes(reference, cap));
      }
      if (state.stage === 7 && next.stage === 8) expect(next.weeklyMinutes!).toBeLessThanOrEqual(s8EntryMinutes(settings));
      if (state.stage < 8) expect(next.stage).toBeLessThanOrEqual(state.stage + 1);
    });
  });

  it("a frozen plan never progresses", () => {
    forEveryStep(({ state, result }) => {
      if (!state.frozen) return;
      expect(result.appliedDecision).not.toBe("PROGRESS");
      expect(result.next.stage).toBeLessThanOrEqual(state.stage);
      if (state.stage === 8 && result.next.stage === 8) expect(result.next.weeklyMinutes!).toBeLessThanOrEqual(state.weeklyMinutes!);
    });
  });

  it("a cut-back week is below the week before it", () => {
    let cutbacks = 0;
    forEveryStep(({ state, result }) => {
      if (result.next.isCutbackWeek && !state.isCutbackWeek) {
        cutbacks++;
        expect(result.next.weeklyMinutes!).toBeLessThan(state.weeklyMinutes!);
        expect(result.next.cutbackBaseMinutes).toBe(state.weeklyMinutes);
      }
    });
    expect(cutbacks).toBeGreaterThan(0);
  });

  it("S8 minutes are never above the target, and every state stays valid", () => {
    forEveryStep(({ result, settings }) => {
      if (result.next.stage === 8) expect(result.next.weeklyMinutes!).toBeLessThanOrEqual(result.next.targetWeeklyMinutes);
      expect(() => assertPlanState(result.next, settings)).not.toThrow();
      expect(result.next.stage === 8 && !result.next.isCutbackWeek ? result.next.weeklyMinutes! >= settings.runsPerWeek * 30 : true).toBe(true);
    });
  });

  it("a paused week changes nothing but the pause", () => {
    forEveryStep(({ state, result }) => {
      if (result.appliedDecision === "PAUSED") expect(result.next).toEqual({ ...state, paused: true });
    });
  });

  it("the freeze starts exactly after 2 regressions in a row or the plateau count", () => {
    forEveryStep(({ state, result, settings }) => {
      if (result.appliedDecision === "PAUSED" || state.frozen) return;
      const expected = result.next.consecutiveRegressions >= 2 || result.next.weeksWithoutProgress >= settings.reviewAfterNoProgressWeeks;
      expect(result.frozenAfter).toBe(expected);
    });
  });
});

const nrs = fc.integer({ min: 0, max: 10 });
const optNrs = fc.option(nrs, { nil: null });
const runArb = (date: string): fc.Arbitrary<RunLog> =>
  fc.record({
    date: fc.constant(date),
    plannedRunMinutes: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    runMinutes: fc.integer({ min: 0, max: 60 }),
    preNrs: optNrs,
    numbness: optNrs,
    tingling: optNrs,
    burning: optNrs,
    pain: optNrs,
    onsetMinute: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    settleMinutes: fc.integer({ min: 0, max: 120 }),
    stoppedForSymptoms: fc.boolean(),
    regions: fc.constantFrom<RunLog["regions"]>([], ["MPN-R"], ["MPN-R", "LPN-R"], ["MPN-L"]),
    motorSign: fc.boolean(),
    restSymptoms: fc.boolean(),
    nextMorningNrs: optNrs,
    rpe: nrs,
    surface: fc.constantFrom(...runSurfaces),
    shoeId: fc.constant(null),
    temperatureC: fc.constant(10),
  });
const redFeature = fc.constantFrom<Partial<RunLog>>(
  { tingling: 9 }, { pain: 6 }, { motorSign: true }, { restSymptoms: true }, { regions: ["MPN-L"] }, { preNrs: 0, nextMorningNrs: 3 },
);

describe("R2–R4 through the weekly engine (property tests)", () => {
  it("a week with a red run never progresses, decided or applied", () => {
    fc.assert(
      fc.property(
        fc.array(runArb("2025-03-04"), { maxLength: 4 }),
        runArb("2025-03-06"),
        redFeature,
        settingsArb,
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        (others, run, red, settings, stage, frozen) => {
          const weeklyMinutes = stage === 8 ? settings.runsPerWeek * 40 : null;
          const state = { ...initialPlanState({ stage, weeklyMinutes, targetWeeklyMinutes: 400 }, settings), frozen };
          const outcome = processWeek({
            settings, state, knownRegions: ["MPN-R", "LPN-R"], weekRuns: [...others, { ...run, ...red }],
            earlierRuns: [], previousWeekRuns: [], openUrgentTriage: false,
          });
          expect(outcome.runs.some((r) => r.sessionClass === "RED")).toBe(true);
          expect(outcome.decision.decision).not.toBe("PROGRESS");
          expect(outcome.result.appliedDecision).not.toBe("PROGRESS");
          expect(outcome.result.next.stage).toBeLessThanOrEqual(stage as Stage);
        },
      ),
    );
  });
});

describe("exact arithmetic and splitting (property tests)", () => {
  it("splitWeeklyMinutes sums exactly, differs by at most 1, longer runs first", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 1, max: 7 }), (weekly, runs) => {
        const split = splitWeeklyMinutes(weekly, runs);
        expect(split).toHaveLength(runs);
        expect(split.reduce((a, b) => a + b, 0)).toBe(weekly);
        expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
        expect([...split].sort((a, b) => b - a)).toEqual(split);
        expect(split.every(Number.isInteger)).toBe(true);
      }),
    );
  });

  it("scaleMinutes rounds the exact product once, halves up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 200 }), (minutes, h) => {
        const exact = (2n * BigInt(minutes) * BigInt(h) + 100n) / 200n;
        expect(scaleMinutes(minutes, h)).toBe(Number(exact));
      }),
    );
  });

  it("a capped planned run is never above block × the longest run of 30 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 200 }), hundredths(100, 150), (planned, longest, block) => {
        const settings = { singleRunWarn: 1, singleRunBlock: block };
        const capped = capPlannedRun(planned, longest, settings);
        expect(100 * capped.minutes).toBeLessThanOrEqual(longest * toHundredths(block));
        expect(capped.minutes).toBeLessThanOrEqual(planned);
        expect(capped.isCapped).toBe(capped.minutes < planned);
      }),
    );
  });
});
