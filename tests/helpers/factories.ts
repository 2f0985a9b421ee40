import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  alerts, assessments, athletes, caseloadAssignments, clinics, clinicSettings, exercises, memberships, outcomeMeasures, programTemplates, activityLogs, reports, shoes,
  triageResults, users,
} from "@/db/schema";
import type { AthleteActor, ClinicianActor } from "@/server/domain/access";
import type { AthleteFieldsInput } from "@/server/domain/athletes/schemas";
import type { RunLog } from "@/server/domain/progression/run-log";
import { hashPassword } from "@/server/services/infra/passwords";
import { raiseTriage } from "@/server/services/engine/triage";
import { getAthleteOrThrow } from "@/server/services/scope";
import { callerFor, TEST_APP_URL } from "./caller";

export const TEST_PASSWORD = "correct-horse-battery";
let passwordHash: Promise<string> | undefined;
const testHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A clinician with a password of TEST_PASSWORD. */
export async function createClinician(db: Db, clinicId: string, role: ClinicianActor["role"], name = unique(role)): Promise<ClinicianActor & { email: string }> {
  const email = `${unique(role)}@test.clinic`;
  const [user] = await db.insert(users).values({ email, name, passwordHash: await testHash() }).returning({ id: users.id });
  await db.insert(memberships).values({ clinicId, userId: user!.id, role });
  return { kind: "clinician", userId: user!.id, clinicId, role, email };
}

export const athleteFieldsFixture = (over: Partial<AthleteFieldsInput> = {}) =>
  ({
    firstName: "Jamie", lastName: unique("Runner"), dateOfBirth: "1990-05-17", sex: "female",
    email: `${unique("athlete")}@example.com`, weeklyKm: 35, yearsRunning: 5,
    goalRace: "City Half Marathon", goalDate: "2027-05-02", usualSurface: "road", ...over,
  }) satisfies AthleteFieldsInput;

/** An athlete row on the therapist's caseload; with `portal`, also a portal account. */
export async function createAthleteRecord(db: Db, therapist: ClinicianActor, opts: { portal?: boolean; fields?: Partial<AthleteFieldsInput> } = {}) {
  const fields = athleteFieldsFixture(opts.fields);
  let userId: string | null = null;
  if (opts.portal) {
    if (!fields.email) throw new Error("createAthleteRecord: a portal account needs an email");
    const [user] = await db
      .insert(users)
      .values({ email: fields.email, name: `${fields.firstName} ${fields.lastName}`, passwordHash: await testHash() })
      .returning({ id: users.id });
    userId = user!.id;
  }
  const [athlete] = await db.insert(athletes).values({ ...fields, clinicId: therapist.clinicId, userId }).returning();
  await db.insert(caseloadAssignments).values({ clinicId: therapist.clinicId, athleteId: athlete!.id, therapistUserId: therapist.userId });
  const actor: AthleteActor | null = userId ? { kind: "athlete", userId, clinicId: therapist.clinicId, athleteId: athlete!.id } : null;
  return { athlete: athlete!, actor, email: fields.email };
}

/**
 * A fresh clinic per test: an owner, two therapists, an athlete with a portal account on the first
 * therapist's caseload, and a second athlete (with portal) on the second therapist's caseload.
 */
export async function createClinicFixture(db: Db) {
  const [clinic] = await db.insert(clinics).values({ name: unique("Clinic") }).returning({ id: clinics.id });
  const clinicId = clinic!.id;
  // Every clinic has its settings row from sign-up on.
  await db.insert(clinicSettings).values({ clinicId });
  const owner = await createClinician(db, clinicId, "owner");
  const therapist = await createClinician(db, clinicId, "therapist");
  const otherTherapist = await createClinician(db, clinicId, "therapist");
  const athlete = await createAthleteRecord(db, therapist, { portal: true });
  const otherAthlete = await createAthleteRecord(db, otherTherapist, { portal: true });
  return { clinicId, owner, therapist, otherTherapist, athlete, otherAthlete };
}

export type ClinicFixture = Awaited<ReturnType<typeof createClinicFixture>>;

/** A shoe of fx.athlete's athlete. */
export async function createShoeRecord(db: Db, fx: ClinicFixture) {
  const [shoe] = await db
    .insert(shoes)
    .values({ clinicId: fx.clinicId, athleteId: fx.athlete.athlete.id, brand: "Brooks", model: "Ghost 16", use: "road" })
    .returning();
  return shoe!;
}

/** An open urgent red flag of fx.athlete's athlete. */
export async function createTriageRecord(db: Db, fx: ClinicFixture, opts: { now?: Date } = {}) {
  // Raised the way the app raises one, so an urgent flag also pauses the athlete's active plan.
  const ctx = { db, now: opts.now ?? new Date(), requestId: randomUUID(), ip: "203.0.113.7", appUrl: TEST_APP_URL, actor: fx.therapist };
  const athlete = await getAthleteOrThrow(ctx, fx.athlete.athlete.id);
  const id = await db.transaction((tx) =>
    raiseTriage(tx, ctx, {
      athlete, source: "assessment", sourceId: null,
      triggered: [{ id: "T-U2", reason: "Symptoms in both feet", urgency: "urgent" }],
    }),
  );
  const [triage] = await db.select().from(triageResults).where(eq(triageResults.id, id!));
  return triage!;
}

/** A draft assessment of fx.athlete's athlete; `signed` signs it. */
export async function createAssessmentRecord(db: Db, fx: ClinicFixture, opts: { signed?: boolean } = {}) {
  const [assessment] = await db
    .insert(assessments)
    .values({
      clinicId: fx.clinicId, athleteId: fx.athlete.athlete.id, kind: "initial", visitDate: "2026-11-02", createdBy: fx.therapist.userId,
      ...(opts.signed ? { status: "signed" as const, signedAt: new Date(), signedBy: fx.therapist.userId } : {}),
    })
    .returning();
  return assessment!;
}

/** An NRS sent to fx.athlete's portal. */
export async function createRequestedOutcome(db: Db, fx: ClinicFixture, athlete: "athlete" | "otherAthlete" = "athlete") {
  const [outcome] = await db
    .insert(outcomeMeasures)
    .values({
      clinicId: fx.clinicId, athleteId: fx[athlete].athlete.id, instrument: "NRS", instrumentVersion: "NRS 0–10",
      licenceNote: "Public domain", status: "requested", requestedAt: new Date(), requestedBy: fx.therapist.userId,
    })
    .returning();
  return outcome!;
}

/** One of the clinic's own exercises. */
/** A measure the therapist recorded in clinic for the fixture's athlete (NRS 5, completed). */
export async function createRecordedOutcome(db: Db, fx: ClinicFixture) {
  const [row] = await db
    .insert(outcomeMeasures)
    .values({
      clinicId: fx.clinicId, athleteId: fx.athlete.athlete.id, instrument: "NRS", instrumentVersion: "1", licenceNote: "Public domain",
      status: "completed", answers: { value: 5 }, score: 5, complete: true, completedAt: new Date(), completedBy: fx.therapist.userId, completedByRole: "therapist",
    })
    .returning();
  return row!;
}

export async function createExerciseRecord(db: Db, clinicId: string, over: Partial<typeof exercises.$inferInsert> = {}) {
  const [exercise] = await db
    .insert(exercises)
    .values({ clinicId, name: unique("Towel slide"), category: "Intrinsic strength", target: "Toe flexors", dosage: "3 × 10", cues: "Pull the towel toward you with your toes, heel down.", ...over })
    .returning();
  return exercise!;
}

/** A clinic template with one of the clinic's own exercises. */
export async function createTemplateRecord(db: Db, fx: ClinicFixture) {
  const exercise = await createExerciseRecord(db, fx.clinicId);
  const [template] = await db
    .insert(programTemplates)
    .values({
      clinicId: fx.clinicId, name: unique("Template"), createdBy: fx.therapist.userId,
      items: [{ exerciseId: exercise.id, sets: 3, reps: 10, holdSeconds: null, perWeek: 3, side: "both", notes: null }],
    })
    .returning();
  return { template: template!, exercise };
}

/** An active program of fx.athlete's athlete, started through the service. */
export async function createProgramRecord(db: Db, fx: ClinicFixture) {
  const { template } = await createTemplateRecord(db, fx);
  const api = callerFor(db, fx.therapist);
  return api.program.start({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, name: "Return to run", startDate: "2026-11-02", templateId: template.id });
}

/** A green, complete run as the portal logs it (docs/clinical-rules.md R1.1), with overrides. */
export const greenRun = (date: string, over: Partial<RunLog> = {}): RunLog => ({
  date, plannedRunMinutes: 8, runMinutes: 8, preNrs: 0, numbness: 1, tingling: 1, burning: 0, pain: 0, onsetMinute: null,
  settleMinutes: 0, stoppedForSymptoms: false, regions: [], motorSign: false, restSymptoms: false, nextMorningNrs: 0, rpe: 3,
  surface: "road", shoeId: null, temperatureC: 12, ...over,
});

/** Stores a logged run of fx.athlete's athlete (or another athlete of the clinic). */
export async function createRunLogRecord(db: Db, fx: ClinicFixture, run: RunLog, loggedAt = new Date(`${run.date}T07:00:00Z`), athleteId = fx.athlete.athlete.id) {
  const [row] = await db
    .insert(activityLogs)
    .values({
      clinicId: fx.clinicId, athleteId, clientId: randomUUID(), kind: "run", date: run.date, data: run,
      payloadHash: randomUUID(), response: {}, createdAt: loggedAt, updatedAt: loggedAt,
    })
    .returning();
  return row!;
}

/** An active program of fx.athlete's athlete with a run/walk plan at S1. */
export async function createPlanRecord(db: Db, fx: ClinicFixture) {
  const { template } = await createTemplateRecord(db, fx);
  const program = await callerFor(db, fx.therapist).program.start({ requestKey: randomUUID(),
    athleteId: fx.athlete.athlete.id, name: "Return to run", startDate: "2026-11-02", templateId: template.id,
    runPlan: { stage: 1, targetWeeklyMinutes: 150 },
  });
  const plan = (await callerFor(db, fx.therapist).plan.get({ programId: program.id }))!;
  return { program, plan };
}

/** An open high alert (a red run) of fx.athlete's athlete. */
export async function createAlertRecord(db: Db, fx: ClinicFixture) {
  const [alert] = await db
    .insert(alerts)
    .values({ clinicId: fx.clinicId, athleteId: fx.athlete.athlete.id, type: "red-run", cause: `run:${randomUUID()}`, severity: "high", reason: "Red run: tingling 7/10 (≥ 6)", data: {} })
    .returning();
  return alert!;
}

/** An issued report of fx.athlete's athlete, stored directly (the PDF bytes are a stand-in); `released` shares it with the athlete. */
export async function createReportRecord(db: Db, fx: ClinicFixture, opts: { released?: boolean } = {}) {
  const [report] = await db
    .insert(reports)
    .values({
      clinicId: fx.clinicId, athleteId: fx.athlete.athlete.id, kind: "progress", paper: "A4", periodFrom: "2026-11-02", periodTo: "2026-11-20",
      issuedBy: fx.therapist.userId, snapshot: {}, pdf: new TextEncoder().encode("%PDF-1.7 stand-in"), pdfSha256: "stand-in",
      ...(opts.released ? { releasedAt: new Date(), releasedBy: fx.therapist.userId } : {}),
    })
    .returning();
  return report!;
}
