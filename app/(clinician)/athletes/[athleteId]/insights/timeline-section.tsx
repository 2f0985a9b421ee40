import Link from "next/link";
import { Badge, type BadgeTone } from "@/app/_components/badge";
import { formatDayDate } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";

type Event = RouterOutputs["insight"]["timeline"][number];

const kinds: Record<Event["kind"], { label: string; tone: BadgeTone }> = {
  assessment: { label: "Assessment", tone: "neutral" },
  outcome: { label: "Outcome", tone: "neutral" },
  program: { label: "Program", tone: "neutral" },
  decision: { label: "Decision", tone: "neutral" },
  log: { label: "Log", tone: "neutral" },
  alert: { label: "Alert", tone: "warning" },
  triage: { label: "Red flag", tone: "danger" },
};

const SHOWN = 100;

/** Events of one calendar day (UTC), in the order given (newest first). */
function byDay(events: Event[]): { day: string; events: Event[] }[] {
  const days: { day: string; events: Event[] }[] = [];
  for (const e of events) {
    const day = e.at.slice(0, 10);
    const current = days.at(-1);
    if (current?.day === day) current.events.push(e);
    else days.push({ day, events: [e] });
  }
  return days;
}

/** "14:05 UTC"; nothing for events that carry a date only (visits are stored at midnight). */
const timeOf = (at: string) => (at.slice(11, 19) === "00:00:00" ? null : `${at.slice(11, 16)} UTC`);

/** Visits, measures, program changes, decisions, logs, alerts and red flags in one chronological view, newest first. */
export function TimelineSection({ events }: { events: Event[] }) {
  const shown = events.slice(0, SHOWN);
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="text-lg font-semibold text-slate-900">
        Timeline
      </h2>
      {events.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-700 shadow-sm">Nothing recorded yet.</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">Newest first.</p>
          <ol className="space-y-5">
            {byDay(shown).map(({ day, events: dayEvents }) => (
              <li key={day}>
                <h3 className="text-sm font-semibold text-slate-900">
                  {formatDayDate(day)}
                </h3>
                <ol className="mt-2 space-y-3 border-l-2 border-slate-200 pl-4">
                  {dayEvents.map((e, i) => {
                    const kind = kinds[e.kind];
                    const time = timeOf(e.at);
                    return (
                      <li key={`${e.at}-${i}`}>
                        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                          <Badge tone={kind.tone}>{kind.label}</Badge>
                          {e.href ? (
                            <Link href={e.href} className="font-medium text-brand-700 underline">
                              {e.title}
                            </Link>
                          ) : (
                            <span className="font-medium text-slate-900">{e.title}</span>
                          )}
                          {time && <span className="text-xs text-slate-700">{time}</span>}
                        </div>
                        {e.detail && <p className="mt-0.5 text-sm text-slate-700">{e.detail}</p>}
                      </li>
                    );
                  })}
                </ol>
              </li>
            ))}
          </ol>
          {events.length > SHOWN && (
            <p className="text-sm text-slate-700">
              Showing the latest {SHOWN} of {events.length >= 300 ? "300 or more" : events.length} events.
            </p>
          )}
        </>
      )}
    </section>
  );
}
