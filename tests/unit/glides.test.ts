import { describe, expect, it } from "vitest";
import { glideAdvice, glideOrderProblem, type GlideSessionLog } from "@/server/domain/programs/glides";

const slider = { exerciseId: "s", glideKind: "slider" as const };
const tensioner = { exerciseId: "t", glideKind: "tensioner" as const };
const calf = { exerciseId: "c", glideKind: null };
const session = (over: Partial<GlideSessionLog> = {}): GlideSessionLog => ({ date: "2026-11-02", peakNrs: 1, lingeredMinutes: 0, nextMorningWorse: false, ...over });

describe("slider before tensioner (DOMAIN 2.3)", () => {
  it.each([
    ["no glides", [calf], [], null],
    ["a slider first", [slider], [], null],
    ["a tensioner with no earlier slider", [tensioner], [], "Sliders come before tensioners"],
    ["a tensioner next to a new slider in the same version", [slider, tensioner], [], "Sliders come before tensioners"],
    ["a tensioner after a version with a slider", [tensioner], [[slider]], null],
    ["a tensioner after versions without a slider", [tensioner], [[calf]], "Sliders come before tensioners"],
  ] as const)("%s", (_name, proposed, earlier, expected) => {
    const problem = glideOrderProblem(proposed, earlier);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });
});

describe("glide symptom rule", () => {
  it.each([
    ["lingering 30 min holds the line", [session({ lingeredMinutes: 30 })], "hold"],
    ["lingering 31 min regresses", [session({ lingeredMinutes: 31 })], "regress"],
    ["worse next morning regresses", [session({ nextMorningWorse: true })], "regress"],
    ["2/10 is allowed", [session({ peakNrs: 2 }), session({ peakNrs: 2 }), session({ peakNrs: 2 })], "progress"],
    ["3/10 holds", [session(), session({ peakNrs: 3 }), session()], "hold"],
    ["fewer than 3 settled sessions hold", [session(), session()], "hold"],
    ["3 settled sessions progress", [session(), session(), session()], "progress"],
  ] as const)("%s", (_name, sessions, action) => {
    expect(glideAdvice("slider", sessions).action).toBe(action);
  });

  it("a tensioner that provokes lasting symptoms goes back to the slider", () => {
    expect(glideAdvice("tensioner", [session({ lingeredMinutes: 45 })]).reason).toContain("back to the slider");
  });
});
