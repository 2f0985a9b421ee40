import { createHash } from "node:crypto";
import { and, desc, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { reports, users } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { DomainError } from "@/server/domain/errors";
import { daysBetween } from "@/server/domain/progression/dates";
import { buildReportModel, type ReportInput, type ReportModel } from "@/server/domain/reports/report-model";
import type { IssueReportInput, ReportDraftInput, ReportIdInput } from "@/server/domain/reports/schemas";
import { renderReportPdf, RenderBusyError, RenderTimeoutError } from "@/server/reports/render-pool";
import { recordAudit } from "./audit";
import { todayOf, type AthleteCtx, type ClinicianCtx, type ServiceCtx } from "./context";
import { unsafeReportData } from "./report-data";
import { getAthleteOrThrow, getReportOrThrow } from "./scope";

type AthleteRow = Awaited<ReturnType<typeof getAthleteOrThrow>>;
type ReportRow = typeof reports.$inferSelect;

/** An issued report as listed (never the PDF bytes). */
export type ReportDto = {
  id: string;
  kind: ReportRow["kind"];
  paper: ReportRow["paper"];
  periodFrom: string;
  periodTo: string;
  issuedAt: Date;
  issuedByName: string;
  releasedAt: Date | null;
};

/** A report describes what happened: its period may not run past today. */
function checkPeriod(draft: ReportDraftInput, today: string): void {
  if (daysBetween(draft.to, today) < 0) throw new DomainError("BAD_INPUT", "The period cannot end after today");
}

async function reportInputOf(ctx: ClinicianCtx, athlete: AthleteRow, draft: ReportDraftInput, text: Omit<IssueReportInput, "draft">): Promise<ReportInput> {
  const today = todayOf(ctx);
  checkPeriod(draft, today);
  const data = await unsafeReportData(ctx.db, athlete, ctx.actor.userId, { from: draft.from, to: draft.to }, today);
  return {
    ...data,
    kind: draft.kind,
    paper: draft.paper,
    issuedOn: today,
    referrer: text.referrer,
    claim: text.claim,
    impression: text.impression,
    planText: text.planText,
    discharge: draft.kind === "discharge" ? { goalsMet: text.goalsMet, returnAdvice: text.returnAdvice } : null,
  };
}

/** The report as it would be issued now, for the browser preview; the therapist's text is filled in there. */
export async function previewReport(ctx: ClinicianCtx, draft: ReportDraftInput): Promise<ReportModel> {
  const athlete = await getAthleteOrThrow(ctx, draft.athleteId);
  const input = await reportInputOf(ctx, athlete, draft, { referrer: "", claim: "", impression: "", planText: "", goalsMet: "", returnAdvice: "" });
  await recordAudit(ctx.db, ctx, { action: "report.preview", entity: "report", athleteId: athlete.id });
  return buildReportModel(input);
}

/**
 * Issues a report: the data snapshot and the PDF rendered from it are stored together and never change,
 * so every download is the same document. Rendering happens before the transaction (it takes a while
 * and needs no lock); the row and its audit event are written together.
 */
export async function issueReport(ctx: ClinicianCtx, input: IssueReportInput): Promise<ReportDto> {
  const athlete = await getAthleteOrThrow(ctx, input.draft.athleteId);
  const snapshot = await reportInputOf(ctx, athlete, input.draft, input);
  const pdf = await renderOrThrow(buildReportModel(snapshot));
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(reports)
      .values({
        clinicId: athlete.clinicId, athleteId: athlete.id, kind: snapshot.kind, paper: snapshot.paper, periodFrom: snapshot.period.from,
        periodTo: snapshot.period.to, issuedBy: ctx.actor.userId, issuedAt: ctx.now, snapshot, pdf, pdfSha256: createHash("sha256").update(pdf).digest("hex"),
      })
      .returning();
    await recordAudit(tx, ctx, { action: "report.issue", entity: "report", entityId: inserted!.id, athleteId: athlete.id });
    return inserted!;
  });
  return oneReport(ctx.db, row.id);
}

async function renderOrThrow(model: ReportModel): Promise<Uint8Array> {
  try {
    return await renderReportPdf(model);
  } catch (e) {
    if (e instanceof RenderBusyError || e instanceof RenderTimeoutError) throw new DomainError("TOO_MANY_REQUESTS", "Reports are busy printing; try again in a minute");
    throw e;
  }
}

/** Issued reports as listed, with the issuer's name; never the PDF bytes. */
function selectReports(db: DbOrTx, where: SQL | undefined): Promise<ReportDto[]> {
  return db
    .select({
      id: reports.id, kind: reports.kind, paper: reports.paper, periodFrom: reports.periodFrom, periodTo: reports.periodTo,
      issuedAt: reports.issuedAt, issuedByName: users.name, releasedAt: reports.releasedAt,
    })
    .from(reports)
    .innerJoin(users, eq(users.id, reports.issuedBy))
    .where(where)
    .orderBy(desc(reports.issuedAt));
}

const oneReport = async (db: DbOrTx, id: string): Promise<ReportDto> => (await selectReports(db, eq(reports.id, id)))[0]!;

/** The athlete's issued reports, newest first. */
export async function listReports(ctx: ClinicianCtx, input: AthleteIdInput): Promise<ReportDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "report.list", entity: "report", athleteId: athlete.id });
  return selectReports(ctx.db, eq(reports.athleteId, athlete.id));
}

/** Releases a report to the athlete's portal. Releasing twice changes nothing. */
export async function releaseReport(ctx: ClinicianCtx, input: ReportIdInput): Promise<ReportDto> {
  const report = await getReportOrThrow(ctx, input.reportId);
  return ctx.db.transaction(async (tx) => {
    await tx.update(reports).set({ releasedAt: ctx.now, releasedBy: ctx.actor.userId }).where(and(eq(reports.id, report.id), isNull(reports.releasedAt)));
    await recordAudit(tx, ctx, { action: "report.release", entity: "report", entityId: report.id, athleteId: report.athleteId });
    return oneReport(tx, report.id);
  });
}

/** The reports released to the signed-in athlete, newest first. */
export async function listOwnReports(ctx: AthleteCtx): Promise<ReportDto[]> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId);
  await recordAudit(ctx.db, ctx, { action: "report.list", entity: "report", athleteId: athlete.id });
  return selectReports(ctx.db, and(eq(reports.athleteId, athlete.id), isNotNull(reports.releasedAt)));
}

/**
 * The issued PDF for download: clinicians who may see the athlete, or the athlete once it was released
 * to them (before that it does not exist for them: NOT_FOUND). Audited as an export.
 */
export async function downloadReport(ctx: ServiceCtx, input: ReportIdInput): Promise<{ filename: string; pdf: Uint8Array }> {
  const report = await getReportOrThrow(ctx, input.reportId);
  if (ctx.actor.kind === "athlete" && !report.releasedAt) throw new DomainError("NOT_FOUND", "Report not found");
  await recordAudit(ctx.db, ctx, { action: "report.download", entity: "report", entityId: report.id, athleteId: report.athleteId });
  const name = report.kind === "discharge" ? "discharge-summary" : "progress-report";
  return { filename: `${name}-${report.periodFrom}-to-${report.periodTo}.pdf`, pdf: report.pdf };
}
