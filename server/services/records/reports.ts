import { eq, desc, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { reports, users } from "@/db/schema";

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
  /** Voided (entered in error, or replaced by a correction): still stored and downloadable as issued. */
  voidedAt: Date | null;
  voidReason: string | null;
  /** The earlier report this one corrects, and the later one that corrects this one. */
  supersedesReportId: string | null;
  supersededBy: { id: string; issuedAt: Date } | null;
};

/** A report as the athlete's portal lists it: a voided one is shown as withdrawn, without its PDF or the reason. */
export type OwnReportDto = Pick<ReportDto, "id" | "kind" | "periodFrom" | "periodTo" | "issuedAt" | "issuedByName"> & { withdrawnAt: Date | null };

const replacement = alias(reports, "replacement");

/** Issued reports as listed, with the issuer's name and the correction that replaced each; never the PDF bytes. */
export async function selectReports(db: DbOrTx, where: SQL | undefined): Promise<ReportDto[]> {
  const rows = await db
    .select({
      id: reports.id, kind: reports.kind, paper: reports.paper, periodFrom: reports.periodFrom, periodTo: reports.periodTo,
      issuedAt: reports.issuedAt, issuedByName: users.name, releasedAt: reports.releasedAt, voidedAt: reports.voidedAt,
      voidReason: reports.voidReason, supersedesReportId: reports.supersedesReportId, replacementId: replacement.id, replacementIssuedAt: replacement.issuedAt,
    })
    .from(reports)
    .innerJoin(users, eq(users.id, reports.issuedBy))
    .leftJoin(replacement, eq(replacement.supersedesReportId, reports.id))
    .where(where)
    .orderBy(desc(reports.issuedAt));
  return rows.map(({ replacementId, replacementIssuedAt, ...r }) => ({
    ...r, supersededBy: replacementId && replacementIssuedAt ? { id: replacementId, issuedAt: replacementIssuedAt } : null,
  }));
}

export const oneReport = async (db: DbOrTx, id: string): Promise<ReportDto> => (await selectReports(db, eq(reports.id, id)))[0]!;

