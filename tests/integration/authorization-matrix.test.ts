/**
 * Every procedure of the router × six callers, against a declared expectation. A procedure added to
 * the router without a row here fails the first test; a changed rule fails its cell.
 */
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, runPlans } from "@/db/schema";
import { appRouter } from "@/server/api/root";
import type { Actor } from "@/server/domain/access";
import { auditEventsOf } from "../helpers/audit";
import { callerFor, type Caller } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import {
  athleteFieldsFixture, createAssessmentRecord, createAthleteRecord, createClinicFixture, createExerciseRecord, createProgramRecord,
  createAlertRecord, createPlanRecord, createRunLogRecord, createTemplateRecord, greenRun, createRequestedOutcome, createShoeRecord,
  createRecordedOutcome, createReportRecord, createTriageRecord, TEST_PASSWORD, unique,
  type ClinicFixture,
} from "../helpers/factories";
import { inviteNewAthlete, quietInviteLinks } from "../helpers/invites";

const db = useTestDb();
const todayIso = () => new Date().toISOString().slice(0, 10);
const yesterdayIso = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
quietInviteLinks();

const callers = ["anonymous", "athlete", "otherAthlete", "therapist", "otherClinicTherapist", "owner"] as const;
type CallerName = (typeof callers)[number];
type Outcome = "OK" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

/** A fresh clinic (fx) and a second clinic, per cell, so state-changing calls never interfere. */
type World = { db: Db; fx: ClinicFixture; otherClinic: ClinicFixture };

async function makeWorld(): Promise<World> {
  return { db: db(), fx: await createClinicFixture(db()), otherClinic: await createClinicFixture(db()) };
}

function actorOf(w: World, name: CallerName): Actor | null {
  switch (name) {
    case "anonymous": return null;
    case "athlete": return w.fx.athlete.actor;
    case "otherAthlete": return w.fx.otherAthlete.actor;
    case "therapist": return w.fx.therapist;
    case "otherClinicTherapist": return w.otherClinic.therapist;
    case "owner": return w.fx.owner;
  }
}

type Row = {
  /** Valid input, aimed at fx.athlete's athlete where the procedure takes one. */
  input: (w: World) => unknown;
  /** In the order of `callers`: anonymous, athlete, otherAthlete, therapist, otherClinicTherapist, owner. */
  expect: readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
  /** Further checks on what an allowed caller got back. */
  check?: (result: never, w: World, caller: CallerName) => void;
};

/** Puts a plan into the frozen-for-review state (as after two regressions in a row). */
async function freezePlan(db: Db, planId: string) {
  const [plan] = await db.select().from(runPlans).where(eq(runPlans.id, planId));
  await db.update(runPlans).set({ state: { ...plan!.state, frozen: true } }).where(eq(runPlans.id, planId));
}

const OK = "OK", UNAUTH = "UNAUTHORIZED", FORBID = "FORBIDDEN", NF = "NOT_FOUND";
const ids = (list: { id: string }[]) => list.map((a) => a.id);

const matrix: Record<string, Row> = {
  //                                               anonymous athlete otherAthlete therapist otherClinicTh owner
  "account.me": {
    input: () => undefined,
    expect:                                       [UNAUTH,   OK,     OK,          OK,       OK,           OK],
    check: (me: { userId: string }, w, c) => expect(me.userId).toBe(actorOf(w, c)!.userId),
  },
  "account.changePassword": {
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase 42" }),
    expect:                                       [UNAUTH,   OK,     OK,          OK,       OK,           OK],
  },
  "account.updateProfile": {
    input: () => ({ name: "Sam Patel", registration: "HCPC PH123456" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
    check: (me: { userId: string; registration: string | null }, w, c) => expect(me).toMatchObject({ userId: actorOf(w, c)!.userId, registration: "HCPC PH123456" }),
  },
  "athlete.list": {
    input: () => undefined,
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
    check: (list: { id: string }[], w, c) => {
      // The therapist sees the own caseload, the owner the whole clinic, another clinic nothing of it.
      const seen = ids(list);
      expect(seen.includes(w.fx.athlete.athlete.id)).toBe(c === "therapist" || c === "owner");
      expect(seen.includes(w.fx.otherAthlete.athlete.id)).toBe(c === "owner");
    },
  },
  "athlete.get": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
    check: (a: { id: string }, w) => expect(a.id).toBe(w.fx.athlete.athlete.id),
  },
  "athlete.create": {
    input: () => ({ ...athleteFieldsFixture(), requestKey: randomUUID() }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
  },
  "athlete.update": {
    input: (w) => ({ ...athleteFieldsFixture(), athleteId: w.fx.athlete.athlete.id, version: 1 }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "athlete.archive": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "athlete.restore": {
    input: async (w) => {
      await callerFor(w.db, w.fx.owner).athlete.archive({ athleteId: w.fx.athlete.athlete.id });
      return { athleteId: w.fx.athlete.athlete.id };
    },
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "athlete.assign": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id, therapistUserId: w.fx.otherTherapist.userId }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      FORBID,   FORBID,       OK],
  },
  "athlete.unassign": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id, therapistUserId: w.fx.therapist.userId }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      FORBID,   FORBID,       OK],
  },
  "audit.list": {
    input: () => ({ limit: 10 }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      FORBID,   FORBID,       OK],
  },
  "clinic.signUp": {
    input: () => ({ clinicName: unique("Clinic"), ownerName: "Sam Owner", email: `${unique("signup")}@test.clinic`, password: "a brand new passphrase 42" }),
    expect:                                       [OK,       OK,     OK,          OK,       OK,           OK],
  },
  "clinic.team": {
    input: () => undefined,
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
    check: (team: { members: { userId: string }[] }, w, c) => {
      const members = team.members.map((m) => m.userId);
      expect(members.includes(w.fx.therapist.userId)).toBe(c !== "otherClinicTherapist");
    },
  },
  "clinic.addTherapist": {
    input: () => ({ requestKey: randomUUID(), name: "Toni Therapist", email: `${unique("newtherapist")}@test.clinic` }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      FORBID,   FORBID,       OK],
  },
  "clinic.details": {
    input: () => undefined,
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
  },
  "clinic.updateDetails": {
    input: () => ({ name: "Riverside Physio", address: "1 River Lane", phone: "+44 20 7946 0000", email: "desk@riverside.example" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      FORBID,   FORBID,       OK],
  },
  "clinic.setUserDisabled": {
    input: (w) => ({ userId: w.fx.otherTherapist.userId, disabled: true }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      FORBID,   FORBID,       OK],
  },
  "exercise.list": {
    input: () => undefined,
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
    check: (list: { name: string }[]) => expect(list.length).toBeGreaterThanOrEqual(34),
  },
  "exercise.get": {
    input: async (w) => ({ exerciseId: (await createExerciseRecord(w.db, w.fx.clinicId)).id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "exercise.create": {
    input: () => ({ requestKey: randomUUID(), name: "Marble pick-up", category: "Intrinsic strength", target: "Toe flexors", dosage: "2 × 20 marbles", cues: "Pick up marbles one by one with your toes and drop them in a cup." }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
  },
  "exercise.update": {
    input: async (w) => ({ exerciseId: (await createExerciseRecord(w.db, w.fx.clinicId)).id, version: 1, name: "Towel scrunch, seated", category: "Intrinsic strength", target: "Toe flexors", dosage: "3 × 10", cues: "Pull the towel toward you with your toes, heel down." }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "exercise.archive": {
    input: async (w) => ({ exerciseId: (await createExerciseRecord(w.db, w.fx.clinicId)).id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "exercise.restore": {
    input: async (w) => {
      const exercise = await createExerciseRecord(w.db, w.fx.clinicId);
      await callerFor(w.db, w.fx.owner).exercise.archive({ exerciseId: exercise.id });
      return { exerciseId: exercise.id };
    },
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "invite.create": {
    // An athlete without a portal account, on fx.therapist's caseload.
    input: async (w) => ({ requestKey: randomUUID(), athleteId: (await createAthleteRecord(w.db, w.fx.therapist)).athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "invite.revoke": {
    // A pending invite of an athlete on fx.therapist's caseload.
    input: async (w) => ({ inviteId: (await inviteNewAthlete(w.db, w.fx.therapist)).inviteId }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "invite.resend": {
    input: async (w) => ({ requestKey: randomUUID(), inviteId: (await inviteNewAthlete(w.db, w.fx.therapist)).inviteId }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "invite.inspect": {
    input: async (w) => ({ token: (await inviteNewAthlete(w.db, w.fx.therapist)).token }),
    expect:                                       [OK,       OK,     OK,          OK,       OK,           OK],
    check: (info: { status: string }) => expect(info.status).toBe("usable"),
  },
  "invite.accept": {
    input: async (w) => ({ token: (await inviteNewAthlete(w.db, w.fx.therapist)).token, password: "a brand new passphrase 42" }),
    expect:                                       [OK,       OK,     OK,          OK,       OK,           OK],
  },
  "shoe.list": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "shoe.create": {
    input: (w) => ({ requestKey: randomUUID(), athleteId: w.fx.athlete.athlete.id, brand: "Hoka", model: "Clifton 9", use: "road" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "shoe.update": {
    input: async (w) => ({ shoeId: (await createShoeRecord(w.db, w.fx)).id, brand: "Hoka", model: "Bondi 8", use: "road", version: 1 }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "shoe.retire": {
    input: async (w) => ({ shoeId: (await createShoeRecord(w.db, w.fx)).id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "triage.list": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "triage.checklistStatus": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "triage.acknowledge": {
    input: async (w) => ({ triageId: (await createTriageRecord(w.db, w.fx)).id, action: "referred", note: "Referred to GP for neuropathy screen" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "settings.get": {
    input: () => undefined,
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
  },
  "settings.updateAddOns": {
    input: () => ({ licensedAddOns: { DN4: "Mapi Research Trust licence 2026-118" }, version: 1 }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      FORBID,   FORBID,       OK],
  },
  "settings.updateProtocol": {
    input: () => ({ protocol: { neuroAsymmetryFlagDegrees: 12, cap: 0.08 }, version: 1 }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      FORBID,   FORBID,       OK],
  },
  "assessment.list": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "assessment.get": {
    input: async (w) => ({ assessmentId: (await createAssessmentRecord(w.db, w.fx)).id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "assessment.compare": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "assessment.start": {
    input: (w) => ({ requestKey: randomUUID(), athleteId: w.fx.athlete.athlete.id, kind: "initial", visitDate: "2026-11-02" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "assessment.saveSection": {
    input: async (w) => ({ assessmentId: (await createAssessmentRecord(w.db, w.fx)).id, kind: "gait", version: 0, data: { cadenceSpm: 162 } }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "assessment.sign": {
    input: async (w) => ({ assessmentId: (await createAssessmentRecord(w.db, w.fx)).id, version: 1 }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "assessment.amend": {
    input: async (w) => ({ assessmentId: (await createAssessmentRecord(w.db, w.fx, { signed: true })).id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "assessment.discard": {
    input: async (w) => ({ assessmentId: (await createAssessmentRecord(w.db, w.fx)).id, version: 1 }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "outcome.list": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "outcome.record": {
    input: (w) => ({ requestKey: randomUUID(), athleteId: w.fx.athlete.athlete.id, instrument: "NRS", answers: { value: 4 } }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "outcome.request": {
    input: (w) => ({ requestKey: randomUUID(), athleteId: w.fx.athlete.athlete.id, instrument: "LEFS" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "outcome.void": {
    input: async (w) => ({ outcomeId: (await createRecordedOutcome(w.db, w.fx)).id, reason: "Entered for the wrong athlete" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "outcome.supersede": {
    input: async (w) => ({ requestKey: randomUUID(), outcomeId: (await createRecordedOutcome(w.db, w.fx)).id, reason: "Typed 5 for 3", instrument: "NRS", answers: { value: 3 } }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "portal.pendingOutcomes": {
    input: () => undefined,
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
    check: (list: { id: string }[], w, c) => {
      if (c === "otherAthlete") expect(list).toEqual([]);
    },
  },
  "portal.completeOutcome": {
    // The request belongs to fx.athlete: the other athlete of the clinic must not reach it.
    input: async (w) => ({ outcomeId: (await createRequestedOutcome(w.db, w.fx)).id, instrument: "NRS", answers: { value: 2 } }),
    expect:                                       [UNAUTH,   OK,     NF,          FORBID,   FORBID,       FORBID],
  },
  "template.list": {
    input: () => undefined,
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
  },
  "template.get": {
    input: async (w) => ({ templateId: (await createTemplateRecord(w.db, w.fx)).template.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "template.create": {
    input: async (w) => ({
      requestKey: randomUUID(),
      name: "Tarsal tunnel phase 1",
      items: [{ exerciseId: (await createExerciseRecord(w.db, w.fx.clinicId)).id, sets: 2, reps: 10, perWeek: 7, side: "both" }],
    }),
    // Another clinic's therapist cannot use this clinic's exercise.
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "template.update": {
    input: async (w) => {
      const { template, exercise } = await createTemplateRecord(w.db, w.fx);
      return { templateId: template.id, version: 1, name: "Renamed", items: [{ exerciseId: exercise.id, sets: 3, reps: 12, perWeek: 3, side: "both" }] };
    },
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "template.archive": {
    input: async (w) => ({ templateId: (await createTemplateRecord(w.db, w.fx)).template.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "program.list": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "program.get": {
    input: async (w) => ({ programId: (await createProgramRecord(w.db, w.fx)).id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "program.start": {
    input: async (w) => ({ requestKey: randomUUID(), athleteId: w.fx.athlete.athlete.id, name: "Return to run", startDate: "2026-11-02", templateId: (await createTemplateRecord(w.db, w.fx)).template.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "program.revise": {
    input: async (w) => {
      const program = await createProgramRecord(w.db, w.fx);
      return { programId: program.id, currentVersion: 1, items: program.items.map(({ exerciseId, sets, reps, holdSeconds, perWeek, side, notes }) => ({ exerciseId, sets, reps, holdSeconds, perWeek, side, notes })) };
    },
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "program.end": {
    input: async (w) => ({ programId: (await createProgramRecord(w.db, w.fx)).id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "plan.get": {
    input: async (w) => ({ programId: (await createPlanRecord(w.db, w.fx)).program.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "plan.suggestEntry": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "plan.create": {
    input: async (w) => ({ requestKey: randomUUID(), programId: (await createProgramRecord(w.db, w.fx)).id, stage: 2, targetWeeklyMinutes: 150 }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "plan.override": {
    input: async (w) => ({ planId: (await createPlanRecord(w.db, w.fx)).plan.id, stage: 3, reason: "Symptom-free at 15 min already" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "plan.signOff": {
    input: async (w) => {
      const { plan } = await createPlanRecord(w.db, w.fx);
      await freezePlan(w.db, plan.id);
      return { planId: plan.id, reason: "Reviewed; plateau explained by travel" };
    },
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "plan.pause": {
    input: async (w) => ({ planId: (await createPlanRecord(w.db, w.fx)).plan.id, reason: "Race week, paused on request" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "plan.resume": {
    input: async (w) => {
      const { plan } = await createPlanRecord(w.db, w.fx);
      await callerFor(w.db, w.fx.owner).plan.pause({ planId: plan.id, reason: "Travelling" });
      return { planId: plan.id, reason: "Back home" };
    },
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "plan.updateSettings": {
    input: async (w) => ({ planId: (await createPlanRecord(w.db, w.fx)).plan.id, settingsOverrides: { greenMaxPeak: 1 }, reason: "Very irritable presentation" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "program.simulate": {
    input: () => ({ startDate: "2026-11-02", stage: 1, targetWeeklyMinutes: 150, runs: [greenRun("2026-11-02")] }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
  },
  "portal.plan": {
    input: async (w) => {
      await createPlanRecord(w.db, w.fx);
      return undefined;
    },
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
    check: (plan: { programName: string } | null, _w, c) => {
      // The program belongs to fx.athlete; the other athlete of the clinic sees none.
      if (c === "otherAthlete") expect(plan).toBeNull();
      else expect(plan?.programName).toBe("Return to run");
    },
  },
  "portal.log": {
    // The shoe belongs to fx.athlete: the other athlete of the clinic cannot log a run in it.
    input: async (w) => ({ kind: "run", clientId: randomUUID(), ...greenRun(todayIso(), { shoeId: (await createShoeRecord(w.db, w.fx)).id }) }),
    expect:                                       [UNAUTH,   OK,     NF,          FORBID,   FORBID,       FORBID],
  },
  "portal.correctLog": {
    input: async (w) => {
      const log = await createRunLogRecord(w.db, w.fx, greenRun(todayIso()));
      return { kind: "run", clientId: randomUUID(), logId: log.id, expectedVersion: 1, ...greenRun(todayIso(), { runMinutes: 7 }) };
    },
    expect:                                       [UNAUTH,   OK,     NF,          FORBID,   FORBID,       FORBID],
  },
  "portal.answerNextMorning": {
    input: async (w) => ({
      clientId: randomUUID(), nextMorningNrs: 1,
      logId: (await createRunLogRecord(w.db, w.fx, greenRun(todayIso(), { nextMorningNrs: null }))).id,
    }),
    expect:                                       [UNAUTH,   OK,     NF,          FORBID,   FORBID,       FORBID],
  },
  "portal.submitChecklist": {
    input: () => ({ clientId: randomUUID(), date: todayIso(), answers: { "foot-slap": "no" } }),
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
  },
  "portal.logs": {
    input: async (w) => {
      await createRunLogRecord(w.db, w.fx, greenRun(todayIso()));
      return undefined;
    },
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
    check: (list: unknown[], _w, c) => expect(list).toHaveLength(c === "athlete" ? 1 : 0),
  },
  "log.list": {
    input: async (w) => {
      await createRunLogRecord(w.db, w.fx, greenRun(todayIso()));
      return { athleteId: w.fx.athlete.athlete.id };
    },
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
    check: (list: unknown[]) => expect(list).toHaveLength(1),
  },
  "portal.checkIns": {
    input: async (w) => {
      await createRunLogRecord(w.db, w.fx, greenRun(yesterdayIso(), { nextMorningNrs: null }));
      return undefined;
    },
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
    check: (c: { nextMorning: unknown[] }, _w, caller) => expect(c.nextMorning).toHaveLength(caller === "athlete" ? 1 : 0),
  },
  "portal.safety": {
    input: async () => undefined,
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
  },
  "portal.shoes": {
    input: async (w) => {
      await createShoeRecord(w.db, w.fx);
      return undefined;
    },
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
    check: (list: unknown[], _w, c) => expect(list).toHaveLength(c === "athlete" ? 1 : 0),
  },
  "portal.progress": {
    input: async (w) => {
      await createPlanRecord(w.db, w.fx);
      return undefined;
    },
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
    check: (p: { weeks: unknown[] }, _w, c) => {
      if (c === "otherAthlete") expect(p.weeks).toEqual([]);
      else expect(p.weeks.length).toBeGreaterThan(0);
    },
  },
  "portal.outcomeSchedule": {
    input: () => undefined,
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
  },
  "caseload.list": {
    input: () => ({}),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       OK,           OK],
    check: (page: { rows: { id: string }[] }, w, c) => {
      const ids = page.rows.map((r) => r.id);
      if (c === "otherClinicTherapist") expect(ids).not.toContain(w.fx.athlete.athlete.id);
      if (c === "therapist") expect(ids).toEqual([w.fx.athlete.athlete.id]);
      if (c === "owner") expect(ids).toEqual(expect.arrayContaining([w.fx.athlete.athlete.id, w.fx.otherAthlete.athlete.id]));
    },
  },
  "alert.list": {
    input: async (w) => {
      await createAlertRecord(w.db, w.fx);
      return { athleteId: w.fx.athlete.athlete.id };
    },
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "alert.acknowledge": {
    input: async (w) => ({ alertId: (await createAlertRecord(w.db, w.fx)).id, note: "Called the athlete" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "alert.resolve": {
    input: async (w) => ({ alertId: (await createAlertRecord(w.db, w.fx)).id, note: "Reviewed in clinic" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "insight.load": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "insight.patterns": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "insight.timeline": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "report.preview": {
    input: (w) => ({ athleteId: w.fx.athlete.athlete.id, kind: "progress", paper: "A4", from: yesterdayIso(), to: todayIso() }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "report.issue": {
    input: (w) => ({
      requestKey: randomUUID(), draft: { athleteId: w.fx.athlete.athlete.id, kind: "progress", paper: "A4", from: yesterdayIso(), to: todayIso() },
      impression: "Settling well", planText: "Review in two weeks", goalsMet: "", returnAdvice: "",
    }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "report.list": {
    input: async (w) => {
      await createReportRecord(w.db, w.fx);
      return { athleteId: w.fx.athlete.athlete.id };
    },
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
    check: (list: unknown[]) => expect(list).toHaveLength(1),
  },
  "report.release": {
    input: async (w) => ({ reportId: (await createReportRecord(w.db, w.fx)).id }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "report.void": {
    input: async (w) => ({ reportId: (await createReportRecord(w.db, w.fx)).id, reason: "Issued for the wrong period" }),
    expect:                                       [UNAUTH,   FORBID, FORBID,      OK,       NF,           OK],
  },
  "portal.reports": {
    input: async (w) => {
      await createReportRecord(w.db, w.fx, { released: true });
      await createReportRecord(w.db, w.fx);
      return undefined;
    },
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
    check: (list: unknown[], _w, c) => expect(list).toHaveLength(c === "athlete" ? 1 : 0),
  },
  "portal.profile": {
    input: () => undefined,
    expect:                                       [UNAUTH,   OK,     OK,          FORBID,   FORBID,       FORBID],
    check: (profile: { lastName: string }, w, c) => {
      const own = c === "athlete" ? w.fx.athlete.athlete : w.fx.otherAthlete.athlete;
      expect(profile.lastName).toBe(own.lastName);
    },
  },
};

/** Calls a procedure of the caller by its dotted path. */
function procedure(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  const [router, name] = path.split(".") as [string, string];
  return (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[router]![name]!;
}

async function outcomeOf(call: Promise<unknown>): Promise<{ outcome: string; result?: unknown; message?: string }> {
  try {
    return { outcome: OK, result: await call };
  } catch (error) {
    if (error instanceof TRPCError) return { outcome: error.code, message: error.message };
    throw error;
  }
}

describe("authorization matrix", () => {
  it("declares a row for every procedure of the router, and none that does not exist", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    const declared = Object.keys(matrix).sort();
    expect(procedures.filter((p) => !declared.includes(p)), "procedures without a declared row").toEqual([]);
    expect(declared.filter((p) => !procedures.includes(p)), "rows for procedures that do not exist").toEqual([]);
  });

  const cells = Object.entries(matrix).flatMap(([path, row]) =>
    callers.map((caller, i) => ({ path, row, caller, expected: row.expect[i]! })),
  );

  it.each(cells)("$path as $caller → $expected", async ({ path, row, caller, expected }) => {
    const w = await makeWorld();
    const actor = actorOf(w, caller);
    const input = await row.input(w);
    const requestId = randomUUID();
    const { outcome, result, message } = await outcomeOf(procedure(callerFor(w.db, actor, new Date(), { requestId }), path)(input));
    expect(outcome, message).toBe(expected);

    const denials = (await auditEventsOf(w.db, requestId)).filter((e) => e.outcome === "denied");
    if (expected === OK) {
      row.check?.(result as never, w, caller);
      expect(denials).toEqual([]);
    } else {
      // Every refusal leaves a trace naming who was refused what.
      expect(denials).toEqual([expect.objectContaining({ action: path, actorUserId: actor?.userId ?? null, clinicId: actor?.clinicId ?? null })]);
    }
  });
});

describe("data scope", () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });

  it("a therapist cannot reach an athlete of a colleague's caseload: NOT_FOUND, and audited", async () => {
    const requestId = randomUUID();
    const api = callerFor(db(), w.fx.therapist, new Date(), { requestId });
    const athleteId = w.fx.otherAthlete.athlete.id;
    await expect(api.athlete.get({ athleteId })).rejects.toMatchObject({ code: NF });
    await expect(api.athlete.update({ ...athleteFieldsFixture(), athleteId, version: 1 })).rejects.toMatchObject({ code: NF });
    await expect(api.athlete.archive({ athleteId })).rejects.toMatchObject({ code: NF });
    await expect(api.athlete.restore({ athleteId })).rejects.toMatchObject({ code: NF });
    await expect(api.invite.create({ requestKey: randomUUID(), athleteId })).rejects.toMatchObject({ code: NF });
    expect(ids(await api.athlete.list({ includeArchived: true }))).not.toContain(athleteId);
    const denied = await db().select().from(auditEvents).where(and(eq(auditEvents.requestId, requestId), eq(auditEvents.outcome, "denied")));
    expect(denied.map((e) => e.action).sort()).toEqual(["athlete.archive", "athlete.get", "athlete.restore", "athlete.update", "invite.create"]);
  });

  it("a missing athlete and another's athlete look the same", async () => {
    const api = callerFor(db(), w.fx.therapist);
    const missing = await api.athlete.get({ athleteId: randomUUID() }).catch((e: TRPCError) => e);
    const hidden = await api.athlete.get({ athleteId: w.fx.otherAthlete.athlete.id }).catch((e: TRPCError) => e);
    expect(missing).toBeInstanceOf(TRPCError);
    expect(hidden).toBeInstanceOf(TRPCError);
    expect({ code: (hidden as TRPCError).code, message: (hidden as TRPCError).message }).toEqual({ code: (missing as TRPCError).code, message: (missing as TRPCError).message });
  });

  it("the owner sees every athlete of the clinic", async () => {
    const api = callerFor(db(), w.fx.owner);
    expect((await api.athlete.get({ athleteId: w.fx.otherAthlete.athlete.id })).id).toBe(w.fx.otherAthlete.athlete.id);
    expect(ids(await api.athlete.list())).toEqual(expect.arrayContaining([w.fx.athlete.athlete.id, w.fx.otherAthlete.athlete.id]));
  });

  it("assigning an athlete to a therapist gives that therapist access; unassigning takes it away", async () => {
    const fx = await createClinicFixture(db());
    const colleague = callerFor(db(), fx.otherTherapist);
    const athleteId = fx.athlete.athlete.id;
    await expect(colleague.athlete.get({ athleteId })).rejects.toMatchObject({ code: NF });
    await callerFor(db(), fx.owner).athlete.assign({ athleteId, therapistUserId: fx.otherTherapist.userId });
    expect((await colleague.athlete.get({ athleteId })).id).toBe(athleteId);
    await callerFor(db(), fx.owner).athlete.unassign({ athleteId, therapistUserId: fx.otherTherapist.userId });
    await expect(colleague.athlete.get({ athleteId })).rejects.toMatchObject({ code: NF });
  });

  it("another clinic's owner gets NOT_FOUND for this clinic's rows and people", async () => {
    const api = callerFor(db(), w.otherClinic.owner);
    const athleteId = w.fx.athlete.athlete.id;
    await expect(api.athlete.get({ athleteId })).rejects.toMatchObject({ code: NF });
    await expect(api.athlete.update({ ...athleteFieldsFixture(), athleteId, version: 1 })).rejects.toMatchObject({ code: NF });
    await expect(api.athlete.archive({ athleteId })).rejects.toMatchObject({ code: NF });
    await expect(api.athlete.assign({ athleteId, therapistUserId: w.otherClinic.therapist.userId })).rejects.toMatchObject({ code: NF });
    await expect(api.invite.create({ requestKey: randomUUID(), athleteId })).rejects.toMatchObject({ code: NF });
    await expect(api.clinic.setUserDisabled({ userId: w.fx.therapist.userId, disabled: true })).rejects.toMatchObject({ code: NF });
    expect(ids(await api.athlete.list())).not.toContain(athleteId);
    expect((await api.audit.list({ limit: 200, athleteId })).items).toEqual([]);
  });

  it("an owner cannot place an athlete on another clinic's therapist's caseload", async () => {
    const api = callerFor(db(), w.fx.owner);
    const foreign = w.otherClinic.therapist.userId;
    await expect(api.athlete.assign({ athleteId: w.fx.athlete.athlete.id, therapistUserId: foreign })).rejects.toMatchObject({ code: NF });
    await expect(api.athlete.create({ requestKey: randomUUID(), ...athleteFieldsFixture(), therapistUserId: foreign })).rejects.toMatchObject({ code: NF });
  });

  it("a therapist cannot place a new athlete on a colleague's caseload", async () => {
    const api = callerFor(db(), w.fx.therapist);
    await expect(api.athlete.create({ requestKey: randomUUID(), ...athleteFieldsFixture(), therapistUserId: w.fx.otherTherapist.userId })).rejects.toMatchObject({ code: FORBID });
    const own = await api.athlete.create({ requestKey: randomUUID(), ...athleteFieldsFixture(), therapistUserId: w.fx.therapist.userId });
    expect(own.therapists.map((t) => t.userId)).toEqual([w.fx.therapist.userId]);
  });

  it("portal.profile returns the athlete's own profile and nothing else", async () => {
    const profile = await callerFor(db(), w.fx.athlete.actor).portal.profile();
    const a = w.fx.athlete.athlete;
    expect(profile).toEqual({
      firstName: a.firstName, lastName: a.lastName, dateOfBirth: a.dateOfBirth, age: expect.any(Number),
      email: a.email, weeklyKm: a.weeklyKm, yearsRunning: a.yearsRunning, goalRace: a.goalRace,
      goalDate: a.goalDate, usualSurface: a.usualSurface,
    });
  });

  it("an archived athlete's portal session sees nothing", async () => {
    const fx = await createClinicFixture(db());
    await callerFor(db(), fx.owner).athlete.archive({ athleteId: fx.athlete.athlete.id });
    await expect(callerFor(db(), fx.athlete.actor).portal.profile()).rejects.toMatchObject({ code: NF });
  });
});
