// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { planDecisions, runPlans } from "@/db/schema";
import { decideAllDuePlans } from "@/server/services/engine/weekly-decisions";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, createRunLogRecord, createTemplateRecord, createTriageRecord, greenRun } from "../helpers/factories";

const db = useTestDb();
const START = "2026-11-02";
const at = (iso: string) => new Date(iso);

async function programWithPlan(stage = 1, now = at("2026-11-02T09:00:00Z")) {
  const fx = await createClinicFixture(db());
  const { template } = await createTemplateRecord(db(), fx);
  const api = callerFor(db(), fx.therapist, now);
  const program = await api.program.start({ requestKey: randomUUID(),
    athleteId: fx.athlete.athlete.id, name: "Back to running", startDate: START, templateId: template.id,
    runPlan: { stage, targetWeeklyMinutes: 150 },
  });
  return { fx, program };
}

describe("run/walk plans", () => {
  it("prescribes the stage's dated sessions for the current week", async () => {
    const { fx, program } = await programWithPlan(1);
    const plan = (await callerFor(db(), fx.therapist, at("2026-11-03T09:00:00Z")).plan.get({ programId: program.id }))!;
    expect(plan.state.stage).toBe(1);
    expect(plan.currentWeek.sessions.map((s) => s.date)).toEqual(["2026-11-02", "2026-11-04", "2026-11-06"]);
    expect(plan.currentWeek.sessions[0]).toMatchObject({ plannedRunMinutes: 8, structure: expect.stringContaining("1 min run") });
  });

  it("decides a finished week once, with its reason, and moves the plan on", async () => {
    const { fx, program } = await programWithPlan(1);
    for (const date of ["2026-11-02", "2026-11-04", "2026-11-06"]) await createRunLogRecord(db(), fx, greenRun(date));
    const later = callerFor(db(), fx.therapist, at("2026-11-10T09:00:00Z"));
    // Reading finds the week due and decides nothing; the hourly job decides it.
    const due = (await later.plan.get({ programId: program.id }))!;
    expect(due).toMatchObject({ dueWeeks: [0], decidedThroughWeek: -1, decisions: [] });
    expect(due.state.stage).toBe(1);
    await decideAllDuePlans(db(), at("2026-11-10T09:00:00Z"), randomUUID(), { clinicId: fx.clinicId });
    const plan = (await later.plan.get({ programId: program.id }))!;
    expect(plan.decisions[0]).toMatchObject({ weekIndex: 0, kind: "weekly", decision: "PROGRESS", appliedDecision: "PROGRESS" });
    expect(plan.dueWeeks).toEqual([]);
    expect(plan.state.stage).toBe(2);
    expect(plan.currentWeek.sessions[0]?.plannedRunMinutes).toBe(12);

    // Reading again, and the scheduled job, write nothing more for that week.
    await later.plan.get({ programId: program.id });
    await decideAllDuePlans(db(), at("2026-11-10T10:00:00Z"), randomUUID(), { clinicId: fx.clinicId });
    const weekly = await db().select().from(planDecisions).where(and(eq(planDecisions.planId, plan.id), eq(planDecisions.kind, "weekly")));
    expect(weekly.map((d) => d.weekIndex)).toEqual([0]);
  });

  it("concurrent decision runs for the same week write one decision", async () => {
    const { fx, program } = await programWithPlan(1);
    for (const date of ["2026-11-02", "2026-11-04", "2026-11-06"]) await createRunLogRecord(db(), fx, greenRun(date));
    const now = at("2026-11-10T09:00:00Z");
    await Promise.all([decideAllDuePlans(db(), now, randomUUID(), { clinicId: fx.clinicId }), decideAllDuePlans(db(), now, randomUUID(), { clinicId: fx.clinicId }), callerFor(db(), fx.therapist, now).plan.get({ programId: program.id })]);
    const plan = (await callerFor(db(), fx.therapist, now).plan.get({ programId: program.id }))!;
    expect(plan.decisions.filter((d) => d.kind === "weekly").map((d) => d.weekIndex)).toEqual([0]);
    expect(plan.state.stage).toBe(2);
  });

  it("holds after two amber runs and names them in the reason", async () => {
    const { fx, program } = await programWithPlan(2);
    await createRunLogRecord(db(), fx, greenRun("2026-11-02", { plannedRunMinutes: 12, runMinutes: 12, tingling: 4 }));
    await createRunLogRecord(db(), fx, greenRun("2026-11-04", { plannedRunMinutes: 12, runMinutes: 12, tingling: 5 }));
    await createRunLogRecord(db(), fx, greenRun("2026-11-06", { plannedRunMinutes: 12, runMinutes: 12 }));
    await decideAllDuePlans(db(), at("2026-11-10T09:00:00Z"), randomUUID(), { clinicId: fx.clinicId });
    const plan = (await callerFor(db(), fx.therapist, at("2026-11-10T09:00:00Z")).plan.get({ programId: program.id }))!;
    expect(plan.decisions[0]).toMatchObject({ decision: "HOLD", reason: expect.stringMatching(/amber/i) });
    expect(plan.state.stage).toBe(2);
  });

  it("an open urgent red flag pauses the run component at once; the therapist resumes it after acknowledging", async () => {
    const { fx, program } = await programWithPlan(3);
    const triage = await createTriageRecord(db(), fx, { now: at("2026-11-03T08:00:00Z") });
    const api = callerFor(db(), fx.therapist, at("2026-11-03T09:00:00Z"));
    const paused = (await api.plan.get({ programId: program.id }))!;
    expect(paused.redFlagOpen).toBe(true);
    expect(paused.state.paused).toBe(true);
    expect(paused.currentWeek.sessions).toEqual([]);

    const week = callerFor(db(), fx.therapist, at("2026-11-10T09:00:00Z"));
    await decideAllDuePlans(db(), at("2026-11-10T09:00:00Z"), randomUUID(), { clinicId: fx.clinicId });
    const decided = (await week.plan.get({ programId: program.id }))!;
    expect(decided.decisions[0]).toMatchObject({ appliedDecision: "PAUSED" });
    expect(decided.state).toMatchObject({ paused: true, stage: 3 });
    await expect(week.plan.resume({ planId: decided.id, reason: "Cleared by GP" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await week.triage.acknowledge({ triageId: triage.id, action: "referred", note: "GP cleared DVT" });
    const resumed = await callerFor(db(), fx.therapist, at("2026-11-10T09:30:00Z")).plan.resume({ planId: decided.id, reason: "Cleared by GP" });
    expect(resumed.state).toMatchObject({ paused: false, stage: 3 });
    expect(resumed.decisions[0]).toMatchObject({ kind: "resume", reason: "Cleared by GP" });
  });

  it("a therapist overrides the prescription with a reason", async () => {
    const { fx, program } = await programWithPlan(1);
    const api = callerFor(db(), fx.therapist, at("2026-11-03T09:00:00Z"));
    const plan = (await api.plan.get({ programId: program.id }))!;
    const overridden = await api.plan.override({ planId: plan.id, stage: 4, reason: "Already running 20 min symptom-free" });
    expect(overridden.state.stage).toBe(4);
    expect(overridden.decisions[0]).toMatchObject({ kind: "override", reason: "Already running 20 min symptom-free" });
    await expect(api.plan.override({ planId: plan.id, stage: 4, reason: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("the plan's own protocol can be changed with a reason and then governs its decisions", async () => {
    const { fx, program } = await programWithPlan(1);
    const api = callerFor(db(), fx.therapist, at("2026-11-03T09:00:00Z"));
    const plan = (await api.plan.get({ programId: program.id }))!;
    const updated = await api.plan.updateSettings({ planId: plan.id, settingsOverrides: { greenMaxPeak: 0 }, reason: "Very irritable presentation" });
    expect(updated.settings.greenMaxPeak).toBe(0);
    expect(updated.decisions[0]).toMatchObject({ kind: "override", reason: "Protocol changed: Very irritable presentation" });
    await expect(
      api.plan.updateSettings({ planId: plan.id, settingsOverrides: { singleRunWarn: 1.4, singleRunBlock: 1.2 }, reason: "Typo" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Tingling 1/10 is now above the plan's green limit: three amber runs hold the plan.
    for (const date of ["2026-11-02", "2026-11-04", "2026-11-06"]) await createRunLogRecord(db(), fx, greenRun(date));
    await decideAllDuePlans(db(), at("2026-11-10T09:00:00Z"), randomUUID(), { clinicId: fx.clinicId });
    const decided = (await callerFor(db(), fx.therapist, at("2026-11-10T09:00:00Z")).plan.get({ programId: program.id }))!;
    expect(decided.decisions.find((d) => d.kind === "weekly")).toMatchObject({ decision: "HOLD" });
  });

  it("suggests the entry stage from the last two weeks of symptom-free minutes (R4.7)", async () => {
    const fx = await createClinicFixture(db());
    // Median symptom-free minutes 20: the highest stage at ≤ 14 min per run is S2 (12).
    for (const [date, onset] of [["2026-10-27", 20], ["2026-10-29", 18], ["2026-10-31", 22]] as const) {
      await createRunLogRecord(db(), fx, greenRun(date, { plannedRunMinutes: null, runMinutes: 30, onsetMinute: onset, tingling: 3 }));
    }
    const suggestion = await callerFor(db(), fx.therapist, at("2026-11-02T09:00:00Z")).plan.suggestEntry({ athleteId: fx.athlete.athlete.id });
    expect(suggestion).toEqual({ stage: 2, medianSymptomFreeMinutes: 20 });
  });

  it("the simulator runs the same engine: the R4 worked example", async () => {
    const fx = await createClinicFixture(db());
    const weeks = 8;
    const runs = Array.from({ length: weeks }, (_, w) =>
      [0, 2, 4].map((d) => {
        const date = new Date(Date.UTC(2026, 10, 2 + 7 * w + d)).toISOString().slice(0, 10);
        return greenRun(date, { plannedRunMinutes: 30, runMinutes: 30 });
      }),
    ).flat();
    const result = await callerFor(db(), fx.therapist).program.simulate({ startDate: START, stage: 6, targetWeeklyMinutes: 300, runs, weeks });
    expect(result.weeks.map((w) => (w.next.stage === 8 ? w.next.weeklyMinutes : `S${w.next.stage}`))).toEqual(["S7", 99, 109, 120, 90, 132, 145, 160]);
    expect(result.weeks[4]!.next.isCutbackWeek).toBe(true);
  });

  it("the simulator can start from a plan's own state: a frozen plan holds where a fresh one would progress", async () => {
    const { fx, program } = await programWithPlan(1);
    const api = callerFor(db(), fx.therapist, at("2026-11-03T09:00:00Z"));
    const plan = (await api.plan.get({ programId: program.id }))!;
    await db().update(runPlans).set({ state: { ...plan.state, frozen: true } }).where(eq(runPlans.id, plan.id));
    const runs = ["2026-11-02", "2026-11-04", "2026-11-06"].map((d) => greenRun(d));
    const input = { startDate: START, stage: 1, targetWeeklyMinutes: 150, runs, weeks: 1 };
    expect((await api.program.simulate(input)).weeks[0]).toMatchObject({ decision: "PROGRESS", appliedDecision: "PROGRESS" });
    expect((await api.program.simulate({ ...input, planId: plan.id })).weeks[0]).toMatchObject({ decision: "PROGRESS", appliedDecision: "HOLD", frozen: true });
    // Another clinic's plan is not there.
    const other = await createClinicFixture(db());
    await expect(callerFor(db(), other.therapist).program.simulate({ ...input, planId: plan.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
