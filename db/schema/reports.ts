import { customType, date, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { athletes } from "./athletes";
import { clinics } from "./clinics";
import { id } from "./columns";
import { users } from "./users";

export const reportKind = pgEnum("report_kind", ["progress", "discharge"]);
export const paperSize = pgEnum("paper_size", ["A4", "LETTER"]);

/** Raw bytes (PostgreSQL bytea) as a Uint8Array; both drivers return a Buffer, which is one. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * An issued report: the data snapshot it was built from and the PDF it rendered to, kept as issued so
 * a re-download is the same document. The database refuses every change but two, each made once:
 * releasing it to the athlete, and voiding it with a reason (entered in error, or superseded by the
 * report that names it in `supersedesReportId`). A voided report stays stored and downloadable as issued.
 * `requestKey` is the composer's idempotency key: a resent issue returns the first report.
 */
export const reports = pgTable(
  "reports",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    kind: reportKind().notNull(),
    paper: paperSize().notNull(),
    periodFrom: date({ mode: "string" }).notNull(),
    periodTo: date({ mode: "string" }).notNull(),
    issuedBy: uuid().notNull().references(() => users.id),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The report's input (ReportInput) exactly as rendered. */
    snapshot: jsonb().$type<unknown>().notNull(),
    pdf: bytea().notNull(),
    pdfSha256: text().notNull(),
    releasedAt: timestamp({ withTimezone: true }),
    releasedBy: uuid().references(() => users.id),
    requestKey: text(),
    /** Fingerprint of the issue request, to tell a resend from a different report under the same key. */
    payloadHash: text(),
    /** The earlier report this one corrects; that one is voided in the same transaction. */
    supersedesReportId: uuid().references((): AnyPgColumn => reports.id),
    voidedAt: timestamp({ withTimezone: true }),
    voidedBy: uuid().references(() => users.id),
    voidReason: text(),
  },
  (t) => [
    index("reports_clinic_idx").on(t.clinicId),
    index("reports_athlete_issued_idx").on(t.athleteId, t.issuedAt),
    uniqueIndex("reports_request_key_uq").on(t.clinicId, t.requestKey),
    // A report is corrected by at most one later report.
    uniqueIndex("reports_supersedes_uq").on(t.supersedesReportId),
  ],
);
