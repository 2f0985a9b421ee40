import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { reports } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { DomainError } from "@/server/domain/errors";
import { daysBetween } from "@/server/domain/dates";
import { buildReportModel, type ReportInput, type ReportModel } from "@/server/domain/reports/report-model";
import type { IssueReportInput, ReportDraftInput, ReportIdInput, VoidReportInput } from "@/server/domain/reports/schemas";
import { renderReportPdf, RenderBusyError, RenderTimeoutError } from "@/server/reports/render-pool";
import { recordAudit } from "../infra/audit";
import { todayOf, type ClinicianCtx, type ServiceCtx } from "../context";
import { storeOnce } from "../infra/db-errors";
import { fingerprint } from "../infra/fingerprint";
import { activePlanDueWeeks } from "../records/plan-view";
import { reportData } from "../records/report-data";
import { oneReport, selectReports, type OwnReportDto, type ReportDto } from "../records/reports";
import { getAthleteOrThrow, getReportOrThrow } from "../scope";

export type { OwnReportDto, ReportDto };

type AthleteRow = Awaited<ReturnType<typeof getAthleteOrThrow>>;
type ReportRow = typeof reports.$inferSelect;

/** A report describes what happened: its period may not run past today. */
function checkPeriod(draft: ReportDraftInput, today: string): void {
  if (daysBetween(draft.to, today) < 0) throw new DomainError("BAD_INPUT", "The period cannot end after today");
}

type WrittenText = Omit<IssueReportInput, "draft" | "requestKey" | "replaces">;
const noText: WrittenText = { referrer: "", claim: "", impression: "", planText: "", diagnosis: "", goals: "", goalsMet: "", returnAdvice: "", dataOnly: false };

async function reportInputOf(
  ctx: ClinicianCtx, athlete: AthleteRow, draft: ReportDraftInput, text: WrittenText, replaces: ReportInput["replaces"],
): Promise<ReportInput> {
  const today = todayOf(ctx);
  checkPeriod(draft, today);
  const data = await reportData(ctx.db, athlete, ctx.actor.userId, { from: draft.from, to: draft.to }, today);
  return {
    ...data,
    kind: draft.kind,
    paper: draft.paper,
    issuedOn: today,
    referrer: text.referrer,
    claim: text.claim,
    impression: text.impression,
    planText: text.planText,
    diagnosis: text.diagnosis,
    goals: text.goals,
    dataOnly: text.dataOnly,
    discharge: draft.kind === "discharge" ? { goalsMet: text.goalsMet, returnAdvice: text.returnAdvice } : null,
    replaces,
  };
}

/**
 * The report as it would be issued now, for the browser preview; the therapist's text is filled in
 * there. `dueWeeks`: plan weeks whose decision is due but not made yet (the preview says so; it never decides).
 */
export async function previewReport(ctx: ClinicianCtx, draft: ReportDraftInput): Promise<ReportModel & { dueWeeks: number[] }> {
  const athlete = await getAthleteOrThrow(ctx, draft.athleteId);
  const input = await reportInputOf(ctx, athlete, draft, noText, null);
  await recordAudit(ctx.db, ctx, { action: "report.preview", entity: "report", athleteId: athlete.id });
  return { ...buildReportModel(input), dueWeeks: await activePlanDueWeeks(ctx.db, athlete, ctx.now) };
}

/**
 * Issues a report: the data snapshot and the PDF rendered from it are stored together and never change,
 * so every download is the same document. Once per request key: a resend (a double click, a retry
 * after a lost answer) returns the first report; the same key with a different report is refused.
 * Rendering happens before the transaction (it takes a while and needs no lock); the row, the voiding
 * of the report it replaces and the audit events are written together.
 */
export async function issueReport(ctx: ClinicianCtx, input: IssueReportInput): Promise<ReportDto> {
  const { requestKey, replaces, ...request } = input;
  const payloadHash = fingerprint({ ...request, replaces });
  const athlete = await getAthleteOrThrow(ctx, input.draft.athleteId);
  const replay = await replayOf(ctx.db, ctx.actor.clinicId, requestKey, payloadHash);
  if (replay) {
    await recordAudit(ctx.db, ctx, { action: "report.replay", entity: "report", entityId: replay.id, athleteId: athlete.id });
    return replay;
  }
  const replaced = replaces ? await replaceableOrThrow(ctx, replaces.reportId, athlete.id) : null;
  const snapshot = await reportInputOf(ctx, athlete, input.draft, request, replaced && {
    kind: replaced.kind, issuedOn: replaced.issuedAt.toISOString().slice(0, 10), reference: referenceOf(replaced.id),
  });
  const pdf = await renderOrThrow(buildReportModel(snapshot));
  const id = await storeOnce(
    ctx.db,
    async (tx) => {
      const [inserted] = await tx
        .insert(reports)
        .values({
          clinicId: athlete.clinicId, athleteId: athlete.id, kind: snapshot.kind, paper: snapshot.paper, periodFrom: snapshot.period.from,
          periodTo: snapshot.period.to, issuedBy: ctx.actor.userId, issuedAt: ctx.now, snapshot, pdf, pdfSha256: createHash("sha256").update(pdf).digest("hex"),
          requestKey, payloadHash, supersedesReportId: replaced?.id ?? null,
        })
        .onConflictDoNothing({ target: [reports.clinicId, reports.requestKey] })
        .returning({ id: reports.id });
      if (!inserted) return null;
      await recordAudit(tx, ctx, { action: "report.issue", entity: "report", entityId: inserted.id, athleteId: athlete.id });
      if (replaced && replaces) await voidOrThrow(tx, ctx, replaced, replaces.reason, "report.supersede");
      return inserted.id;
    },
    async (db) => {
      const first = await replayOf(db, ctx.actor.clinicId, requestKey, payloadHash);
      // Not this request's key: the unique index met another correction of the same report, stored first.
      if (!first && replaced) throw new DomainError("CONFLICT", "That report was corrected meanwhile; reload to see the correction");
      return first?.id ?? null;
    },
  );
  return oneReport(ctx.db, id);
}

/** The report stored under this request key, or null; CONFLICT when the key was used for a different report. */
async function replayOf(db: DbOrTx, clinicId: string, requestKey: string, payloadHash: string): Promise<ReportDto | null> {
  const [first] = await db
    .select({ id: reports.id, payloadHash: reports.payloadHash })
    .from(reports)
    .where(and(eq(reports.clinicId, clinicId), eq(reports.requestKey, requestKey)));
  if (!first) return null;
  if (first.payloadHash !== payloadHash) {
    throw new DomainError("CONFLICT", "This report was already issued with different content; reload the page to write a new one");
  }
  return oneReport(db, first.id);
}

/** A report reference as printed: the first eight characters of its id. */
const referenceOf = (id: string) => id.slice(0, 8).toUpperCase();

/** The report a correction replaces: the same athlete's, issued and not yet void. */
async function replaceableOrThrow(ctx: ClinicianCtx, reportId: string, athleteId: string): Promise<ReportRow> {
  const report = await getReportOrThrow(ctx, reportId);
  if (report.athleteId !== athleteId) throw new DomainError("BAD_INPUT", "A correction replaces a report of the same athlete");
  if (report.voidedAt) throw new DomainError("INVALID_STATE", "That report is already void; issue a new report instead");
  return report;
}

/** Voids a report once; a concurrent void (or correction) that got there first is a CONFLICT. */
async function voidOrThrow(tx: DbOrTx, ctx: ClinicianCtx, report: ReportRow, reason: string, action: "report.void" | "report.supersede"): Promise<void> {
  const voided = await tx
    .update(reports)
    .set({ voidedAt: ctx.now, voidedBy: ctx.actor.userId, voidReason: reason })
    .where(and(eq(reports.id, report.id), isNull(reports.voidedAt)))
    .returning({ id: reports.id });
  if (voided.length === 0) throw new DomainError("CONFLICT", "This report was voided meanwhile; reload to see it");
  await recordAudit(tx, ctx, { action, entity: "report", entityId: report.id, athleteId: report.athleteId });
}

/**
 * Voids an issued report entered in error, with the reason. It stays stored, listed and downloadable
 * exactly as issued (marked void in the list); the athlete's portal shows it as withdrawn.
 */
export async function voidReport(ctx: ClinicianCtx, input: VoidReportInput): Promise<ReportDto> {
  const report = await getReportOrThrow(ctx, input.reportId);
  if (report.voidedAt) throw new DomainError("INVALID_STATE", "This report is already void");
  await ctx.db.transaction((tx) => voidOrThrow(tx, ctx, report, input.reason, "report.void"));
  return oneReport(ctx.db, report.id);
}

async function renderOrThrow(model: ReportModel): Promise<Uint8Array> {
  try {
    return await renderReportPdf(model);
  } catch (e) {
    if (e instanceof RenderBusyError || e instanceof RenderTimeoutError) throw new DomainError("TOO_MANY_REQUESTS", "Reports are busy printing; try again in a minute");
    throw e;
  }
}

/** The athlete's issued reports, newest first. */
export async function listReports(ctx: ClinicianCtx, input: AthleteIdInput): Promise<ReportDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "report.list", entity: "report", athleteId: athlete.id });
  return selectReports(ctx.db, eq(reports.athleteId, athlete.id));
}

/** Releases a report to the athlete's portal. Releasing twice changes nothing; a void report is never released. */
export async function releaseReport(ctx: ClinicianCtx, input: ReportIdInput): Promise<ReportDto> {
  const report = await getReportOrThrow(ctx, input.reportId);
  if (report.voidedAt) throw new DomainError("INVALID_STATE", "A void report cannot be released");
  return ctx.db.transaction(async (tx) => {
    await tx.update(reports).set({ releasedAt: ctx.now, releasedBy: ctx.actor.userId }).where(and(eq(reports.id, report.id), isNull(reports.releasedAt)));
    await recordAudit(tx, ctx, { action: "report.release", entity: "report", entityId: report.id, athleteId: report.athleteId });
    return oneReport(tx, report.id);
  });
}

/**
 * The issued PDF for download, byte for byte as issued (a void one too): clinicians who may see the
 * athlete, or the athlete once it was released to them and while it is not withdrawn (otherwise it
 * does not exist for them: NOT_FOUND). Audited as an export.
 */
export async function downloadReport(ctx: ServiceCtx, input: ReportIdInput): Promise<{ filename: string; pdf: Uint8Array }> {
  const report = await getReportOrThrow(ctx, input.reportId);
  if (ctx.actor.kind === "athlete" && (!report.releasedAt || report.voidedAt)) throw new DomainError("NOT_FOUND", "Report not found");
  await recordAudit(ctx.db, ctx, { action: "report.download", entity: "report", entityId: report.id, athleteId: report.athleteId });
  const name = report.kind === "discharge" ? "discharge-summary" : "progress-report";
  return { filename: `${name}-${report.periodFrom}-to-${report.periodTo}.pdf`, pdf: report.pdf };
}
