import { z } from "zod";
import { alertTypes } from "../alerts/rules";
import { idInput } from "../ids";

export const caseloadSorts = ["attention", "name", "lastLog"] as const;
export type CaseloadSort = (typeof caseloadSorts)[number];
export const caseloadSortLabels: Record<CaseloadSort, string> = { attention: "Needs attention first", name: "Name", lastLog: "Most recent log" };

export const caseloadAlertFilters = ["any", "none", ...alertTypes] as const;

/** The caseload dashboard: filters, sort and page (the attention order of docs/clinical-rules.md R6.11 by default). */
export const caseloadInput = z
  .object({
    search: z.string().trim().max(100).optional(),
    /** Owners: one therapist's caseload; a therapist only ever sees their own. */
    therapistUserId: idInput.optional(),
    alert: z.enum(caseloadAlertFilters).optional(),
    status: z.enum(["active", "archived"]).default("active"),
    sort: z.enum(caseloadSorts).default("attention"),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(5).max(100).default(25),
  })
  .default({ status: "active", sort: "attention", page: 1, pageSize: 25 });
export type CaseloadInput = z.infer<typeof caseloadInput>;
