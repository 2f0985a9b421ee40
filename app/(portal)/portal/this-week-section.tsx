import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { todayIso } from "@/app/_components/format";
import { exerciseDose, formatLongDayDate, plainDecision, weekNumber } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";

type PortalPlan = NonNullable<RouterOutputs["portal"]["plan"]>;
type Session = NonNullable<PortalPlan["runWeek"]>["sessions"][number];
type Status = PortalPlan["runStatuses"][number];

const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";
const linkClass = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline";

/** Status of a prescribed session (docs/clinical-rules.md R5.2), in the athlete's words. */
const statusText: Record<Status["status"], { label: string; tone: "success" | "warning" | "danger" | "neutral" }> = {
  done: { label: "Done", tone: "success" },
  partial: { label: "Partly done", tone: "warning" },
  skipped: { label: "Skipped", tone: "neutral" },
  missed: { label: "Missed", tone: "danger" },
  due: { label: "To do", tone: "neutral" },
  upcoming: { label: "Coming up", tone: "neutral" },
};

export function StatusBadge({ status }: { status: Status["status"] }) {
  return <Badge tone={statusText[status].tone}>{statusText[status].label}</Badge>;
}

/** The athlete's week: run/walk sessions and exercises with what is done, partly done or missed (portal.plan). */
export function ThisWeekSection({ plan }: { plan: RouterOutputs["portal"]["plan"] }) {
  return (
    <section aria-labelledby="this-week-heading" className="space-y-4">
      <h2 id="this-week-heading" className="text-lg font-semibold">
        This week
      </h2>
      {plan === null ? (
        <p className={`${cardClass} text-slate-700`}>Your physio has not set a program yet.</p>
      ) : (
        <>
          <p className="text-slate-800">
            Your program: <span className="font-semibold">{plan.programName}</span>
          </p>
          <Adherence plan={plan} />
          <RunWeek plan={plan} />
          <Exercises plan={plan} />
        </>
      )}
    </section>
  );
}

function Adherence({ plan }: { plan: PortalPlan }) {
  const { exercise, run } = plan.adherence;
  if (exercise === null && run === null) return null;
  const parts = [run !== null ? `runs ${run} %` : null, exercise !== null ? `exercises ${exercise} %` : null].filter(Boolean);
  return <p className="text-sm text-slate-800">Done so far this week: {parts.join(", ")}.</p>;
}

function RunWeek({ plan }: { plan: PortalPlan }) {
  const week = plan.runWeek;
  if (!week) return null;
  const today = todayIso();
  const decision = plan.latestDecision;
  return (
    <section aria-labelledby="runs-heading" className="space-y-3">
      <h3 id="runs-heading" className="text-base font-semibold">
        Runs and walks · week {weekNumber(week.weekIndex)}
      </h3>
      {week.paused ? (
        <div role="note" className="rounded-xl border border-red-300 bg-red-50 p-4 text-red-900">
          {plan.runPause?.byRedFlag ? (
            <>
              <p className="font-semibold">Runs paused after a safety concern you reported</p>
              <p className="mt-1 text-sm">
                No runs for now, because of your own answers or what you logged. Follow the safety advice you were given; your physio will restart your
                plan when it is safe.
              </p>
            </>
          ) : (
            <>
              <p className="font-semibold">Paused by your physio</p>
              <p className="mt-1 text-sm">
                No runs for now. Keep doing your exercises unless your physio said otherwise, and contact them if your symptoms get worse.
              </p>
            </>
          )}
        </div>
      ) : (
        <ol className="space-y-3">
          {week.sessions.map((s, i) => (
            <SessionCard
              key={s.date} session={s} number={i + 1} total={week.sessions.length} isToday={s.date === today}
              status={plan.runStatuses.find((r) => r.date === s.date)?.status ?? "upcoming"}
            />
          ))}
        </ol>
      )}
      {plan.decisionDue && (
        <p role="status" aria-label="Your weekly review is due" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">
          Week {weekNumber(plan.decisionDue.weekIndex)} is over and your plan has not been reviewed for it yet. Your sessions may change once it is.
        </p>
      )}
      {decision && (
        <div className={cardClass}>
          <h4 className="font-semibold">
            After week {weekNumber(decision.weekIndex)}: {decision.appliedDecision ? (plainDecision[decision.appliedDecision] ?? decision.appliedDecision) : "Decided"}
          </h4>
          <p className="mt-1 text-sm text-slate-800">
            <span className="font-medium">Why:</span> {decision.reason}
          </p>
        </div>
      )}
      <p className="text-sm text-slate-700">
        Each week your plan moves up, stays or steps back depending on how your runs went, including how your feet felt the next morning.
      </p>
    </section>
  );
}

function SessionCard({ session, number, total, isToday, status }: { session: Session; number: number; total: number; isToday: boolean; status: Status["status"] }) {
  const isWalkOnly = session.plannedRunMinutes === 0;
  const canLog = status === "due" || status === "missed";
  return (
    <li className={`${cardClass} ${isToday ? "border-brand-600 ring-1 ring-brand-600" : ""}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="text-base font-semibold">{formatLongDayDate(session.date)}</h4>
        <span className="flex items-center gap-2 text-sm text-slate-700">
          {isToday ? "Today · " : ""}Session {number} of {total}
          <StatusBadge status={status} />
        </span>
      </div>
      <p className="mt-2 text-base font-medium text-slate-900">
        {session.stageCode}: {session.structure}
      </p>
      <ul className="mt-2 space-y-1 text-sm text-slate-800">
        <li>{isWalkOnly ? "Walk only, no running" : `${session.plannedRunMinutes} min of running in all`}</li>
        <li>Easy effort: {session.effort} (you can talk in full sentences)</li>
        <li>Surface: {session.surface}; avoid steep cambered roads</li>
        {session.isCapped && <li>Kept a little shorter so it stays close to your longest recent run.</li>}
      </ul>
      {canLog && (
        <Link href={`/portal/log/run?date=${session.date}`} className={linkClass}>
          Log this run<span className="sr-only"> of {formatLongDayDate(session.date)}</span>
        </Link>
      )}
    </li>
  );
}

function Exercises({ plan }: { plan: PortalPlan }) {
  return (
    <section aria-labelledby="exercises-heading" className="space-y-3">
      <h3 id="exercises-heading" className="text-base font-semibold">
        Your exercises
      </h3>
      {plan.exercises.length === 0 ? (
        <p className="text-slate-700">No exercises in your program.</p>
      ) : (
        <ol className="space-y-3">
          {plan.exercises.map((e) => {
            const next = e.week.find((s) => s.status === "due") ?? e.week.find((s) => s.status === "missed");
            return (
              <li key={`${e.exerciseId}-${e.side}`} className={cardClass}>
                <h4 className="text-base font-semibold">{e.name}</h4>
                <p className="mt-1 font-medium text-slate-900">{exerciseDose(e)}</p>
                {e.week.length > 0 && (
                  <ul aria-label={`${e.name} this week`} className="mt-2 flex flex-wrap gap-2 text-sm">
                    {e.week.map((s, i) => (
                      <li key={`${s.date}-${i}`} className="flex items-center gap-1">
                        <span className="text-slate-800">{formatLongDayDate(s.date).split(" ")[0]}</span>
                        <StatusBadge status={s.status} />
                      </li>
                    ))}
                  </ul>
                )}
                {e.instructions && <p className="mt-2 text-sm text-slate-800">{e.instructions}</p>}
                {e.notes && (
                  <p className="mt-2 text-sm text-slate-800">
                    <span className="font-medium">From your physio:</span> {e.notes}
                  </p>
                )}
                {e.caution && (
                  <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                    <span className="font-semibold">Caution:</span> {e.caution}
                  </p>
                )}
                {e.glideAdvice && e.glideAdvice.action !== "progress" && (
                  <p className="mt-2 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950">
                    <span className="font-semibold">Nerve glide:</span> {e.glideAdvice.reason} Your physio sees this too.
                  </p>
                )}
                <Link href={`/portal/log/exercise?exerciseId=${e.exerciseId}&side=${e.side}${next ? `&date=${next.date}` : ""}`} className={linkClass}>
                  Log {e.name}
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
