// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activityLogRevisions, activityLogs, redFlagChecks, triageResults } from "@/db/schema";
import { decideAllDuePlans } from "@/server/services/engine/weekly-decisions";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, createProgramRecord, createShoeRecord, createTemplateRecord, greenRun, type ClinicFixture } from "../helpers/factories";

const db = useTestDb();
const NOW = new Date("2026-11-26T10:00:00Z");
const TODAY = "2026-11-26";

const athleteApi = (fx: ClinicFixture, now = NOW) => callerFor(db(), fx.athlete.actor!, now);
const runEntry = (over: Parameters<typeof greenRun>[1] = {}, date = TODAY) => ({ kind: "run" as const, clientId: randomUUID(), ...greenRun(date, over) });
const rowsOf = (fx: ClinicFixture) => db().select().from(activityLogs).where(eq(activityLogs.athleteId, fx.athlete.athlete.id));

describe("portal.log: an entry is stored exactly once", () => {
  it("a resend returns the first answer and writes nothing; a different entry under the same key is refused", async () => {
    const fx = await createClinicFixture(db());
    const entry = runEntry();
    const first = await athleteApi(fx).portal.log(entry);
    expect(first).toEqual({ logId: expect.any(String), kind: "run", date: TODAY, triage: null,
      runClass: { sessionClass: "GREEN", findings: [{ kind: "settled", peak: 1, limit: 2, nextMorning: 0, before: 0 }] },
    });
    expect(await athleteApi(fx, new Date(NOW.getTime() + 60_000)).portal.log(entry)).toEqual(first);
    await expect(athleteApi(fx).portal.log({ ...entry, runMinutes: 9 })).rejects.toMatchObject({
      code: "CONFLICT", message: expect.stringContaining("already sent with different details"),
    });
    expect(await rowsOf(fx)).toHaveLength(1);
  });

  it("20 concurrent submissions of the same entry make one row and the same answer", async () => {
    const fx = await createClinicFixture(db());
    const entry = runEntry({ regions: ["SADDLE"] });
    const answers = await Promise.all(Array.from({ length: 20 }, () => athleteApi(fx).portal.log(entry)));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await rowsOf(fx)).toHaveLength(1);
    // The red flag the run raised is raised once too.
    expect(await db().select().from(triageResults).where(eq(triageResults.athleteId, fx.athlete.athlete.id))).toHaveLength(1);
  });

  it("the same key from two athletes is two entries", async () => {
    const fx = await createClinicFixture(db());
    const clientId = randomUUID();
    await athleteApi(fx).portal.log({ ...runEntry(), clientId });
    const other = callerFor(db(), fx.otherAthlete.actor!, NOW);
    await other.portal.log({ ...runEntry(), clientId });
    expect(await rowsOf(fx)).toHaveLength(1);
  });

  it.each([
    ["in the future", { date: "2026-11-28" }, "The date is in the future"],
    ["older than 30 days", { date: "2026-10-26" }, "older than 30 days"],
  ])("refuses an entry dated %s, writing nothing", async (_what, over, message) => {
    const fx = await createClinicFixture(db());
    await expect(athleteApi(fx).portal.log({ ...runEntry(), ...over })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(message) });
    expect(await rowsOf(fx)).toHaveLength(0);
  });

  it("refuses malformed entries with field messages", async () => {
    const fx = await createClinicFixture(db());
    const bad = { ...runEntry(), tingling: 11, runMinutes: -1 };
    const error = await athleteApi(fx).portal.log(bad).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(JSON.stringify(error)).toMatch(/Tingling: 0–10/);
    expect(await rowsOf(fx)).toHaveLength(0);
  });
});

describe("portal.log: runs raise red flags (R1.5 → R8)", () => {
  it.each([
    [{ regions: ["SADDLE"] }, "emergency", "T-E1", "Seek emergency care now"],
    [{ motorSign: true }, "urgent", "T-U1", "see a doctor"],
    [{ restSymptoms: true }, "urgent", "T-U6", "see a doctor"],
    [{ regions: ["MPN-L", "MPN-R"] }, "urgent", "T-U2", "see a doctor"],
  ] as const)("%o tells the athlete (%s) and opens %s for the therapist", async (over, urgency, trigger, message) => {
    const fx = await createClinicFixture(db());
    const answer = await athleteApi(fx).portal.log(runEntry({ ...over, regions: [...(over as { regions?: string[] }).regions ?? []] } as never));
    expect(answer.triage).toEqual({ urgency, messages: expect.arrayContaining([expect.stringContaining(message)]) });
    const [flag] = await db().select().from(triageResults).where(eq(triageResults.athleteId, fx.athlete.athlete.id));
    expect(flag).toMatchObject({ source: "run", sourceId: answer.logId, urgency });
    expect(flag!.triggers.map((t) => t.id)).toContain(trigger);
  });

  it("a green run raises nothing", async () => {
    const fx = await createClinicFixture(db());
    expect((await athleteApi(fx).portal.log(runEntry())).triage).toBeNull();
    expect(await db().select().from(triageResults).where(eq(triageResults.athleteId, fx.athlete.athlete.id))).toEqual([]);
  });
});

describe("portal.log: exercise sessions and cross-training", () => {
  it("logs a session of an exercise in the athlete's program; one that is not in it is refused", async () => {
    const fx = await createClinicFixture(db());
    const program = await createProgramRecord(db(), fx);
    const item = program.items[0]!;
    const session = {
      kind: "exercise" as const, clientId: randomUUID(), date: TODAY, programId: program.id, exerciseId: item.exerciseId, side: item.side,
      status: "partial" as const, setsDone: 2, repsDone: 10, symptomNrs: 1, settleMinutes: 0, note: null,
    };
    expect(await athleteApi(fx).portal.log(session)).toMatchObject({ kind: "exercise", triage: null });
    await expect(athleteApi(fx).portal.log({ ...session, clientId: randomUUID(), exerciseId: randomUUID() })).rejects.toMatchObject({
      code: "BAD_REQUEST", message: "This exercise is not in your current program",
    });
    const [row] = await rowsOf(fx);
    expect(row).toMatchObject({ kind: "exercise", programId: program.id, data: expect.objectContaining({ status: "partial", setsDone: 2 }) });
  });

  it("another athlete's program is NOT_FOUND, and nothing is written", async () => {
    const fx = await createClinicFixture(db());
    const program = await createProgramRecord(db(), fx);
    const item = program.items[0]!;
    const other = callerFor(db(), fx.otherAthlete.actor!, NOW);
    await expect(other.portal.log({
      kind: "exercise", clientId: randomUUID(), date: TODAY, programId: program.id, exerciseId: item.exerciseId, side: item.side,
      status: "done", setsDone: 3, repsDone: 10, symptomNrs: 0, settleMinutes: 0, note: null,
    })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().select().from(activityLogs).where(eq(activityLogs.athleteId, fx.otherAthlete.athlete.id))).toEqual([]);
  });

  it("logs cross-training outside the plan", async () => {
    const fx = await createClinicFixture(db());
    await athleteApi(fx).portal.log({ kind: "cross_training", clientId: randomUUID(), date: TODAY, activity: "cycling", minutes: 40, rpe: 4, note: null });
    expect((await athleteApi(fx).portal.logs()).map((l) => l.kind)).toEqual(["cross_training"]);
  });

  it("a run in the athlete's own shoe is accepted; another athlete's shoe is NOT_FOUND", async () => {
    const fx = await createClinicFixture(db());
    const shoe = await createShoeRecord(db(), fx);
    await athleteApi(fx).portal.log(runEntry({ shoeId: shoe.id, distanceKm: 2.1 }));
    const other = callerFor(db(), fx.otherAthlete.actor!, NOW);
    await expect(other.portal.log(runEntry({ shoeId: shoe.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("portal.log: ratings start unset, and the athlete is told why", () => {
  const unrated = { preNrs: null, numbness: null, tingling: null, burning: null, pain: null, settleMinutes: null, rpe: null };

  it("a run with nothing rated is stored as not rated (null, not 0) and is INCOMPLETE for the athlete and the therapist", async () => {
    const fx = await createClinicFixture(db());
    const answer = await athleteApi(fx).portal.log(runEntry({ ...unrated, nextMorningNrs: 0 }, "2026-11-25"));
    expect(answer.runClass).toEqual({ sessionClass: "INCOMPLETE", findings: [{ kind: "not-rated" }] });
    const [row] = await rowsOf(fx);
    expect(row!.data).toMatchObject(unrated);
    const [own] = await athleteApi(fx).portal.logs();
    expect(own).toMatchObject({ runClass: "INCOMPLETE", classFindings: [{ kind: "not-rated" }], entry: expect.objectContaining(unrated) });
    const [seen] = await callerFor(db(), fx.therapist, NOW).log.list({ athleteId: fx.athlete.athlete.id });
    expect(seen).toMatchObject({ runClass: "INCOMPLETE", classReasons: ["no symptom rated"], entry: expect.objectContaining(unrated) });
  });

  it("the answer after saving says why a run is amber, and a resend says the same", async () => {
    const fx = await createClinicFixture(db());
    const entry = runEntry({ tingling: 4, nextMorningNrs: 0 }, "2026-11-25");
    const answer = await athleteApi(fx).portal.log(entry);
    expect(answer.runClass).toEqual({ sessionClass: "AMBER", findings: [{ kind: "peak", symptoms: ["tingling"], peak: 4, limit: 2 }] });
    expect(await athleteApi(fx).portal.log(entry)).toEqual(answer);
  });

  it("earlier onset is judged against the athlete's comparison run, as the log judges it", async () => {
    const fx = await createClinicFixture(db());
    await athleteApi(fx).portal.log(runEntry({ onsetMinute: 6, nextMorningNrs: 0 }, "2026-11-20"));
    const answer = await athleteApi(fx).portal.log(runEntry({ onsetMinute: 4, nextMorningNrs: 0 }, "2026-11-25"));
    expect(answer.runClass).toEqual({ sessionClass: "AMBER", findings: [{ kind: "earlier-onset", minute: 4, comparedMinute: 6, comparedDate: "2026-11-20", ratio: 0.8 }] });
    const [latest] = await athleteApi(fx).portal.logs();
    expect(latest!.classFindings).toEqual(answer.runClass!.findings);
  });

  it("refuses total minutes below the running minutes, at the field, writing nothing", async () => {
    const fx = await createClinicFixture(db());
    const error = await athleteApi(fx).portal.log(runEntry({ runMinutes: 20, durationMinutes: 15 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(JSON.stringify(error)).toContain("Total minutes (15) cannot be less than the minutes of running (20)");
    expect(await rowsOf(fx)).toHaveLength(0);
    const { logId } = await athleteApi(fx).portal.log(runEntry({ runMinutes: 20, durationMinutes: 20 }));
    await expect(athleteApi(fx).portal.correctLog({ ...runEntry({ runMinutes: 20, durationMinutes: 12 }), logId, expectedVersion: 1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("the therapist's log shows the run's shoe by name, with distance, temperature and note", async () => {
    const fx = await createClinicFixture(db());
    const shoe = await createShoeRecord(db(), fx);
    await athleteApi(fx).portal.log(runEntry({ shoeId: shoe.id, distanceKm: 5.2, temperatureC: 4, note: "Icy path" }));
    const [seen] = await callerFor(db(), fx.therapist, NOW).log.list({ athleteId: fx.athlete.athlete.id });
    expect(seen).toMatchObject({ shoeLabel: `${shoe.brand} ${shoe.model}`, entry: expect.objectContaining({ distanceKm: 5.2, temperatureC: 4, note: "Icy path" }) });
  });
});

describe("portal.answerNextMorning", () => {
  it("records the answer once; the same answer again is harmless, a different one is refused", async () => {
    const fx = await createClinicFixture(db());
    const { logId } = await athleteApi(fx).portal.log(runEntry({ nextMorningNrs: null }, "2026-11-25"));
    expect((await athleteApi(fx).portal.logs())[0]).toMatchObject({ needsNextMorning: true, runClass: "INCOMPLETE" });
    const answer = { clientId: randomUUID(), logId, nextMorningNrs: 3 };
    expect(await athleteApi(fx).portal.answerNextMorning(answer)).toEqual({ logId, nextMorningNrs: 3 });
    expect(await athleteApi(fx).portal.answerNextMorning(answer)).toEqual({ logId, nextMorningNrs: 3 });
    await expect(athleteApi(fx).portal.answerNextMorning({ ...answer, nextMorningNrs: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    // Worse next morning than before the run (3 > 0): RED (docs/clinical-rules.md R2.2).
    expect((await athleteApi(fx).portal.logs())[0]).toMatchObject({ needsNextMorning: false, runClass: "RED", version: 1 });
  });
});

describe("portal.correctLog", () => {
  it("keeps the original as a revision and shows the therapist both", async () => {
    const fx = await createClinicFixture(db());
    const { logId } = await athleteApi(fx).portal.log(runEntry({ runMinutes: 8 }, "2026-11-24"));
    const correction = { ...runEntry({ runMinutes: 6, tingling: 4 }, "2026-11-24"), logId, expectedVersion: 1 };
    const amber = { sessionClass: "AMBER", findings: [{ kind: "peak", symptoms: ["tingling"], peak: 4, limit: 2 }] };
    expect(await athleteApi(fx).portal.correctLog(correction)).toEqual({ logId, version: 2, runClass: amber });
    // Resent: the first answer, nothing new.
    expect(await athleteApi(fx).portal.correctLog(correction)).toEqual({ logId, version: 2, runClass: amber });
    const [log] = await callerFor(db(), fx.therapist, NOW).log.list({ athleteId: fx.athlete.athlete.id });
    expect(log).toMatchObject({ id: logId, version: 2, runClass: "AMBER", entry: expect.objectContaining({ runMinutes: 6, tingling: 4 }) });
    expect(log!.revisions).toEqual([{ version: 1, entry: expect.objectContaining({ runMinutes: 8, tingling: 1 }), replacedAt: NOW }]);
    expect(await db().select().from(activityLogRevisions).where(eq(activityLogRevisions.logId, logId))).toHaveLength(1);
  });

  it("refuses a stale version, another kind, and entries older than 7 days, changing nothing", async () => {
    const fx = await createClinicFixture(db());
    const { logId } = await athleteApi(fx).portal.log(runEntry({}, "2026-11-19"));
    const stale = { ...runEntry({ runMinutes: 5 }, "2026-11-19"), logId, expectedVersion: 2 };
    await expect(athleteApi(fx).portal.correctLog(stale)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      athleteApi(fx).portal.correctLog({ kind: "cross_training", clientId: randomUUID(), logId, expectedVersion: 1, date: "2026-11-19", activity: "cycling", minutes: 10, rpe: 2, note: null }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const late = athleteApi(fx, new Date("2026-11-27T08:00:00Z"));
    await expect(late.portal.correctLog({ ...stale, expectedVersion: 1 })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("7 days") });
    const [row] = await rowsOf(fx);
    expect(row).toMatchObject({ version: 1, data: expect.objectContaining({ runMinutes: 8 }) });
  });

  it("the next weekly decision reads the corrected value", async () => {
    const fx = await createClinicFixture(db());
    const { template } = await createTemplateRecord(db(), fx);
    const program = await callerFor(db(), fx.therapist, new Date("2026-11-02T08:00:00Z")).program.start({ requestKey: randomUUID(),
      athleteId: fx.athlete.athlete.id, name: "Return to run", startDate: "2026-11-02", templateId: template.id, runPlan: { stage: 1, targetWeeklyMinutes: 150 },
    });
    const week0 = (now: Date) => athleteApi(fx, now);
    // Week 0 of the plan: 2026-11-02 … 2026-11-08 (S1, 8 min). Three runs, one logged with peak 7 (RED).
    const ids = [];
    for (const [date, over] of [["2026-11-02", {}], ["2026-11-04", { tingling: 7 }], ["2026-11-06", {}]] as const) {
      ids.push((await week0(new Date(`${date}T18:00:00Z`)).portal.log(runEntry(over, date))).logId);
    }
    await week0(new Date("2026-11-07T08:00:00Z")).portal.correctLog({ ...runEntry({ tingling: 2 }, "2026-11-04"), logId: ids[1]!, expectedVersion: 1 });
    // The week ended with no event after it: the plan shows the decision as due, and the hourly job makes it.
    const therapist = callerFor(db(), fx.therapist, new Date("2026-11-09T12:00:00Z"));
    expect(await therapist.plan.get({ programId: program.id })).toMatchObject({ dueWeeks: [0], decidedThroughWeek: -1 });
    await decideAllDuePlans(db(), new Date("2026-11-09T12:00:00Z"), randomUUID(), { clinicId: fx.clinicId });
    const plan = await therapist.plan.get({ programId: program.id });
    expect(plan!.decisions.filter((d) => d.kind === "weekly")).toEqual([expect.objectContaining({ weekIndex: 0, decision: "PROGRESS" })]);
    expect(plan!.dueWeeks).toEqual([]);
  });
});

describe("portal.submitChecklist (7.4, R8)", () => {
  it("an emergency yes tells the athlete to seek care now and reaches the therapist; a resend changes nothing", async () => {
    const fx = await createClinicFixture(db());
    const input = { clientId: randomUUID(), date: TODAY, answers: { "bladder-bowel": "yes", "foot-slap": "no" } as const };
    const answer = await athleteApi(fx).portal.submitChecklist(input);
    expect(answer.triage).toEqual({ urgency: "emergency", messages: [expect.stringContaining("Seek emergency care now")] });
    expect(await athleteApi(fx).portal.submitChecklist(input)).toEqual(answer);
    const flags = await db().select().from(triageResults).where(eq(triageResults.athleteId, fx.athlete.athlete.id));
    expect(flags).toEqual([expect.objectContaining({ source: "checklist", urgency: "emergency", triggers: [expect.objectContaining({ id: "T-E2" })] })]);
    const [check] = await db().select().from(redFlagChecks).where(and(eq(redFlagChecks.athleteId, fx.athlete.athlete.id)));
    expect(check).toMatchObject({ triageId: flags[0]!.id, answers: { "bladder-bowel": "yes", "foot-slap": "no" } });
  });

  it("unanswered questions are not no, and all-no raises nothing", async () => {
    const fx = await createClinicFixture(db());
    const answer = await athleteApi(fx).portal.submitChecklist({ clientId: randomUUID(), date: TODAY, answers: { "night-rest": "no", unwell: null } });
    expect(answer.triage).toBeNull();
    const [check] = await db().select().from(redFlagChecks).where(eq(redFlagChecks.athleteId, fx.athlete.athlete.id));
    expect(check!.answers).toEqual({ "night-rest": "no", unwell: null });
  });

  it("two yes answers of one trigger make one flag naming both questions", async () => {
    const fx = await createClinicFixture(db());
    await athleteApi(fx).portal.submitChecklist({ clientId: randomUUID(), date: TODAY, answers: { "night-rest": "yes", unwell: "yes" } });
    const [flag] = await db().select().from(triageResults).where(eq(triageResults.athleteId, fx.athlete.athlete.id));
    expect(flag!.triggers).toEqual([{ id: "T-U6", reason: expect.stringMatching(/night or at rest.*fever/) }]);
  });
});
