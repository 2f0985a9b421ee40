import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { outcomeMeasures, reports, triageResults } from "@/db/schema";
import type { Actor } from "@/server/domain/access";
import type { IssueReportInput } from "@/server/domain/reports/schemas";
import { closeRenderPool, configureRenderPool } from "@/server/reports/render-pool";
import { downloadReport } from "@/server/services/use-cases/report";
import { auditEventsOf, errorText } from "../helpers/audit";
import { callerFor, publicCtx } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, createTemplateRecord, greenRun, type ClinicFixture } from "../helpers/factories";
import { pdfText, squeezed } from "../helpers/pdf-text";

const db = useTestDb();
afterAll(() => closeRenderPool());

const START = "2026-11-02";
const NOW = new Date("2026-11-27T10:00:00Z");
const at = (iso: string) => new Date(`${iso}T19:00:00Z`);

/** An athlete 3½ weeks into a program with a run/walk plan: runs, two LEFS scores and a handled red flag. */
async function athleteWithHistory() {
  const fx = await createClinicFixture(db());
  const athleteId = fx.athlete.athlete.id;
  const { template } = await createTemplateRecord(db(), fx);
  await callerFor(db(), fx.therapist, at(START)).program.start({ requestKey: randomUUID(),
    athleteId, name: "Return to run", startDate: START, templateId: template.id, runPlan: { stage: 1, targetWeeklyMinutes: 150 },
  });
  for (const [date, tingling] of [["2026-11-02", 3], ["2026-11-04", 2], ["2026-11-06", 1], ["2026-11-09", 1], ["2026-11-11", 0], ["2026-11-20", 0]] as const) {
    await callerFor(db(), fx.athlete.actor!, at(date)).portal.log({ kind: "run", clientId: randomUUID(), ...greenRun(date, { tingling }) });
  }
  const lefs = (score: number, day: string) => ({
    clinicId: fx.clinicId, athleteId, instrument: "LEFS", instrumentVersion: "LEFS 1999", licenceNote: "Free to use", status: "completed" as const,
    score, complete: true, completedAt: at(day), completedBy: fx.therapist.userId, completedByRole: "therapist",
  });
  await db().insert(outcomeMeasures).values([lefs(41, "2026-11-02"), lefs(57, "2026-11-23")]);
  await db().insert(triageResults).values({
    clinicId: fx.clinicId, athleteId, source: "checklist", urgency: "urgent", triggers: [{ id: "T-U2", reason: "Numbness now in both feet" }],
    raisedAt: at("2026-11-05"), acknowledgedAt: at("2026-11-06"), acknowledgedBy: fx.therapist.userId, acknowledgementAction: "referred", acknowledgementNote: "GP letter sent",
  });
  return fx;
}

const draft = (fx: ClinicFixture, over: Partial<IssueReportInput["draft"]> = {}): IssueReportInput["draft"] => ({
  athleteId: fx.athlete.athlete.id, kind: "progress", paper: "A4", from: START, to: "2026-11-26", ...over,
});
const issueInput = (fx: ClinicFixture, over: Partial<IssueReportInput> = {}): IssueReportInput => ({
  requestKey: randomUUID(), diagnosis: "", goals: "", dataOnly: false, replaces: null, draft: draft(fx), referrer: "Dr A. Smith, GP", claim: "Acme Health, claim 88-1234", impression: "Improving <b>steadily</b> & settling within the hour.", planText: "Continue S2; review 10 Dec.", goalsMet: "", returnAdvice: "", ...over,
});
const therapist = (fx: ClinicFixture, requestId = randomUUID()) => callerFor(db(), fx.therapist, NOW, { requestId });
const download = (actor: Actor, reportId: string, requestId = randomUUID()) => downloadReport({ ...publicCtx(db(), { now: NOW, requestId }), actor }, { reportId });

describe("report.preview", () => {
  it("shows the report as it would be issued, from the period's data", async () => {
    const fx = await athleteWithHistory();
    const requestId = randomUUID();
    const model = await therapist(fx, requestId).report.preview(draft(fx));
    expect(model.title).toBe("Progress report");
    expect(model.identity).toContainEqual(["Athlete", `${fx.athlete.athlete.firstName} ${fx.athlete.athlete.lastName}`]);
    expect(model.subjective.figures[0]).toEqual(["Runs logged", "6"]);
    expect(model.outcomes).toEqual([expect.objectContaining({ baseline: "41 (2 Nov 2026)", latest: "57 (23 Nov 2026)", change: "+16 points (better)", met: "yes" })]);
    // The acknowledgement note is the team's own: the report says what was done, in the app's words.
    expect(model.assessment.redFlags).toEqual(["5 Nov 2026: Urgent (medical review within days): Numbness now in both feet. Referred on 6 Nov 2026."]);
    expect(model.plan.program).toBe("Return to run");
    expect(model.plan.exercises).toEqual([expect.stringMatching(/: 3 × 10 reps, 3\/week$/)]);
    expect(model.charts.weeks.map((w) => w.label)).toEqual(["Week of 2 Nov 2026", "Week of 9 Nov 2026", "Week of 16 Nov 2026", "Week of 23 Nov 2026"]);
    expect(model.charts.weeks[0]).toMatchObject({ runMinutes: 24 });
    expect(await auditEventsOf(db(), requestId)).toEqual([expect.objectContaining({ action: "report.preview", athleteId: fx.athlete.athlete.id, outcome: "success" })]);
  });

  it("leaves out what falls outside the period", async () => {
    const fx = await athleteWithHistory();
    const model = await therapist(fx).report.preview(draft(fx, { from: "2026-11-09", to: "2026-11-15" }));
    expect(model.subjective.figures[0]).toEqual(["Runs logged", "2"]);
    expect(model.outcomes).toEqual([expect.objectContaining({ latest: "—" })]);
    expect(model.assessment.redFlags).toEqual(["No red flags were raised in this period."]);
    expect(model.charts.weeks.map((w) => w.label)).toEqual(["Week of 9 Nov 2026"]);
  });

  it("refuses a period that ends in the future or runs backwards, or is too long", async () => {
    const fx = await athleteWithHistory();
    await expect(therapist(fx).report.preview(draft(fx, { to: "2026-11-28" }))).rejects.toThrow("The period cannot end after today");
    await expect(therapist(fx).report.preview(draft(fx, { from: "2026-11-20", to: "2026-11-10" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(therapist(fx).report.preview(draft(fx, { from: "2025-01-01" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(therapist(fx).report.preview({ ...draft(fx), paper: "A3" } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("report.issue and downloads", () => {
  it("stores the snapshot and the PDF; every download is the same document with the therapist's words as typed", async () => {
    const fx = await athleteWithHistory();
    await therapist(fx).account.updateProfile({ name: "Sam Patel", registration: "HCPC PH123456" });
    const requestId = randomUUID();
    const issued = await therapist(fx, requestId).report.issue(issueInput(fx));
    expect(issued).toMatchObject({ kind: "progress", paper: "A4", periodFrom: START, periodTo: "2026-11-26", releasedAt: null, issuedByName: expect.any(String) });
    expect(await auditEventsOf(db(), requestId)).toEqual([expect.objectContaining({ action: "report.issue", entityId: issued.id, athleteId: fx.athlete.athlete.id })]);

    const first = await download(fx.therapist, issued.id);
    expect(Buffer.from(first.pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(first.filename).toBe("progress-report-2026-11-02-to-2026-11-26.pdf");
    const { text, pages } = await pdfText(first.pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (const expected of [fx.athlete.athlete.lastName, "41 (2 Nov 2026)", "57 (23 Nov 2026)", "Improving <b>steadily</b> & settling within the hour.", `Page 1 of ${pages}`, "Sam Patel, registration HCPC PH123456", "Dr A. Smith, GP", "Acme Health, claim 88-1234"]) {
      expect(text).toContain(squeezed(expected));
    }

    // New data after issuing changes the preview, never the issued document.
    await callerFor(db(), fx.athlete.actor!, at("2026-11-25")).portal.log({ kind: "run", clientId: randomUUID(), ...greenRun("2026-11-25") });
    const again = await download(fx.owner, issued.id);
    expect(Buffer.from(again.pdf).equals(Buffer.from(first.pdf))).toBe(true);
    const [row] = await db().select().from(reports).where(eq(reports.id, issued.id));
    expect(row!.snapshot).toMatchObject({ impression: "Improving <b>steadily</b> & settling within the hour.", runs: expect.any(Array) });
    expect((row!.snapshot as { runs: unknown[] }).runs).toHaveLength(6);
    expect((await therapist(fx).report.preview(draft(fx))).subjective.figures[0]).toEqual(["Runs logged", "7"]);
  });

  it("keeps an issued report immutable in the database; releasing it once is the only change", async () => {
    const fx = await athleteWithHistory();
    const issued = await therapist(fx).report.issue(issueInput(fx));
    for (const change of [
      db().update(reports).set({ snapshot: {} }).where(eq(reports.id, issued.id)),
      db().update(reports).set({ releasedAt: NOW, periodTo: "2026-11-20" }).where(eq(reports.id, issued.id)),
      db().delete(reports).where(eq(reports.id, issued.id)),
    ]) {
      const error = await change.then(() => null, (e: unknown) => e);
      expect(errorText(error)).toContain("an issued report cannot be changed");
    }
    const released = await therapist(fx).report.release({ reportId: issued.id });
    expect(released.releasedAt).toEqual(NOW);
    const later = await callerFor(db(), fx.therapist, new Date("2026-11-28T10:00:00Z")).report.release({ reportId: issued.id });
    expect(later.releasedAt).toEqual(NOW);
    const error = await db().execute(sql`update reports set released_at = null where id = ${issued.id}`).then(() => null, (e: unknown) => e);
    expect(errorText(error)).toContain("an issued report cannot be changed");
  });

  it("frames a discharge summary and requires its goals and return advice", async () => {
    const fx = await athleteWithHistory();
    const discharge = { ...issueInput(fx), draft: draft(fx, { kind: "discharge", paper: "LETTER" }) };
    await expect(therapist(fx).report.issue(discharge)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db().select().from(reports).where(eq(reports.athleteId, fx.athlete.athlete.id))).toEqual([]);
    const issued = await therapist(fx).report.issue({ ...discharge, requestKey: randomUUID(), goalsMet: "Runs 20 min with peak ≤ 2/10", returnAdvice: "Book in if tingling lasts past the next morning" });
    const { pdf, filename } = await download(fx.therapist, issued.id);
    expect(filename).toBe("discharge-summary-2026-11-02-to-2026-11-26.pdf");
    const { text } = await pdfText(pdf);
    for (const expected of ["Discharge and return-to-run summary", "Runs 20 min with peak ≤ 2/10", "Book in if tingling lasts past the next morning", "Load reached", "Home program to continue"]) {
      expect(text).toContain(squeezed(expected));
    }
    expect(await therapist(fx).report.list({ athleteId: fx.athlete.athlete.id })).toEqual([expect.objectContaining({ id: issued.id, kind: "discharge", paper: "LETTER" })]);
  });
});

describe("a printer that cannot keep up", () => {
  afterEach(() => configureRenderPool(null));

  it("answers TOO_MANY_REQUESTS with a retry hint when a render outlasts its budget, and stores and audits no report", async () => {
    const fx = await athleteWithHistory();
    // A budget no render can meet: a fresh worker alone takes far longer than 1 ms to start.
    await configureRenderPool({ size: 1, timeoutMs: 1 });
    const requestId = randomUUID();
    const input = issueInput(fx);
    await expect(therapist(fx, requestId).report.issue(input)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS", message: "Reports are busy printing; try again in a minute",
    });
    expect(await db().$count(reports, eq(reports.athleteId, fx.athlete.athlete.id))).toBe(0);
    expect((await auditEventsOf(db(), requestId)).map((e) => e.action)).not.toContain("report.issue");

    // The same request, sent again once the printer keeps up, issues the report.
    await configureRenderPool(null);
    expect(await therapist(fx).report.issue(input)).toMatchObject({ kind: "progress" });
    expect(await db().$count(reports, eq(reports.athleteId, fx.athlete.athlete.id))).toBe(1);
  });
});

describe("issuing once, data-only reports and corrections", () => {
  it("a resend of the same issue (double click, retry) stores one report and returns it; the same key with other words is a CONFLICT", async () => {
    const fx = await athleteWithHistory();
    const input = issueInput(fx);
    const [a, b] = await Promise.all([therapist(fx).report.issue(input), therapist(fx).report.issue(input)]);
    expect(b.id).toBe(a.id);
    const requestId = randomUUID();
    expect((await therapist(fx, requestId).report.issue(input)).id).toBe(a.id);
    expect(await auditEventsOf(db(), requestId)).toEqual([expect.objectContaining({ action: "report.replay", entityId: a.id })]);
    expect(await db().select({ id: reports.id }).from(reports).where(eq(reports.athleteId, fx.athlete.athlete.id))).toHaveLength(1);
    await expect(therapist(fx).report.issue({ ...input, impression: "Something else" })).rejects.toMatchObject({ code: "CONFLICT" });
    // A new key is a new report.
    const next = await therapist(fx).report.issue({ ...input, requestKey: randomUUID() });
    expect(next.id).not.toBe(a.id);
    // Keys belong to a clinic: another clinic's same key stores its own report.
    const other = await athleteWithHistory();
    const theirs = await therapist(other).report.issue({ ...issueInput(other), requestKey: input.requestKey });
    expect(theirs.id).not.toBe(a.id);
  });

  it("refuses a report without an impression and a plan unless the therapist confirms a data-only report", async () => {
    const fx = await athleteWithHistory();
    for (const over of [{ impression: "" }, { planText: "" }, { impression: "", planText: "   " }]) {
      const error = await therapist(fx).report.issue(issueInput(fx, over)).then(() => null, (e: unknown) => e as { code: string; cause: unknown });
      expect(error?.code).toBe("BAD_REQUEST");
      expect((error!.cause as ZodError).issues.map((i) => i.message).join(" ")).toMatch(/or confirm a data-only report/);
    }
    expect(await db().select({ id: reports.id }).from(reports).where(eq(reports.athleteId, fx.athlete.athlete.id))).toEqual([]);
    const issued = await therapist(fx).report.issue(issueInput(fx, { impression: "", planText: "", dataOnly: true }));
    const { text } = await pdfText((await download(fx.therapist, issued.id)).pdf);
    expect(text).toContain(squeezed("Not written: the therapist issued this as a data-only report."));
  });

  it("prints the clinic's details, the working diagnosis and goals, and no acknowledgement note", async () => {
    const fx = await athleteWithHistory();
    await callerFor(db(), fx.owner, NOW).clinic.updateDetails({ name: "Riverside Physio", address: "1 River Lane\nBristol BS1 1AA", phone: "+44 117 000 0000", email: "Desk@Riverside.example" });
    expect(await therapist(fx).clinic.details()).toEqual({ name: "Riverside Physio", address: "1 River Lane\nBristol BS1 1AA", phone: "+44 117 000 0000", email: "desk@riverside.example" });
    const issued = await therapist(fx).report.issue(issueInput(fx, { diagnosis: "Right tarsal tunnel syndrome", goals: "Run 30 min continuous by 1 Feb 2027" }));
    const { text } = await pdfText((await download(fx.therapist, issued.id)).pdf);
    for (const expected of ["Riverside Physio", "1 River Lane, Bristol BS1 1AA", "Phone +44 117 000 0000 · Email desk@riverside.example", "Right tarsal tunnel syndrome", "Run 30 min continuous by 1 Feb 2027"]) {
      expect(text).toContain(squeezed(expected));
    }
    expect(text).not.toContain(squeezed("GP letter sent"));
    await expect(therapist(fx).clinic.updateDetails({ name: "X", address: "", phone: "", email: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(db(), fx.owner, NOW).clinic.updateDetails({ name: "Riverside", address: "", phone: "call me", email: "nope" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("voids a report with a reason: audited, still listed and downloadable byte for byte, withdrawn from the athlete", async () => {
    const fx = await athleteWithHistory();
    const issued = await therapist(fx).report.issue(issueInput(fx));
    await therapist(fx).report.release({ reportId: issued.id });
    const before = await download(fx.therapist, issued.id);
    const requestId = randomUUID();
    const voided = await therapist(fx, requestId).report.void({ reportId: issued.id, reason: "Issued for the wrong period" });
    expect(voided).toMatchObject({ id: issued.id, voidedAt: NOW, voidReason: "Issued for the wrong period", supersededBy: null });
    expect(await auditEventsOf(db(), requestId)).toEqual([expect.objectContaining({ action: "report.void", entityId: issued.id, athleteId: fx.athlete.athlete.id })]);
    expect(await therapist(fx).report.list({ athleteId: fx.athlete.athlete.id })).toEqual([expect.objectContaining({ id: issued.id, voidedAt: NOW })]);
    const after = await download(fx.owner, issued.id);
    expect(Buffer.from(after.pdf).equals(Buffer.from(before.pdf))).toBe(true);
    // The athlete sees it listed as withdrawn, without the reason, and cannot download it.
    const athlete = fx.athlete.actor!;
    expect(await callerFor(db(), athlete, NOW).portal.reports()).toEqual([{ id: issued.id, kind: "progress", periodFrom: START, periodTo: "2026-11-26", issuedAt: NOW, issuedByName: expect.any(String), withdrawnAt: NOW }]);
    await expect(download(athlete, issued.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Once: voiding again, or releasing a void report, is refused.
    await expect(therapist(fx).report.void({ reportId: issued.id, reason: "Again" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(therapist(fx).report.void({ reportId: issued.id, reason: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("a correction issues a new report naming the one it replaces, which is voided in the same step", async () => {
    const fx = await athleteWithHistory();
    const first = await therapist(fx).report.issue(issueInput(fx));
    const requestId = randomUUID();
    const correction = await therapist(fx, requestId).report.issue(issueInput(fx, { impression: "Corrected impression", replaces: { reportId: first.id, reason: "Wrong LEFS date" } }));
    expect(correction.supersedesReportId).toBe(first.id);
    expect((await auditEventsOf(db(), requestId)).map((e) => [e.action, e.entityId])).toEqual([["report.issue", correction.id], ["report.supersede", first.id]]);
    const list = await therapist(fx).report.list({ athleteId: fx.athlete.athlete.id });
    expect(list.find((r) => r.id === first.id)).toMatchObject({ voidedAt: NOW, voidReason: "Wrong LEFS date", supersededBy: { id: correction.id, issuedAt: NOW } });
    const { text } = await pdfText((await download(fx.therapist, correction.id)).pdf);
    expect(text).toContain(squeezed(`This report replaces the progress report issued 27 Nov 2026 (reference ${first.id.slice(0, 8).toUpperCase()})`));
    // Two corrections of one report at once: one is stored, the other is told.
    const target = await therapist(fx).report.issue(issueInput(fx));
    const results = await Promise.allSettled([1, 2].map(() => therapist(fx).report.issue(issueInput(fx, { replaces: { reportId: target.id, reason: "Typo" } }))));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    // A void report cannot be replaced again; another athlete's report cannot be replaced from here.
    await expect(therapist(fx).report.issue(issueInput(fx, { replaces: { reportId: first.id, reason: "Again" } }))).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    const other = await athleteWithHistory();
    const theirs = await therapist(other).report.issue(issueInput(other));
    await expect(therapist(fx).report.issue(issueInput(fx, { replaces: { reportId: theirs.id, reason: "Mix-up" } }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(therapist(fx).report.void({ reportId: theirs.id, reason: "Mix-up" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await therapist(other).report.list({ athleteId: other.athlete.athlete.id })).toEqual([expect.objectContaining({ id: theirs.id, voidedAt: null })]);
  });

  it("the database allows exactly two changes, each once and alone: release and void", async () => {
    const fx = await athleteWithHistory();
    const issued = await therapist(fx).report.issue(issueInput(fx));
    const refused = async (change: Promise<unknown>) => expect(errorText(await change.then(() => null, (e: unknown) => e))).toContain("an issued report cannot be changed");
    const byId = eq(reports.id, issued.id);
    const who = fx.therapist.userId;
    await refused(db().update(reports).set({ voidedAt: NOW, voidedBy: who, voidReason: " " }).where(byId).then());
    await refused(db().update(reports).set({ voidedAt: NOW, voidedBy: who, voidReason: "Wrong", pdfSha256: "x" }).where(byId).then());
    await refused(db().update(reports).set({ voidedAt: NOW, voidedBy: who, voidReason: "Wrong", releasedAt: NOW, releasedBy: who }).where(byId).then());
    await db().update(reports).set({ voidedAt: NOW, voidedBy: who, voidReason: "Wrong athlete" }).where(byId);
    await refused(db().update(reports).set({ voidReason: "Changed my mind" }).where(byId).then());
    await refused(db().update(reports).set({ voidedAt: null, voidedBy: null, voidReason: null }).where(byId).then());
    await refused(db().update(reports).set({ releasedAt: NOW, releasedBy: who }).where(byId).then());
    await refused(db().delete(reports).where(byId).then());
  });
});

describe("malformed report input", () => {
  it("is refused with BAD_REQUEST naming the field, and nothing is stored or audited", async () => {
    const fx = await athleteWithHistory();
    const cases: [string, () => Promise<unknown>][] = [
      ["impression", () => therapist(fx).report.issue(issueInput(fx, { impression: "x".repeat(4001) }))],
      ["planText", () => therapist(fx).report.issue(issueInput(fx, { planText: 42 as never }))],
      ["draft.from", () => therapist(fx).report.issue({ ...issueInput(fx), draft: { ...draft(fx), from: "02/11/2026" } })],
      ["draft.athleteId", () => therapist(fx).report.issue({ ...issueInput(fx), draft: { ...draft(fx), athleteId: "1 OR 1=1" } })],
      ["reportId", () => therapist(fx).report.release({ reportId: "../../etc/passwd" })],
    ];
    for (const [path, call] of cases) {
      const error = await call().then(() => null, (e: unknown) => e as { code: string; cause: unknown });
      expect(error?.code, path).toBe("BAD_REQUEST");
      expect(error!.cause).toBeInstanceOf(ZodError);
      expect((error!.cause as ZodError).issues.map((i) => i.path.join("."))).toContain(path);
    }
    expect(await db().select({ id: reports.id }).from(reports).where(eq(reports.athleteId, fx.athlete.athlete.id))).toEqual([]);
  });
});

describe("who may see a report", () => {
  it("the athlete sees and downloads only reports released to them", async () => {
    const fx = await athleteWithHistory();
    const issued = await therapist(fx).report.issue(issueInput(fx));
    const athlete = fx.athlete.actor!;
    expect(await callerFor(db(), athlete, NOW).portal.reports()).toEqual([]);
    await expect(download(athlete, issued.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await therapist(fx).report.release({ reportId: issued.id });
    expect(await callerFor(db(), athlete, NOW).portal.reports()).toEqual([expect.objectContaining({ id: issued.id })]);
    const requestId = randomUUID();
    expect(Buffer.from((await download(athlete, issued.id, requestId)).pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(await auditEventsOf(db(), requestId)).toEqual([expect.objectContaining({ action: "report.download", entityId: issued.id, actorRole: "athlete" })]);
    // Another athlete of the same clinic: as if it did not exist.
    await expect(download(fx.otherAthlete.actor!, issued.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await callerFor(db(), fx.otherAthlete.actor!, NOW).portal.reports()).toEqual([]);
  });

  it("another clinic, or a therapist without the athlete on their caseload, gets NOT_FOUND everywhere", async () => {
    const fx = await athleteWithHistory();
    const other = await createClinicFixture(db());
    const issued = await therapist(fx).report.issue(issueInput(fx));
    for (const actor of [other.owner, other.therapist, fx.otherTherapist]) {
      const api = callerFor(db(), actor, NOW);
      await expect(api.report.preview(draft(fx))).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api.report.issue(issueInput(fx))).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api.report.list({ athleteId: fx.athlete.athlete.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api.report.release({ reportId: issued.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(download(actor, issued.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db().select({ id: reports.id }).from(reports).where(eq(reports.athleteId, fx.athlete.athlete.id))).toHaveLength(1);
    // The owner of the athlete's own clinic sees every athlete's reports.
    expect(await callerFor(db(), fx.owner, NOW).report.list({ athleteId: fx.athlete.athlete.id })).toHaveLength(1);
  });
});
