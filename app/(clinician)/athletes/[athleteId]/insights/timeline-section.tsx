import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { formatDate, formatUtcTimestamp } from "@/app/_components/format";
import type { RouterOutputs } from "@/app/_components/router-types";

type Event = RouterOutputs["insight"]["timeline"][number];

const kindLabels: Record<Event["kind"], string> = {
  assessment: "Assessment", outcome: "Outcome", program: "Program", decision: "Decision", log: "Log", alert: "Alert", triage: "Red flag",
};

const SHOWN = 100;

/** Visits, measures, program changes, decisions, logs and alerts in one chronological view, newest first. */
export function TimelineSection({ events }: { events: Event[] }) {
  const shown = events.slice(0, SHOWN);
  const days = [...new Set(shown.map((e) => e.at.slice(0, 10)))];
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="text-lg font-semibold text-slate-900">
        Timeline
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-slate-700">Nothing recorded yet.</p>
      ) : (
        <ol className="space-y-4">
          {days.map((day) => (
            <li key={day}>
              <h3 className="text-sm font-semibold text-slate-900">{formatDate(day)}</h3>
              <ol className="mt-1 space-y-2 border-l-2 border-slate-200 pl-4">
                {shown.filter((e) => e.at.startsWith(day)).map((e, i) => (
                  <li key={`${e.at}-${i}`} className="text-sm">
                    <Badge tone={e.kind === "alert" || e.kind === "triage" ? "warning" : "neutral"}>{kindLabels[e.kind]}</Badge>{" "}
                    {e.href ? <Link href={e.href} className="font-medium text-brand-700 underline">{e.title}</Link> : <span className="font-medium text-slate-900">{e.title}</span>}
                    <span className="ml-2 text-xs text-slate-600">{formatUtcTimestamp(new Date(e.at))} UTC</span>
                    {e.detail && <p className="text-slate-700">{e.detail}</p>}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
      {events.length > SHOWN && <p className="text-sm text-slate-700">Showing the latest {SHOWN} of {events.length} events.</p>}
    </section>
  );
}
