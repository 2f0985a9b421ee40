import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { planDecisions } from "@/db/schema";
import { decideAllDuePlans } from "@/server/services/engine/weekly-decisions";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, createTemplateRecord, greenRun, type ClinicFixture } from "../helpers/factories";

const db = useTestDb();
const at = (iso: string) => new Date(iso);

/** One plan as the caseload, the plan page, the portal and a report preview show it at `now`. */
async function viewsAt(fx: ClinicFixture, programId: string, now: Date) {
  const therapist = callerFor(db(), fx.therapist, now);
  const [row] = (await therapist.caseload.list({ search: fx.athlete.athlete.lastName })).rows;
  const plan = (await therapist.plan.get({ programId }))!;
  const portal = (await callerFor(db(), fx.athlete.actor!, now).portal.plan())!;
  const today = now.toISOString().slice(0, 10);
  const report = await therapist.report.preview({ athleteId: fx.athlete.athlete.id, kind: "progress", paper: "A4", from: "2026-11-02", to: today });
  const weekly = plan.decisions.find((d) => d.kind === "weekly") ?? null;
  return {
    stage: {
      caseload: row!.plan!.stageCode, plan: `S${plan.state.stage}`, portal: portal.runWeek!.stageCode,
      report: report.plan.stage?.split(" ·")[0] ?? null,
    },
    minutes: { plan: plan.currentWeek.weeklyRunMinutes, portal: portal.runWeek!.weeklyRunMinutes },
    reportStage: report.plan.stage,
    lastDecision: {
      caseload: row!.plan!.lastDecision && { weekIndex: row!.plan!.lastDecision.weekIndex, appliedDecision: row!.plan!.lastDecision.appliedDecision, reason: row!.plan!.lastDecision.reason },
      plan: weekly && { weekIndex: weekly.weekIndex, appliedDecision: weekly.appliedDecision, reason: weekly.reason },
      portal: portal.latestDecision,
      report: report.plan.decisions.length,
    },
    due: { caseload: row!.plan!.dueWeeks, plan: plan.dueWeeks, portal: portal.decisionDue, report: report.dueWeeks },
  };
}

const weeklyDecisionsOf = (planId: string) => db().select().from(planDecisions).where(and(eq(planDecisions.planId, planId), eq(planDecisions.kind, "weekly")));

describe("one plan, four views", () => {
  it("the caseload, the plan page, the portal and a report preview show the same stage, minutes and last decision; a due week shows as due everywhere and only the job decides it", async () => {
    const fx = await createClinicFixture(db());
    const { template } = await createTemplateRecord(db(), fx);
    const program = await callerFor(db(), fx.therapist, at("2026-11-02T08:00:00Z")).program.start({
      requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, name: "Return to run", startDate: "2026-11-02", templateId: template.id,
      runPlan: { stage: 1, targetWeeklyMinutes: 150 },
    });
    // Week 0 (2026-11-02 … 08): three green runs logged from the phone, each with its next-morning answer.
    for (const date of ["2026-11-02", "2026-11-04", "2026-11-06"]) {
      await callerFor(db(), fx.athlete.actor!, at(`${date}T18:00:00Z`)).portal.log({ kind: "run", clientId: randomUUID(), ...greenRun(date) });
    }

    const during = await viewsAt(fx, program.id, at("2026-11-08T12:00:00Z"));
    expect(during.stage).toEqual({ caseload: "S1", plan: "S1", portal: "S1", report: "S1" });
    expect(during.minutes.portal).toBe(during.minutes.plan);
    expect(during.reportStage).toContain(`${during.minutes.plan} run minutes a week`);
    expect(during.lastDecision).toEqual({ caseload: null, plan: null, portal: null, report: 0 });
    expect(during.due).toEqual({ caseload: [], plan: [], portal: null, report: [] });

    // The week is over and nothing happened since: every view shows the decision as due, none makes it.
    const due = await viewsAt(fx, program.id, at("2026-11-10T09:00:00Z"));
    expect(due.due).toEqual({ caseload: [0], plan: [0], portal: { weekIndex: 0 }, report: [0] });
    expect(due.stage).toEqual({ caseload: "S1", plan: "S1", portal: "S1", report: "S1" });
    expect(due.minutes.portal).toBe(due.minutes.plan);
    expect(due.lastDecision).toEqual({ caseload: null, plan: null, portal: null, report: 0 });
    const plan = (await callerFor(db(), fx.therapist, at("2026-11-10T09:00:00Z")).plan.get({ programId: program.id }))!;
    expect(await weeklyDecisionsOf(plan.id)).toEqual([]);

    // The hourly job decides it; every view then shows that decision and the new stage.
    expect(await decideAllDuePlans(db(), at("2026-11-10T09:00:00Z"), randomUUID(), { clinicId: fx.clinicId })).toBe(1);
    const decided = await viewsAt(fx, program.id, at("2026-11-10T09:30:00Z"));
    expect(decided.due).toEqual({ caseload: [], plan: [], portal: null, report: [] });
    expect(decided.stage).toEqual({ caseload: "S2", plan: "S2", portal: "S2", report: "S2" });
    expect(decided.minutes.portal).toBe(decided.minutes.plan);
    expect(decided.reportStage).toContain(`${decided.minutes.plan} run minutes a week`);
    const last = { weekIndex: 0, appliedDecision: "PROGRESS", reason: expect.any(String) };
    expect(decided.lastDecision).toEqual({ caseload: last, plan: last, portal: last, report: 1 });
    expect(decided.lastDecision.caseload!.reason).toBe(decided.lastDecision.plan!.reason);
    expect(decided.lastDecision.portal!.reason).toBe(decided.lastDecision.plan!.reason);
    expect(await weeklyDecisionsOf(plan.id)).toHaveLength(1);
  });

  it("a run logged after the week ended is the event that decides it", async () => {
    const fx = await createClinicFixture(db());
    const { template } = await createTemplateRecord(db(), fx);
    const program = await callerFor(db(), fx.therapist, at("2026-11-02T08:00:00Z")).program.start({
      requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, name: "Return to run", startDate: "2026-11-02", templateId: template.id,
      runPlan: { stage: 1, targetWeeklyMinutes: 150 },
    });
    for (const date of ["2026-11-02", "2026-11-04", "2026-11-06"]) {
      await callerFor(db(), fx.athlete.actor!, at(`${date}T18:00:00Z`)).portal.log({ kind: "run", clientId: randomUUID(), ...greenRun(date) });
    }
    await callerFor(db(), fx.athlete.actor!, at("2026-11-09T18:00:00Z")).portal.log({ kind: "run", clientId: randomUUID(), ...greenRun("2026-11-09", { plannedRunMinutes: 12, runMinutes: 12 }) });
    const plan = (await callerFor(db(), fx.therapist, at("2026-11-09T19:00:00Z")).plan.get({ programId: program.id }))!;
    expect(plan).toMatchObject({ decidedThroughWeek: 0, dueWeeks: [], state: { stage: 2 } });
    expect(plan.decisions.find((d) => d.kind === "weekly")).toMatchObject({ weekIndex: 0, appliedDecision: "PROGRESS" });
  });
});
