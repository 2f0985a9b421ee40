import { z } from "zod";
import { calendarDate, daysBetween } from "../dates";
import { idInput } from "../ids";

export const reportKinds = ["progress", "discharge"] as const;
export const paperSizes = ["A4", "LETTER"] as const;
export const reportKindLabels: Record<(typeof reportKinds)[number], string> = { progress: "Progress report", discharge: "Discharge summary" };
export const paperSizeLabels: Record<(typeof paperSizes)[number], string> = { A4: "A4", LETTER: "US Letter" };

/** The longest period one report may cover: a year keeps the document readable and the load bounded. */
export const MAX_REPORT_DAYS = 366;


const bothDates = (r: { from: unknown; to: unknown }) => calendarDate.safeParse(r.from).success && calendarDate.safeParse(r.to).success;
const freeText = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

/** What a report covers: the athlete, the kind, the paper and the period. */
export const reportDraftInput = z
  .object({
    athleteId: idInput,
    kind: z.enum(reportKinds, { message: "Choose a report kind" }),
    paper: z.enum(paperSizes, { message: "Choose a paper size" }),
    from: calendarDate,
    to: calendarDate,
  })
  // Object checks run even when a field failed: compare the dates only once both are real dates.
  .refine((r) => !bothDates(r) || r.from <= r.to, { message: "The period must end on or after its start", path: ["to"] })
  .refine((r) => !bothDates(r) || r.from > r.to || daysBetween(r.from, r.to) < MAX_REPORT_DAYS, { message: `A report covers at most ${MAX_REPORT_DAYS} days`, path: ["from"] });
export type ReportDraftInput = z.infer<typeof reportDraftInput>;

/** The composer's idempotency key, made once per report: the same key sent again returns the first report. */
export const requestKeyInput = z
  .string({ message: "Missing request key" })
  .min(8, "Request key too short")
  .max(64, "Request key too long")
  .regex(/^[A-Za-z0-9_-]+$/, "Request key: letters, digits, - and _ only");

/** Why a report is voided or replaced: kept with it and in the audit trail. */
export const voidReasonInput = z.string().trim().min(3, "Say why, in a few words").max(500, "At most 500 characters");

/**
 * Issuing: the draft plus what the therapist wrote. Free text is printed literally, never as markup.
 * A report without an impression and a plan is only a data report: the therapist must say so
 * (`dataOnly`), so the words are never left out by accident.
 */
export const issueReportInput = z
  .object({
    requestKey: requestKeyInput,
    draft: reportDraftInput,
    /** The working diagnosis, with the differential diagnoses considered or excluded. */
    diagnosis: freeText(1000).default(""),
    /** The goals of care, one a line: "Run 30 min continuous, peak ≤ 2/10, by 1 Feb 2027". */
    goals: freeText(2000).default(""),
    /** Who the report is for: "Dr A. Smith, GP, Riverside Practice"; printed in the header when given. */
    referrer: freeText(200).default(""),
    /** Insurer and claim or authorisation number, when a payer needs it. */
    claim: freeText(200).default(""),
    impression: freeText(4000),
    planText: freeText(4000),
    goalsMet: freeText(2000),
    returnAdvice: freeText(2000),
    dataOnly: z.boolean().default(false),
    /** Issue this report as the correction of an earlier one, which is voided with the reason. */
    replaces: z.object({ reportId: idInput, reason: voidReasonInput }).nullable().default(null),
  })
  .refine((r) => r.dataOnly || r.impression.length > 0, { message: "Write the clinical impression, or confirm a data-only report", path: ["impression"] })
  .refine((r) => r.dataOnly || r.planText.length > 0, { message: "Write the plan, or confirm a data-only report", path: ["planText"] })
  .refine((r) => r.draft.kind !== "discharge" || r.goalsMet.length > 0, { message: "Say which goals were met", path: ["goalsMet"] })
  .refine((r) => r.draft.kind !== "discharge" || r.returnAdvice.length > 0, { message: "Say when to come back", path: ["returnAdvice"] });
export type IssueReportInput = z.infer<typeof issueReportInput>;

export const reportIdInput = z.object({ reportId: idInput });
export type ReportIdInput = z.infer<typeof reportIdInput>;

/** Voiding an issued report entered in error: it stays stored and downloadable, marked void. */
export const voidReportInput = z.object({ reportId: idInput, reason: voidReasonInput });
export type VoidReportInput = z.infer<typeof voidReportInput>;
