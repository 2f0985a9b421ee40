// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import { sortAlertsBySeverity, type AlertSeverity } from "@/server/domain/alerts/rules";
import { pausesRuns, redFlagPauseReason, runPausingUrgencies, safetyAdvice } from "@/server/domain/triage/safety-advice";
import { athleteChecklist, unansweredChecklistKeys } from "@/server/domain/triage/triggers";

describe("sortAlertsBySeverity", () => {
  const alert = (severity: AlertSeverity, day: number, status = "open") => ({ severity, status, raisedAt: new Date(Date.UTC(2026, 10, day)) });
  it("puts unresolved first, then emergency, urgent, high, medium, routine, low, then newest first", () => {
    const sorted = sortAlertsBySeverity([
      alert("low", 9), alert("medium", 8), alert("emergency", 1), alert("routine", 7), alert("high", 2), alert("urgent", 3), alert("high", 5),
      alert("emergency", 9, "resolved"),
    ]);
    expect(sorted.map((a) => `${a.status === "resolved" ? "resolved " : ""}${a.severity}@${a.raisedAt.getUTCDate()}`)).toEqual([
      "emergency@1", "urgent@3", "high@5", "high@2", "medium@8", "routine@7", "low@9", "resolved emergency@9",
    ]);
  });
});

describe("safetyAdvice (R8.5)", () => {
  it.each([
    ["emergency", /Seek emergency care now/, /do not do your exercises/i, true],
    ["urgent", /doctor within the next few days/, /only the exercises your physio has cleared/i, true],
    ["routine", /referral or a test/, /carry on with your programme/i, false],
  ] as const)("%s: the headline, exercise advice that fits, and whether runs pause", (urgency, headline, exercises, pauses) => {
    const advice = safetyAdvice(urgency, "checklist");
    expect(advice.headline).toMatch(headline);
    expect(advice.exercises).toMatch(exercises);
    expect(pausesRuns(urgency)).toBe(pauses);
    expect(advice.runs !== null).toBe(pauses);
    expect(JSON.stringify(advice)).not.toMatch(/T-[EUR]\d|\bR\d\b|keep doing your exercises/i);
  });

  it.each([
    ["emergency", true],
    ["urgent", true],
    ["routine", false],
  ] as const)("a %s red flag pauses runs: %s (R4 paused by triage), one list for the predicate and the plan-pause query", (urgency, pauses) => {
    expect(pausesRuns(urgency)).toBe(pauses);
    expect((runPausingUrgencies as readonly string[]).includes(urgency)).toBe(pauses);
  });

  it("explains the pause as coming from the athlete's own answers or logs", () => {
    expect(safetyAdvice("emergency", "checklist").runs).toMatch(/your answers to the safety questions/);
    expect(safetyAdvice("urgent", "run").runs).toMatch(/what you logged about a run/);
  });

  it("names the flags in the clinician's words in the pause reason", () => {
    expect(redFlagPauseReason("urgent", ["T-U7"])).toMatch(/^Paused by an urgent red flag: .*calf/i);
  });
});

describe("unansweredChecklistKeys", () => {
  it("counts a missing or null answer as unanswered, never as no", () => {
    expect(unansweredChecklistKeys({})).toHaveLength(athleteChecklist.length);
    expect(unansweredChecklistKeys({ "foot-slap": "no", unwell: null })).toHaveLength(athleteChecklist.length - 1);
    expect(unansweredChecklistKeys(Object.fromEntries(athleteChecklist.map((q) => [q.key, "yes"])))).toEqual([]);
  });
});
