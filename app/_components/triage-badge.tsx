import { Badge } from "./badge";

type Urgency = "emergency" | "urgent" | "routine";

const labels: Record<Urgency, string> = {
  emergency: "Emergency red flag",
  urgent: "Urgent red flag",
  routine: "Routine referral flag",
};

/** The open red-flag level of an athlete, worded so colour is never the only signal. */
export function TriageBadge({ urgency }: { urgency: Urgency }) {
  return <Badge tone={urgency === "routine" ? "warning" : "danger"}>{labels[urgency]}</Badge>;
}
