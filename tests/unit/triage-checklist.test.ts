import { describe, expect, it } from "vitest";
import { triageNotice } from "@/server/domain/triage/safety-advice";
import { checklistFlags } from "@/server/domain/triage/triage";
import {
  athleteChecklist, checklistDue, checklistStatus, triggers, type ChecklistDue, type ChecklistKey, type ChecklistStatus, type SentChecklist,
} from "@/server/domain/triage/triggers";

const allNo = Object.fromEntries(athleteChecklist.map((q) => [q.key, "no"])) as Record<ChecklistKey, "no">;
const at = (iso: string) => new Date(iso);
const sent = (date: string, answers: SentChecklist["answers"]): SentChecklist => ({ date, createdAt: at(`${date}T08:00:00Z`), answers });

describe("checklistStatus (DOMAIN 7.4: only a complete checklist counts as done)", () => {
  it.each<[string, SentChecklist[], ChecklistStatus]>([
    ["nothing sent", [], { lastComplete: null, laterIncomplete: null }],
    ["one complete", [sent("2026-11-20", allNo)], { lastComplete: { date: "2026-11-20", createdAt: at("2026-11-20T08:00:00Z") }, laterIncomplete: null }],
    [
      "a newer one with a gap after a complete one",
      [sent("2026-11-27", { ...allNo, unwell: null }), sent("2026-11-20", allNo)],
      {
        lastComplete: { date: "2026-11-20", createdAt: at("2026-11-20T08:00:00Z") },
        laterIncomplete: { date: "2026-11-27", createdAt: at("2026-11-27T08:00:00Z"), unanswered: 1 },
      },
    ],
    [
      "an older one with gaps before a complete one does not count",
      [sent("2026-11-27", allNo), sent("2026-11-20", { "foot-slap": "no" })],
      { lastComplete: { date: "2026-11-27", createdAt: at("2026-11-27T08:00:00Z") }, laterIncomplete: null },
    ],
    [
      "only incomplete ones: a missing answer is never no",
      [sent("2026-11-27", { "foot-slap": "yes" })],
      { lastComplete: null, laterIncomplete: { date: "2026-11-27", createdAt: at("2026-11-27T08:00:00Z"), unanswered: athleteChecklist.length - 1 } },
    ],
  ])("%s", (_label, checks, expected) => {
    expect(checklistStatus(checks)).toEqual(expected);
  });
});

describe("checklistDue (DOMAIN 7.4: weekly and after any RED run, while the last one sent has gaps)", () => {
  const today = "2026-12-02";
  const complete = (date: string): ChecklistStatus => ({ lastComplete: { date, createdAt: at(`${date}T08:00:00Z`) }, laterIncomplete: null });
  const none: ChecklistStatus = { lastComplete: null, laterIncomplete: null };
  const gaps: ChecklistStatus = { ...complete("2026-11-30"), laterIncomplete: { date: "2026-12-01", createdAt: at("2026-12-01T08:00:00Z"), unanswered: 2 } };
  const red = (changedAt: string) => ({ runClass: "RED" as const, changedAt: at(changedAt) });
  const amber = (changedAt: string) => ({ runClass: "AMBER" as const, changedAt: at(changedAt) });

  it.each<[string, Parameters<typeof checklistDue>[0], ChecklistDue]>([
    ["never answered, program active", { status: none, runs: [], hasActiveProgram: true, today }, { due: true, reason: "weekly" }],
    ["never answered, no program", { status: none, runs: [], hasActiveProgram: false, today }, { due: false, reason: null }],
    ["complete 6 days ago", { status: complete("2026-11-26"), runs: [], hasActiveProgram: true, today }, { due: false, reason: null }],
    ["complete 7 days ago", { status: complete("2026-11-25"), runs: [], hasActiveProgram: true, today }, { due: true, reason: "weekly" }],
    ["complete 7 days ago, no program", { status: complete("2026-11-25"), runs: [], hasActiveProgram: false, today }, { due: false, reason: null }],
    ["a RED run changed after the last complete one", { status: complete("2026-11-30"), runs: [red("2026-11-30T18:00:00Z")], hasActiveProgram: true, today }, { due: true, reason: "red-run" }],
    ["a RED run changed at the same instant is not after it", { status: complete("2026-11-30"), runs: [red("2026-11-30T08:00:00Z")], hasActiveProgram: true, today }, { due: false, reason: null }],
    ["a RED run before the last complete one", { status: complete("2026-11-30"), runs: [red("2026-11-29T18:00:00Z")], hasActiveProgram: true, today }, { due: false, reason: null }],
    ["an AMBER run after the last complete one", { status: complete("2026-11-30"), runs: [amber("2026-12-01T18:00:00Z")], hasActiveProgram: true, today }, { due: false, reason: null }],
    ["a RED run and no complete one, even without a program", { status: none, runs: [red("2026-12-01T18:00:00Z")], hasActiveProgram: false, today }, { due: true, reason: "red-run" }],
    ["the newest one has gaps (before a RED run or the week)", { status: gaps, runs: [red("2026-12-01T18:00:00Z")], hasActiveProgram: true, today }, { due: true, reason: "incomplete" }],
    ["a RED run comes before the weekly reason", { status: complete("2026-11-20"), runs: [red("2026-12-01T18:00:00Z")], hasActiveProgram: true, today }, { due: true, reason: "red-run" }],
  ])("%s", (_label, input, expected) => {
    expect(checklistDue(input)).toEqual(expected);
  });
});

describe("checklistFlags (R8: each yes raises its trigger; unanswered raises nothing)", () => {
  it.each<[string, Partial<Record<ChecklistKey, "yes" | "no" | null>>, string[]]>([
    ["all no", allNo, []],
    ["nothing answered", {}, []],
    ["null is not yes", { "saddle-numbness": null }, []],
    ["one yes", { "calf-swelling": "yes" }, ["T-U7"]],
    ["two questions of one trigger make one flag", { "night-rest": "yes", unwell: "yes" }, ["T-U6"]],
    ["checklist order", { unwell: "yes", "saddle-numbness": "yes", "foot-slap": "yes" }, ["T-E1", "T-U1", "T-U6"]],
  ])("%s", (_label, answers, ids) => {
    const flags = checklistFlags(answers);
    expect(flags.map((f) => f.id)).toEqual(ids);
    for (const f of flags) expect(f.urgency).toBe(triggers[f.id].urgency);
  });

  it("quotes every question answered yes in its trigger's reason", () => {
    const [flag] = checklistFlags({ "night-rest": "yes", unwell: "yes" });
    expect(flag!.reason).toMatch(/^T-U6 Athlete checklist: "Do you have symptoms at night.*" Yes; "Do you have a fever.*" Yes$/);
  });
});

describe("triageNotice (what the athlete is told at once)", () => {
  it.each<[string, { id: string; urgency: "emergency" | "urgent" | "routine" }[], "emergency" | "urgent" | "routine" | null, string[]]>([
    ["nothing raised", [], null, []],
    ["one urgent flag", [{ id: "T-U7", urgency: "urgent" }], "urgent", [triggers["T-U7"].athleteMessage]],
    [
      "the highest urgency, its message first",
      [{ id: "T-R1", urgency: "routine" }, { id: "T-U7", urgency: "urgent" }, { id: "T-E1", urgency: "emergency" }],
      "emergency",
      [triggers["T-E1"].athleteMessage, triggers["T-U7"].athleteMessage, triggers["T-R1"].athleteMessage],
    ],
    ["a message once, an unknown id without one", [{ id: "T-U6", urgency: "urgent" }, { id: "T-U6", urgency: "urgent" }, { id: "X-1", urgency: "routine" }], "urgent", [triggers["T-U6"].athleteMessage]],
  ])("%s", (_label, flags, urgency, messages) => {
    const notice = triageNotice(flags);
    expect(notice?.urgency ?? null).toBe(urgency);
    expect(notice?.messages ?? []).toEqual(messages);
  });
});
