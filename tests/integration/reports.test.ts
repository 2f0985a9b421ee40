import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { outcomeMeasures, reports, triageResults } from "@/db/schema";
import type { Actor } from "@/server/domain/access";
import type { IssueReportInput } from "@/server/domain/reports/schemas";
import { closeRenderPool } from "@/server/reports/render-pool";
import { downloadReport } from "@/server/services/reports";
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
  draft: draft(fx), referrer: "Dr A. Smith, GP", claim: "Acme Health, claim 88-1234", impression: "Improving <b>steadily</b> & settling within the hour.", planText: "Continue S2; review 10 Dec.", goalsMet: "", returnAdvice: "", ...over,
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
    expect(model.outcomes).toEqual([expect.objectContaining({ baseline: "41 (2 Nov 2026)", latest: "57 (23 Nov 2026)", change: "+16 (better)", met: "yes" })]);
    expect(model.assessment.redFlags).toEqual(["5 Nov 2026: urgent (Numbness now in both feet); Referred: GP letter sent on 6 Nov 2026"]);
    expect(model.plan.program).toBe("Return to run");
    expect(model.plan.exercises).toEqual([expect.stringMatching(/: 3 × 10 reps, 3\/week$/)]);
    expect(model.charts.weeks.map((w) => w.startDate)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(model.charts.weeks[0]).toMatchObject({ runMinutes: 24 });
    expect(await auditEventsOf(db(), requestId)).toEqual([expect.objectContaining({ action: "report.preview", athleteId: fx.athlete.athlete.id, outcome: "success" })]);
  });

  it("leaves out what falls outside the period", async () => {
    const fx = await athleteWithHistory();
    const model = await therapist(fx).report.preview(draft(fx, { from: "2026-11-09", to: "2026-11-15" }));
    expect(model.subjective.figures[0]).toEqual(["Runs logged", "2"]);
    expect(model.outcomes).toEqual([expect.objectContaining({ latest: "—" })]);
    expect(model.assessment.redFlags).toEqual(["No red flags were raised in this period."]);
    expect(model.charts.weeks.map((w) => w.startDate)).toEqual(["2026-11-09"]);
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
    const issued = await therapist(fx).report.issue({ ...discharge, goalsMet: "Runs 20 min with peak ≤ 2/10", returnAdvice: "Book in if tingling lasts past the next morning" });
    const { pdf, filename } = await download(fx.therapist, issued.id);
    expect(filename).toBe("discharge-summary-2026-11-02-to-2026-11-26.pdf");
    const { text } = await pdfText(pdf);
    for (const expected of ["Discharge and return-to-run summary", "Runs 20 min with peak ≤ 2/10", "Book in if tingling lasts past the next morning", "Load reached", "Home program to continue"]) {
      expect(text).toContain(squeezed(expected));
    }
    expect(await therapist(fx).report.list({ athleteId: fx.athlete.athlete.id })).toEqual([expect.objectContaining({ id: issued.id, kind: "discharge", paper: "LETTER" })]);
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
