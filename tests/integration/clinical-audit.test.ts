import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auditEventsOf } from "../helpers/audit";
import { callerFor, type Caller } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import {
  createAlertRecord, createAssessmentRecord, createClinicFixture, createPlanRecord, createRecordedOutcome, createRequestedOutcome, createRunLogRecord, createShoeRecord, createTemplateRecord,
  createReportRecord, createTriageRecord, greenRun,
  type ClinicFixture,
} from "../helpers/factories";

const db = useTestDb();
const todayIso = () => new Date().toISOString().slice(0, 10);

type Case = {
  name: string;
  action: string;
  as?: "therapist" | "athlete";
  call: (api: Caller, fx: ClinicFixture) => Promise<unknown>;
};

/** Every read and write of clinical data added with assessments leaves its audit event. */
const cases: Case[] = [
  { name: "assessment.list", action: "assessment.list", call: (api, fx) => api.assessment.list({ athleteId: fx.athlete.athlete.id }) },
  { name: "assessment.get", action: "assessment.read", call: async (api, fx) => api.assessment.get({ assessmentId: (await createAssessmentRecord(db(), fx)).id }) },
  { name: "assessment.start", action: "assessment.start", call: (api, fx) => api.assessment.start({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, kind: "initial", visitDate: "2026-11-02" }) },
  {
    name: "assessment.saveSection", action: "assessment.saveSection",
    call: async (api, fx) => api.assessment.saveSection({ assessmentId: (await createAssessmentRecord(db(), fx)).id, kind: "gait", version: 0, data: { cadenceSpm: 170 } }),
  },
  { name: "assessment.sign", action: "assessment.sign", call: async (api, fx) => api.assessment.sign({ assessmentId: (await createAssessmentRecord(db(), fx)).id, version: 1 }) },
  { name: "assessment.amend", action: "assessment.amend", call: async (api, fx) => api.assessment.amend({ assessmentId: (await createAssessmentRecord(db(), fx, { signed: true })).id }) },
  { name: "assessment.compare", action: "assessment.compare", call: (api, fx) => api.assessment.compare({ athleteId: fx.athlete.athlete.id }) },
  { name: "outcome.record", action: "outcome.record", call: (api, fx) => api.outcome.record({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, instrument: "NRS", answers: { value: 5 } }) },
  { name: "outcome.request", action: "outcome.request", call: (api, fx) => api.outcome.request({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, instrument: "LEFS" }) },
  { name: "assessment.discard", action: "assessment.discard", call: async (api, fx) => api.assessment.discard({ assessmentId: (await createAssessmentRecord(db(), fx)).id, version: 1 }) },
  { name: "outcome.void", action: "outcome.void", call: async (api, fx) => api.outcome.void({ outcomeId: (await createRecordedOutcome(db(), fx)).id, reason: "Entered for the wrong athlete" }) },
  {
    name: "outcome.supersede", action: "outcome.supersede",
    call: async (api, fx) => api.outcome.supersede({ requestKey: randomUUID(), outcomeId: (await createRecordedOutcome(db(), fx)).id, reason: "Typed 5 for 3", instrument: "NRS", answers: { value: 3 } }),
  },
  {
    name: "outcome.record (resent)", action: "outcome.record.replay",
    call: async (api, fx) => {
      const input = { requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, instrument: "NRS" as const, answers: { value: 5 } };
      await callerFor(db(), fx.therapist).outcome.record(input);
      return api.outcome.record(input);
    },
  },
  { name: "outcome.list", action: "outcome.list", call: (api, fx) => api.outcome.list({ athleteId: fx.athlete.athlete.id }) },
  { name: "shoe.create", action: "shoe.create", call: (api, fx) => api.shoe.create({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, brand: "Asics", model: "Novablast 4", use: "road" }) },
  { name: "shoe.list", action: "shoe.list", call: (api, fx) => api.shoe.list({ athleteId: fx.athlete.athlete.id }) },
  { name: "shoe.retire", action: "shoe.retire", call: async (api, fx) => api.shoe.retire({ shoeId: (await createShoeRecord(db(), fx)).id }) },
  { name: "triage.list", action: "triage.list", call: (api, fx) => api.triage.list({ athleteId: fx.athlete.athlete.id }) },
  { name: "triage.checklistStatus", action: "checklist.status", call: (api, fx) => api.triage.checklistStatus({ athleteId: fx.athlete.athlete.id }) },
  {
    name: "triage.acknowledge", action: "triage.acknowledge",
    call: async (api, fx) => api.triage.acknowledge({ triageId: (await createTriageRecord(db(), fx)).id, action: "advised", note: "Advised GP review this week" }),
  },
  { name: "program.start", action: "program.start", call: async (api, fx) => api.program.start({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, name: "Plan", startDate: "2026-11-02", templateId: (await createTemplateRecord(db(), fx)).template.id, runPlan: { stage: 1, targetWeeklyMinutes: 150 } }) },
  { name: "program.list", action: "program.list", call: (api, fx) => api.program.list({ athleteId: fx.athlete.athlete.id }) },
  { name: "plan.get", action: "plan.read", call: async (api, fx) => api.plan.get({ programId: (await createPlanRecord(db(), fx)).program.id }) },
  { name: "plan.override", action: "plan.override", call: async (api, fx) => api.plan.override({ planId: (await createPlanRecord(db(), fx)).plan.id, stage: 2, reason: "Tolerating 12 min well" }) },
  { name: "plan.pause", action: "plan.pause", call: async (api, fx) => api.plan.pause({ planId: (await createPlanRecord(db(), fx)).plan.id, reason: "Holiday" }) },
  { name: "portal.plan", action: "portal.plan", as: "athlete", call: (api) => api.portal.plan() },
  { name: "portal.pendingOutcomes", action: "portal.outcomes", as: "athlete", call: (api) => api.portal.pendingOutcomes() },
  {
    name: "portal.completeOutcome", action: "outcome.complete", as: "athlete",
    call: async (api, fx) => api.portal.completeOutcome({ outcomeId: (await createRequestedOutcome(db(), fx)).id, instrument: "NRS", answers: { value: 1 } }),
  },
  { name: "portal.log", action: "log.create", as: "athlete", call: (api) => api.portal.log({ kind: "run", clientId: randomUUID(), ...greenRun(todayIso()) }) },
  {
    name: "portal.log (resent)", action: "log.replay", as: "athlete",
    call: async (api) => {
      const entry = { kind: "run" as const, clientId: randomUUID(), ...greenRun(todayIso()) };
      await api.portal.log(entry);
      return api.portal.log(entry);
    },
  },
  {
    name: "portal.correctLog", action: "log.correct", as: "athlete",
    call: async (api, fx) => {
      const log = await createRunLogRecord(db(), fx, greenRun(todayIso()));
      return api.portal.correctLog({ kind: "run", clientId: randomUUID(), logId: log.id, expectedVersion: 1, ...greenRun(todayIso(), { runMinutes: 6 }) });
    },
  },
  {
    name: "portal.answerNextMorning", action: "log.nextMorning", as: "athlete",
    call: async (api, fx) => api.portal.answerNextMorning({
      clientId: randomUUID(), nextMorningNrs: 2, logId: (await createRunLogRecord(db(), fx, greenRun(todayIso(), { nextMorningNrs: null }))).id,
    }),
  },
  { name: "portal.submitChecklist", action: "checklist.submit", as: "athlete", call: (api) => api.portal.submitChecklist({ clientId: randomUUID(), date: todayIso(), answers: { "foot-slap": "no" } }) },
  { name: "portal.logs", action: "log.list", as: "athlete", call: (api) => api.portal.logs() },
  { name: "portal.checkIns", action: "portal.checkIns", as: "athlete", call: (api) => api.portal.checkIns() },
  {
    name: "report.preview", action: "report.preview",
    call: (api, fx) => api.report.preview({ athleteId: fx.athlete.athlete.id, kind: "progress", paper: "A4", from: todayIso(), to: todayIso() }),
  },
  {
    name: "report.issue", action: "report.issue",
    call: (api, fx) => api.report.issue({
      requestKey: randomUUID(), draft: { athleteId: fx.athlete.athlete.id, kind: "progress", paper: "LETTER", from: todayIso(), to: todayIso() },
      impression: "Stable", planText: "Review in two weeks", goalsMet: "", returnAdvice: "",
    }),
  },
  {
    name: "report.void", action: "report.void",
    call: async (api, fx) => api.report.void({ reportId: (await createReportRecord(db(), fx)).id, reason: "Issued for the wrong athlete" }),
  },
  { name: "report.list", action: "report.list", call: (api, fx) => api.report.list({ athleteId: fx.athlete.athlete.id }) },
  { name: "report.release", action: "report.release", call: async (api, fx) => api.report.release({ reportId: (await createReportRecord(db(), fx)).id }) },
  { name: "portal.reports", action: "report.list", as: "athlete", call: (api) => api.portal.reports() },
  { name: "portal.shoes", action: "portal.shoes", as: "athlete", call: (api) => api.portal.shoes() },
  { name: "portal.safety", action: "portal.safety", as: "athlete", call: (api) => api.portal.safety() },
  { name: "portal.progress", action: "portal.progress", as: "athlete", call: (api) => api.portal.progress() },
  { name: "portal.outcomeSchedule", action: "portal.outcomeSchedule", as: "athlete", call: (api) => api.portal.outcomeSchedule() },
  { name: "log.list", action: "log.list", call: (api, fx) => api.log.list({ athleteId: fx.athlete.athlete.id }) },
  { name: "caseload.list", action: "caseload.list", call: (api) => api.caseload.list({}) },
  { name: "alert.list", action: "alert.list", call: (api, fx) => api.alert.list({ athleteId: fx.athlete.athlete.id }) },
  { name: "alert.acknowledge", action: "alert.acknowledge", call: async (api, fx) => api.alert.acknowledge({ alertId: (await createAlertRecord(db(), fx)).id, note: "Called" }) },
  { name: "alert.resolve", action: "alert.resolve", call: async (api, fx) => api.alert.resolve({ alertId: (await createAlertRecord(db(), fx)).id, note: "Resolved in clinic" }) },
  { name: "insight.load", action: "insight.load", call: (api, fx) => api.insight.load({ athleteId: fx.athlete.athlete.id }) },
  { name: "insight.patterns", action: "insight.patterns", call: (api, fx) => api.insight.patterns({ athleteId: fx.athlete.athlete.id }) },
  { name: "insight.timeline", action: "insight.timeline", call: (api, fx) => api.insight.timeline({ athleteId: fx.athlete.athlete.id }) },
];

describe("clinical audit trail", () => {
  it.each(cases)("$name appends $action for the athlete", async ({ action, as, call }) => {
    const fx = await createClinicFixture(db());
    const actor = as === "athlete" ? fx.athlete.actor! : fx.therapist;
    const requestId = randomUUID();
    await call(callerFor(db(), actor, new Date(), { requestId }), fx);
    const events = await auditEventsOf(db(), requestId);
    expect(events).toContainEqual(
      expect.objectContaining({
        action, outcome: "success", actorUserId: actor.userId, clinicId: fx.clinicId, athleteId: fx.athlete.athlete.id,
        actorRole: as === "athlete" ? "athlete" : "therapist",
      }),
    );
  });

  it("a red flag raised from an assessment is itself audited", async () => {
    const fx = await createClinicFixture(db());
    const requestId = randomUUID();
    const api = callerFor(db(), fx.therapist, new Date(), { requestId });
    const visit = await createAssessmentRecord(db(), fx);
    await api.assessment.saveSection({ assessmentId: visit.id, kind: "redFlags", version: 0, data: { "T-U6": "yes" } });
    expect((await auditEventsOf(db(), requestId)).map((e) => e.action)).toEqual(expect.arrayContaining(["assessment.saveSection", "triage.raise"]));
  });
});
