import type { BadgeTone } from "@/app/_components/badge";

/** Alert types (docs/clinical-rules.md R6.1) in the therapist's words. */
export const alertTypeLabels: Record<string, string> = {
  triage: "Red flag",
  "red-run": "Red run",
  review: "Plan needs review",
  "not-settled": "Not settled next morning",
  "single-run-spike": "Single-run spike",
  acwr: "ACWR above 1.5",
  "no-logs": "No logs for 5 days",
  "shoe-review": "Shoe review due",
};

export const severityLabels: Record<string, string> = {
  emergency: "Emergency", urgent: "Urgent", high: "High", medium: "Medium", routine: "Routine", low: "Low",
};

export const severityTone: Record<string, BadgeTone> = {
  emergency: "danger", urgent: "danger", high: "danger", medium: "warning", routine: "warning", low: "neutral",
};
