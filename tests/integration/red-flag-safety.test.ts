// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { alerts, planDecisions } from "@/db/schema";
import { athleteChecklist } from "@/server/domain/triage/triggers";
import { auditEventsOfClinic } from "../helpers/audit";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, createTemplateRecord, type ClinicFixture } from "../helpers/factories";

const db = useTestDb();
const START = "2026-11-02";
const at = (iso: string) => new Date(iso);
const athleteApi = (fx: ClinicFixture, now = "2026-11-03T19:00:00Z") => callerFor(db(), fx.athlete.actor!, at(now));
const therapistApi = (fx: ClinicFixture, now = "2026-11-03T20:00:00Z") => callerFor(db(), fx.therapist, at(now));
const allNo = Object.fromEntries(athleteChecklist.map((q) => [q.key, "no" as const]));

async function startProgram(fx: ClinicFixture, stage = 3) {
  const { template } = await createTemplateRecord(db(), fx);
  return callerFor(db(), fx.therapist, at(`${START}T08:00:00Z`)).program.start({ requestKey: randomUUID(),
    athleteId: fx.athlete.athlete.id, name: "Return to run", startDate: START, templateId: template.id, runPlan: { stage, targetWeeklyMinutes: 150 },
  });
}

describe("the safety checklist counts as done only when every question is answered (7.4)", () => {
  it("refuses a checklist with nothing answered, keeps a partial one due, and a complete one ends the due", async () => {
    const fx = await createClinicFixture(db());
    await startProgram(fx);
    const api = athleteApi(fx);
    expect((await api.portal.checkIns()).checklist).toEqual({ due: true, reason: "weekly" });

    await expect(api.portal.submitChecklist({ clientId: randomUUID(), date: "2026-11-03", answers: {} })).rejects.toMatchObject({
      code: "BAD_REQUEST", message: expect.stringMatching(/answers/i),
    });
    await expect(api.portal.submitChecklist({ clientId: randomUUID(), date: "2026-11-03", answers: { "foot-slap": null } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await api.portal.checkIns()).checklist).toEqual({ due: true, reason: "weekly" });

    const partial = await api.portal.submitChecklist({ clientId: randomUUID(), date: "2026-11-03", answers: { "foot-slap": "no", "calf-swelling": "no" } });
    expect(partial.unanswered).toHaveLength(athleteChecklist.length - 2);
    expect((await api.portal.checkIns()).checklist).toEqual({ due: true, reason: "incomplete" });
    // The therapist sees it as not completed.
    expect(await therapistApi(fx).triage.checklistStatus({ athleteId: fx.athlete.athlete.id })).toEqual({
      lastComplete: null, laterIncomplete: { date: "2026-11-03", createdAt: expect.any(Date), unanswered: athleteChecklist.length - 2 },
    });

    const later = athleteApi(fx, "2026-11-03T19:10:00Z");
    const complete = await later.portal.submitChecklist({ clientId: randomUUID(), date: "2026-11-03", answers: allNo });
    expect(complete.unanswered).toEqual([]);
    expect((await later.portal.checkIns()).checklist).toEqual({ due: false, reason: null });
    expect(await therapistApi(fx).triage.checklistStatus({ athleteId: fx.athlete.athlete.id })).toMatchObject({ lastComplete: { date: "2026-11-03" }, laterIncomplete: null });
  });
});

describe("an emergency red flag from the phone to the therapist's decision (R4, R8)", () => {
  it("pauses the plan at once, keeps the advice on every page until acknowledged, and only the therapist's resume restarts runs", async () => {
    const fx = await createClinicFixture(db());
    const program = await startProgram(fx, 3);
    const athlete = athleteApi(fx);
    expect(await athlete.portal.safety()).toMatchObject({ advice: null });
    expect((await athlete.portal.plan())!.runWeek!.sessions.length).toBeGreaterThan(0);

    // "Yes" to saddle numbness, the other questions answered no.
    const sent = await athlete.portal.submitChecklist({ clientId: randomUUID(), date: "2026-11-03", answers: { ...allNo, "saddle-numbness": "yes" } });
    expect(sent.triage?.urgency).toBe("emergency");

    const safety = await athleteApi(fx, "2026-11-03T19:05:00Z").portal.safety();
    expect(safety.advice).toMatchObject({ urgency: "emergency", headline: "Seek emergency care now", exercises: expect.stringMatching(/do not do your exercises/i) });
    expect(safety.advice!.runs).toMatch(/your answers to the safety questions/);
    expect(`${safety.advice!.action} ${safety.advice!.exercises} ${safety.advice!.runs}`).not.toMatch(/keep doing your exercises|T-E\d|R\d\b/i);
    const portalPlan = (await athleteApi(fx, "2026-11-03T19:05:00Z").portal.plan())!;
    expect(portalPlan.runWeek).toMatchObject({ paused: true, sessions: [] });
    expect(portalPlan.runPause).toEqual({ byRedFlag: true });

    // The therapist sees a stored pause naming the flag, with no rule codes as its only words.
    const therapist = therapistApi(fx);
    const plan = (await therapist.plan.get({ programId: program.id }))!;
    expect(plan.state).toMatchObject({ paused: true, stage: 3 });
    expect(plan.redFlagOpen).toBe(true);
    expect(plan.pause).toMatchObject({ byRedFlag: true, reason: expect.stringMatching(/emergency red flag: Saddle numbness/) });
    const [pause] = await db().select().from(planDecisions).where(eq(planDecisions.planId, plan.id));
    expect(pause).toMatchObject({ kind: "pause", triageId: expect.any(String) });

    // Resuming while the flag is open is refused.
    await expect(therapist.plan.resume({ planId: plan.id, reason: "Athlete says it has settled" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });

    // Acknowledging the flag ends the advice but does not restart runs.
    const [flag] = await therapist.triage.list({ athleteId: fx.athlete.athlete.id });
    await therapist.triage.acknowledge({ triageId: flag!.id, action: "referred", note: "Sent to the emergency department; MRI clear" });
    expect((await athleteApi(fx, "2026-11-04T08:00:00Z").portal.safety()).advice).toBeNull();
    const afterAck = (await therapistApi(fx, "2026-11-04T08:00:00Z").plan.get({ programId: program.id }))!;
    expect(afterAck).toMatchObject({ redFlagOpen: false, state: { paused: true } });
    expect(afterAck.currentWeek.sessions).toEqual([]);
    expect((await athleteApi(fx, "2026-11-04T08:05:00Z").portal.plan())!.runWeek!.sessions).toEqual([]);

    // The therapist's resume, with its reason, restarts runs at the stage the plan had.
    const resumed = await therapistApi(fx, "2026-11-04T09:00:00Z").plan.resume({ planId: plan.id, reason: "Cauda equina excluded by MRI; resume the ladder" });
    expect(resumed.state).toMatchObject({ paused: false, stage: 3 });
    expect(resumed.pause).toBeNull();
    expect(resumed.decisions[0]).toMatchObject({ kind: "resume", reason: "Cauda equina excluded by MRI; resume the ladder" });
    expect((await athleteApi(fx, "2026-11-04T09:05:00Z").portal.plan())!.runWeek!.sessions.length).toBeGreaterThan(0);

    const actions = (await auditEventsOfClinic(db(), fx.clinicId)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["triage.raise", "plan.pause", "portal.safety", "triage.acknowledge", "plan.resume"]));
  });

  it("a plan started while an urgent flag is open starts paused", async () => {
    const fx = await createClinicFixture(db());
    await athleteApi(fx).portal.submitChecklist({ clientId: randomUUID(), date: "2026-11-03", answers: { ...allNo, "calf-swelling": "yes" } });
    const program = await startProgram(fx, 2);
    const plan = (await therapistApi(fx).plan.get({ programId: program.id }))!;
    expect(plan).toMatchObject({ redFlagOpen: true, state: { paused: true }, pause: { byRedFlag: true } });
    expect((await athleteApi(fx, "2026-11-03T21:00:00Z").portal.safety()).advice).toMatchObject({ urgency: "urgent" });
  });
});

describe("alerts are listed by severity everywhere (R6)", () => {
  it("an emergency flag comes before a newer medium alert on the athlete page and in the caseload cell", async () => {
    const fx = await createClinicFixture(db());
    const athleteId = fx.athlete.athlete.id;
    await athleteApi(fx).portal.submitChecklist({ clientId: randomUUID(), date: "2026-11-03", answers: { ...allNo, "saddle-numbness": "yes" } });
    const later = new Date("2026-11-03T21:00:00Z");
    await db().insert(alerts).values([
      { clinicId: fx.clinicId, athleteId, type: "no-logs", cause: "gap:1", severity: "low", reason: "Nothing logged for 5 days", data: {}, raisedAt: later },
      { clinicId: fx.clinicId, athleteId, type: "single-run-spike", cause: "run:x", severity: "medium", reason: "A run longer than usual", data: {}, raisedAt: later },
      { clinicId: fx.clinicId, athleteId, type: "red-run", cause: "run:y", severity: "high", reason: "A red run", data: {}, raisedAt: new Date("2026-11-01T10:00:00Z") },
    ]);
    const listed = await therapistApi(fx, "2026-11-04T08:00:00Z").alert.list({ athleteId });
    expect(listed.map((a) => a.severity)).toEqual(["emergency", "high", "medium", "low"]);
    const caseload = await therapistApi(fx, "2026-11-04T08:00:00Z").caseload.list({});
    const row = caseload.rows.find((r) => r.id === athleteId)!;
    expect(row.alerts.map((a) => a.severity)).toEqual(["emergency", "high", "medium", "low"]);
  });
});
