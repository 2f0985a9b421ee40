// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TarsalTunnel } from "@/server/domain/assessments/sections/tarsal-tunnel";
import type { BodyRegion } from "@/server/domain/body-map";
import {
  combineTriage, highestUrgency, sortByUrgency, triageFromAnswers, triageFromFindings, urgencyRank,
  type RedFlagAnswers, type TriageFindings, type TriageResult, type Urgency,
} from "@/server/domain/triage/triage";
import {
  answersFromChecklist, athleteChecklist, athleteTriggerIds, triggerIds, triggers,
  type TriggerId, type TriggerUrgency,
} from "@/server/domain/triage/triggers";

const expectedUrgency: Record<TriggerId, TriggerUrgency> = {
  "T-E1": "emergency", "T-E2": "emergency", "T-E3": "emergency", "T-E4": "emergency", "T-E5": "emergency", "T-E6": "emergency",
  "T-U1": "urgent", "T-U2": "urgent", "T-U3": "urgent", "T-U4": "urgent", "T-U5": "urgent", "T-U6": "urgent", "T-U7": "urgent", "T-U8": "urgent",
  "T-R1": "routine", "T-R2": "routine", "T-R3": "routine", "T-R4": "routine", "T-R5": "routine",
};

describe("triggers (7.1–7.3)", () => {
  it("covers every trigger of sections 7.1–7.3", () => {
    expect(triggerIds).toEqual(Object.keys(expectedUrgency));
  });

  it.each(triggerIds)("%s has its urgency, a clinician label and an athlete message", (id) => {
    const t = triggers[id];
    expect(t.id).toBe(id);
    expect(t.urgency).toBe(expectedUrgency[id]);
    expect(t.clinicianLabel.length).toBeGreaterThan(10);
    expect(t.route.length).toBeGreaterThan(1);
    expect(t.athleteMessage.length).toBeGreaterThan(10);
    if (t.urgency === "emergency") expect(t.athleteMessage).toMatch(/Seek emergency care now/);
    else expect(t.athleteMessage).not.toMatch(/emergency/i);
  });

  it("maps each 7.4 checklist question to a trigger, so those triggers carry an athlete question", () => {
    expect(athleteChecklist).toHaveLength(11);
    expect(athleteTriggerIds).toEqual(["T-E1", "T-E2", "T-E3", "T-E4", "T-U1", "T-U2", "T-U4", "T-U6", "T-U7", "T-U8"]);
    for (const id of triggerIds) expect(triggers[id].athleteQuestion !== null).toBe(athleteTriggerIds.includes(id));
    expect(triggers["T-U6"].athleteQuestion).toContain("night");
    expect(triggers["T-U6"].athleteQuestion).toContain("fever");
  });
});

describe("answersFromChecklist (7.4): missing is not no", () => {
  it.each<[string, Parameters<typeof answersFromChecklist>[0], Partial<Record<TriggerId, "yes" | "no">>]>([
    ["nothing answered", {}, {}],
    ["saddle yes", { "saddle-numbness": "yes" }, { "T-E1": "yes" }],
    ["saddle no", { "saddle-numbness": "no" }, { "T-E1": "no" }],
    ["night yes, unwell missing", { "night-rest": "yes" }, { "T-U6": "yes" }],
    ["night no, unwell missing → unanswered", { "night-rest": "no" }, {}],
    ["night no, unwell yes", { "night-rest": "no", unwell: "yes" }, { "T-U6": "yes" }],
    ["night no, unwell no", { "night-rest": "no", unwell: "no" }, { "T-U6": "no" }],
    ["null is unanswered", { "calf-swelling": null }, {}],
  ])("%s", (_label, checklist, expected) => {
    expect(answersFromChecklist(checklist)).toEqual(expected);
  });
});

describe("triageFromAnswers (R8)", () => {
  it.each(triggerIds)("a yes to %s alone raises its urgency", (id) => {
    const result = triageFromAnswers({ [id]: "yes" });
    expect(result.urgency).toBe(expectedUrgency[id]);
    expect(result.triggered).toEqual([id]);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toContain(id);
    expect(result.flags).toEqual([{ id, urgency: expectedUrgency[id], reason: result.reasons[0] }]);
  });

  it.each(triggerIds)("a no to %s alone raises nothing", (id) => {
    const result = triageFromAnswers({ [id]: "no" });
    expect(result.urgency).toBe("none");
    expect(result.triggered).toEqual([]);
    expect(result.unanswered).not.toContain(id);
  });

  it.each<[string, RedFlagAnswers, Urgency, TriggerId[]]>([
    ["routine + urgent → urgent", { "T-R1": "yes", "T-U3": "yes" }, "urgent", ["T-U3", "T-R1"]],
    ["routine + emergency → emergency", { "T-R2": "yes", "T-E5": "yes" }, "emergency", ["T-E5", "T-R2"]],
    ["all three levels → emergency", { "T-R5": "yes", "T-U1": "yes", "T-E2": "yes" }, "emergency", ["T-E2", "T-U1", "T-R5"]],
    ["two routine → routine", { "T-R3": "yes", "T-R4": "yes" }, "routine", ["T-R3", "T-R4"]],
    ["urgent yes, emergency no → urgent", { "T-U7": "yes", "T-E1": "no" }, "urgent", ["T-U7"]],
  ])("highest urgency wins: %s", (_label, answers, urgency, triggered) => {
    const result = triageFromAnswers(answers);
    expect(result.urgency).toBe(urgency);
    expect(result.triggered).toEqual(triggered);
  });

  it("treats missing answers as unanswered, never as no", () => {
    const empty = triageFromAnswers({});
    expect(empty.urgency).toBe("none");
    expect(empty.unanswered).toEqual([...triggerIds]);
    expect(empty.answered).toEqual([]);

    const someNull = triageFromAnswers({ "T-E1": null, "T-E2": undefined, "T-E3": "no" });
    expect(someNull.unanswered).toContain("T-E1");
    expect(someNull.unanswered).toContain("T-E2");
    expect(someNull.unanswered).not.toContain("T-E3");
    expect(someNull.answered).toEqual(["T-E3"]);

    const allNo = triageFromAnswers(Object.fromEntries(triggerIds.map((id) => [id, "no"])));
    expect(allNo).toMatchObject({ urgency: "none", triggered: [], unanswered: [] });
  });

  it("asks only the given questions (the athlete checklist)", () => {
    const result = triageFromAnswers({ "T-E1": "no" }, athleteTriggerIds);
    expect(result.unanswered).toEqual(athleteTriggerIds.filter((id) => id !== "T-E1"));
    expect(result.unanswered).not.toContain("T-R1");
  });
});

const answer = fc.constantFrom<"yes" | "no" | null | undefined>("yes", "no", null, undefined);
const answersArb: fc.Arbitrary<RedFlagAnswers> = fc.record(
  Object.fromEntries(triggerIds.map((id) => [id, answer])) as Record<TriggerId, typeof answer>,
  { requiredKeys: [] },
);

describe("triage properties", () => {
  it("any yes answer yields an urgency other than none", () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...triggerIds), (answers, id) => {
        expect(triageFromAnswers({ ...answers, [id]: "yes" }).urgency).not.toBe("none");
      }),
    );
  });

  it("is monotone: adding a yes never lowers the urgency", () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...triggerIds), (answers, id) => {
        const before = triageFromAnswers(answers).urgency;
        const after = triageFromAnswers({ ...answers, [id]: "yes" }).urgency;
        expect(urgencyRank[after]).toBeGreaterThanOrEqual(urgencyRank[before]);
      }),
    );
  });

  it("the urgency is the highest of the triggered ones; answered and unanswered partition the questions", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = triageFromAnswers(answers);
        expect(result.urgency).toBe(highestUrgency(result.triggered.map((id) => triggers[id].urgency)));
        expect(result.triggered).toEqual(triggerIds.filter((id) => answers[id] === "yes"));
        expect([...result.answered, ...result.unanswered].sort()).toEqual([...triggerIds].sort());
        expect(result.unanswered).toEqual(triggerIds.filter((id) => answers[id] !== "yes" && answers[id] !== "no"));
      }),
    );
  });

  it("combining never lowers the urgency of any part", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const ra = triageFromAnswers(a);
        const rb = triageFromAnswers(b);
        const combined = combineTriage(ra, rb);
        expect(urgencyRank[combined.urgency]).toBe(Math.max(urgencyRank[ra.urgency], urgencyRank[rb.urgency]));
        expect(combined.reasons).toHaveLength(combined.triggered.length);
      }),
    );
  });
});

const exam = (side: "L" | "R", over: NonNullable<TarsalTunnel["L"]>): Pick<TarsalTunnel, "L" | "R"> => ({ [side]: over });

describe("triageFromFindings", () => {
  it.each<[string, BodyRegion[], TriggerId[], Urgency]>([
    ["no regions", [], [], "none"],
    ["one side only", ["MPN-R", "LPN-R", "MCN-R"], [], "none"],
    ["SADDLE → T-E1", ["SADDLE"], ["T-E1"], "emergency"],
    ["SADDLE with one side", ["SADDLE", "MPN-L"], ["T-E1"], "emergency"],
    ["STOCK → T-U2", ["STOCK"], ["T-U2"], "urgent"],
    ["regions on both sides → T-U2", ["MPN-L", "MPN-R"], ["T-U2"], "urgent"],
    ["different regions, both sides → T-U2", ["DPN-L", "SUR-R"], ["T-U2"], "urgent"],
    ["SADDLE and STOCK", ["SADDLE", "STOCK"], ["T-E1", "T-U2"], "emergency"],
  ])("body map: %s", (_label, regions, triggered, urgency) => {
    const result = triageFromFindings({ symptomHistory: { regions } });
    expect(result.triggered).toEqual(triggered);
    expect(result.urgency).toBe(urgency);
    expect(result.unanswered).toEqual([]);
  });

  it.each<[string, number, boolean]>([
    ["0 of 3 correct", 0, true],
    ["1 of 3 correct (2 wrong)", 1, true],
    ["2 of 3 correct", 2, false],
    ["3 of 3 correct", 3, false],
  ])("monofilament %s → T-U3 %s", (_label, count, raised) => {
    for (const side of ["L", "R"] as const)
      for (const site of ["plantarHallux", "firstMetHead", "fifthMetHead"] as const) {
        const result = triageFromFindings({ tarsalTunnel: exam(side, { sensory: { monofilament: { [site]: count } } }) });
        expect(result.triggered).toEqual(raised ? ["T-U3"] : []);
        if (raised) expect(result.reasons[0]).toContain(`(${count}/3 correct)`);
      }
  });

  it("an unrecorded monofilament site raises nothing", () => {
    expect(triageFromFindings({ tarsalTunnel: exam("L", { sensory: { monofilament: { plantarHallux: null } } }) }).triggered).toEqual([]);
  });

  it.each<[string, TriageFindings, boolean]>([
    ["MRC 5 → 4 (drop of 1 grade)", { previousTarsalTunnel: exam("L", { strength: { abductorHallucisMrc: 5 } }), tarsalTunnel: exam("L", { strength: { abductorHallucisMrc: 4 } }) }, true],
    ["MRC 4 → 2", { previousTarsalTunnel: exam("R", { strength: { toeFlexionMrc: 4 } }), tarsalTunnel: exam("R", { strength: { toeFlexionMrc: 2 } }) }, true],
    ["MRC 5 → 5", { previousTarsalTunnel: exam("L", { strength: { toeSpreadMrc: 5 } }), tarsalTunnel: exam("L", { strength: { toeSpreadMrc: 5 } }) }, false],
    ["MRC 4 → 5 (better)", { previousTarsalTunnel: exam("L", { strength: { toeSpreadMrc: 4 } }), tarsalTunnel: exam("L", { strength: { toeSpreadMrc: 5 } }) }, false],
    ["MRC dropped on the other side's item only in comparison across sides", { previousTarsalTunnel: exam("L", { strength: { toeSpreadMrc: 5 } }), tarsalTunnel: exam("R", { strength: { toeSpreadMrc: 3 } }) }, false],
    ["MRC without a previous visit", { tarsalTunnel: exam("L", { strength: { abductorHallucisMrc: 3 } }) }, false],
    ["new wasting", { previousTarsalTunnel: exam("L", { strength: { wasting: false } }), tarsalTunnel: exam("L", { strength: { wasting: true } }) }, true],
    ["wasting at both visits", { previousTarsalTunnel: exam("L", { strength: { wasting: true } }), tarsalTunnel: exam("L", { strength: { wasting: true } }) }, false],
    ["wasting with no previous assessment ([D]: counts as new)", { tarsalTunnel: exam("R", { strength: { wasting: true } }) }, true],
    ["no wasting", { tarsalTunnel: exam("R", { strength: { wasting: false } }) }, false],
    ["hip abduction MRC 5 → 4", { previousMobilityStrength: { hipAbductionMrc: { L: 5 } }, mobilityStrength: { hipAbductionMrc: { L: 4 } } }, true],
    ["hip abduction MRC 5 → 5", { previousMobilityStrength: { hipAbductionMrc: { L: 5 } }, mobilityStrength: { hipAbductionMrc: { L: 5 } } }, false],
  ])("weakness: %s → T-U1 %s", (_label, findings, raised) => {
    const result = triageFromFindings(findings);
    expect(result.triggered).toEqual(raised ? ["T-U1"] : []);
    expect(result.urgency).toBe(raised ? "urgent" : "none");
  });

  it("empty findings raise nothing and leave nothing unanswered", () => {
    expect(triageFromFindings({})).toEqual({ urgency: "none", triggered: [], unanswered: [], answered: [], reasons: [], flags: [] });
  });
});

describe("combineTriage", () => {
  const findings = triageFromFindings({ symptomHistory: { regions: ["SADDLE"] } });

  it("takes the highest urgency and keeps the trigger order of 7.1–7.3", () => {
    const combined = combineTriage(triageFromAnswers({ "T-R1": "yes" }), findings);
    expect(combined.urgency).toBe("emergency");
    expect(combined.triggered).toEqual(["T-E1", "T-R1"]);
    expect(combined.reasons[0]).toContain("Saddle");
    expect(combined.reasons[1]).toContain("T-R1");
  });

  it("a trigger raised by findings is no longer unanswered", () => {
    const combined = combineTriage(triageFromAnswers({}), findings);
    expect(combined.unanswered).not.toContain("T-E1");
    expect(combined.unanswered).toHaveLength(triggerIds.length - 1);
  });

  it("an answer in one result settles the question left open in another", () => {
    const athlete = triageFromAnswers({}, athleteTriggerIds);
    const clinician = triageFromAnswers({ "T-E2": "no", "T-U7": "no" });
    const combined = combineTriage(athlete, clinician);
    expect(combined.unanswered).not.toContain("T-E2");
    expect(combined.unanswered).not.toContain("T-U7");
    expect(combined.unanswered).toContain("T-E1");
  });

  it("merges the reasons of a trigger raised twice", () => {
    const combined = combineTriage(triageFromAnswers({ "T-E1": "yes" }), findings, findings);
    expect(combined.triggered).toEqual(["T-E1"]);
    expect(combined.reasons).toHaveLength(1);
    expect(combined.reasons[0]).toContain("answered yes");
    expect(combined.reasons[0]).toContain("body map");
  });

  it("of nothing is none", () => {
    expect(combineTriage().urgency).toBe("none");
    expect(highestUrgency([])).toBe("none");
  });

  it("keeps reasons aligned with triggered ids", () => {
    const combined: TriageResult = combineTriage(
      triageFromAnswers({ "T-U6": "yes", "T-R5": "yes" }),
      triageFromFindings({ symptomHistory: { regions: ["STOCK"] }, tarsalTunnel: exam("L", { sensory: { monofilament: { plantarHallux: 1 } } }) }),
    );
    expect(combined.triggered).toEqual(["T-U2", "T-U3", "T-U6", "T-R5"]);
    combined.triggered.forEach((id, i) => expect(combined.reasons[i]).toContain(id));
  });
});

describe("urgency order (R8: emergency > urgent > routine; the highest wins)", () => {
  it.each<[Urgency[], Urgency]>([
    [[], "none"],
    [["none"], "none"],
    [["routine"], "routine"],
    [["routine", "urgent"], "urgent"],
    [["urgent", "routine"], "urgent"],
    [["urgent", "emergency", "routine"], "emergency"],
    [["emergency", "emergency"], "emergency"],
    [["none", "routine", "none"], "routine"],
  ])("the highest of %j is %s", (urgencies, expected) => {
    expect(highestUrgency(urgencies)).toBe(expected);
  });

  it.each<[TriggerUrgency[], TriggerUrgency[]]>([
    [[], []],
    [["routine", "emergency", "urgent"], ["emergency", "urgent", "routine"]],
    [["urgent", "urgent", "routine"], ["urgent", "urgent", "routine"]],
    [["routine", "routine", "emergency"], ["emergency", "routine", "routine"]],
  ])("sorts %j most urgent first", (urgencies, expected) => {
    expect(sortByUrgency(urgencies.map((urgency) => ({ urgency }))).map((f) => f.urgency)).toEqual(expected);
  });

  it("keeps the given order among equal urgencies and leaves its input alone", () => {
    const flags = [
      { id: "a", urgency: "urgent" as const }, { id: "b", urgency: "routine" as const },
      { id: "c", urgency: "urgent" as const }, { id: "d", urgency: "emergency" as const },
    ];
    expect(sortByUrgency(flags).map((f) => f.id)).toEqual(["d", "a", "c", "b"]);
    expect(flags.map((f) => f.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("the first of the sorted flags has the highest urgency", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom<Urgency>("none", "routine", "urgent", "emergency")), (urgencies) => {
      const sorted = sortByUrgency(urgencies.map((urgency) => ({ urgency })));
      expect(sorted[0]?.urgency ?? "none").toBe(highestUrgency(urgencies));
    }));
  });
});
