import { z } from "zod";
import { calendarDate } from "../calendar-date";
import { idInput } from "../ids";
import { daysBetween } from "../progression/dates";

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

/** Issuing: the draft plus what the therapist wrote (optional on a progress report). Free text is printed literally, never as markup. */
export const issueReportInput = z
  .object({
    draft: reportDraftInput,
    /** Who the report is for: "Dr A. Smith, GP, Riverside Practice"; printed in the header when given. */
    referrer: freeText(200).default(""),
    /** Insurer and claim or authorisation number, when a payer needs it. */
    claim: freeText(200).default(""),
    impression: freeText(4000),
    planText: freeText(4000),
    goalsMet: freeText(2000),
    returnAdvice: freeText(2000),
  })
  .refine((r) => r.draft.kind !== "discharge" || r.goalsMet.length > 0, { message: "Say which goals were met", path: ["goalsMet"] })
  .refine((r) => r.draft.kind !== "discharge" || r.returnAdvice.length > 0, { message: "Say when to come back", path: ["returnAdvice"] });
export type IssueReportInput = z.infer<typeof issueReportInput>;

export const reportIdInput = z.object({ reportId: idInput });
export type ReportIdInput = z.infer<typeof reportIdInput>;
