import { todayIso } from "@/app/_components/format";
import { exerciseDose, formatLongDayDate, plainDecision, weekNumber } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";

type PortalPlan = RouterOutputs["portal"]["plan"];
type Session = NonNullable<NonNullable<PortalPlan>["runWeek"]>["sessions"][number];

const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";

/** The athlete's week: run/walk sessions as cards, the last decision's reason, and the exercises (portal.plan). */
export function ThisWeekSection({ plan }: { plan: PortalPlan }) {
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
          <RunWeek plan={plan} />
          <Exercises exercises={plan.exercises} />
        </>
      )}
    </section>
  );
}

function RunWeek({ plan }: { plan: NonNullable<PortalPlan> }) {
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
          <p className="font-semibold">Paused by your physio</p>
          <p className="mt-1 text-sm">
            No runs for now. Keep doing your exercises unless your physio said otherwise, and contact them if your symptoms get worse.
          </p>
        </div>
      ) : (
        <ol className="space-y-3">
          {week.sessions.map((s, i) => (
            <SessionCard key={s.date} session={s} number={i + 1} total={week.sessions.length} isToday={s.date === today} />
          ))}
        </ol>
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

function SessionCard({ session, number, total, isToday }: { session: Session; number: number; total: number; isToday: boolean }) {
  const isWalkOnly = session.plannedRunMinutes === 0;
  return (
    <li className={`${cardClass} ${isToday ? "border-brand-600 ring-1 ring-brand-600" : ""}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="text-base font-semibold">{formatLongDayDate(session.date)}</h4>
        <span className="text-sm text-slate-700">
          {isToday ? "Today · " : ""}Session {number} of {total}
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
    </li>
  );
}

function Exercises({ exercises }: { exercises: NonNullable<PortalPlan>["exercises"] }) {
  return (
    <section aria-labelledby="exercises-heading" className="space-y-3">
      <h3 id="exercises-heading" className="text-base font-semibold">
        Your exercises
      </h3>
      {exercises.length === 0 ? (
        <p className="text-slate-700">No exercises in your program.</p>
      ) : (
        <ol className="space-y-3">
          {exercises.map((e, i) => (
            <li key={`${e.name}-${e.side}-${i}`} className={cardClass}>
              <h4 className="text-base font-semibold">{e.name}</h4>
              <p className="mt-1 font-medium text-slate-900">{exerciseDose(e)}</p>
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
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
