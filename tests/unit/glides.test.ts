// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import { glideAdvice, glideOrderProblem, recentGlideAdvice, type GlideSessionLog } from "@/server/domain/programs/glides";

const slider = { exerciseId: "s", glideKind: "slider" as const };
const tensioner = { exerciseId: "t", glideKind: "tensioner" as const };
const calf = { exerciseId: "c", glideKind: null };
const session = (over: Partial<GlideSessionLog> = {}): GlideSessionLog => ({ date: "2026-11-02", peakNrs: 1, lingeredMinutes: 0, nextMorningWorse: false, ...over });

describe("slider before tensioner (2.3)", () => {
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

describe("recentGlideAdvice: the rule over the last 7 days of logged sessions", () => {
  const s = (date: string, symptomNrs: number | null, settleMinutes: number | null, status: "done" | "partial" | "skipped" = "done") => ({ date, status, symptomNrs, settleMinutes });

  it.each([
    ["2026-11-03", "regress"], // 7 days before today: still counts
    ["2026-11-02", null], // 8 days before: out of the window
  ] as const)("a lingering session on %s → %s", (date, action) => {
    const advice = recentGlideAdvice("slider", [s(date, 3, 45)], "2026-11-10");
    expect(advice?.action ?? null).toBe(action);
  });

  it("skipped sessions do not count, and future-dated ones are ignored", () => {
    expect(recentGlideAdvice("tensioner", [s("2026-11-09", null, null, "skipped"), s("2026-11-11", 5, 90)], "2026-11-10")).toBeNull();
  });

  it("unrated symptoms count as none: three settled sessions progress", () => {
    const advice = recentGlideAdvice("slider", [s("2026-11-08", null, null), s("2026-11-09", 1, 0, "partial"), s("2026-11-10", 0, null)], "2026-11-10");
    expect(advice?.action).toBe("progress");
  });
});
