import { Badge } from "@/app/_components/badge";
import { formatDate } from "@/app/_components/format";
import { perRunMinutes, stageStructure, weekNumber } from "./labels";
import type { RunPlanView } from "./types";

/**
 * The plan's current prescription (docs/clinical-rules.md R4): stage and structure or S8 weekly minutes, the target, and
 * every state that changes what happens next, each badge explained in words.
 */
export function PlanPrescription({ plan }: { plan: RunPlanView }) {
  const { state, settings, currentWeek } = plan;
  const isS8 = state.stage === 8;
  const perRun = perRunMinutes(state, settings.runsPerWeek);
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-lg font-semibold text-slate-900">
          {isS8 ? `S8 · ${state.weeklyMinutes} min a week, continuous` : `S${state.stage} · ${stageStructure(state.stage)}`}
        </p>
        {state.isCutbackWeek && <Badge tone="warning">Cut-back week</Badge>}
        {state.frozen && <Badge tone="warning">Frozen for review</Badge>}
        {state.paused && <Badge tone="danger">Paused</Badge>}
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-700">Per session</dt>
        <dd className="text-slate-900">
          {state.stage === 0
            ? "Brisk walk, no running"
            : isS8 && currentWeek.sessions.length
              ? `Runs of ${currentWeek.sessions.map((s) => s.plannedRunMinutes).join(", ")} min`
              : `${perRun} min running`}
          , {settings.runsPerWeek} sessions a week, easy effort (RPE ≤ 4/10)
        </dd>
        <dt className="font-medium text-slate-700">Target (S8)</dt>
        <dd className="text-slate-900">{state.targetWeeklyMinutes} min a week</dd>
        <dt className="font-medium text-slate-700">Plan week</dt>
        <dd className="text-slate-900">
          Week {weekNumber(currentWeek.weekIndex)}: {formatDate(currentWeek.startDate)} to {formatDate(currentWeek.endDate)} · plan started{" "}
          {formatDate(plan.startDate)}
        </dd>
        <dt className="font-medium text-slate-700">Decided through</dt>
        <dd className="text-slate-900">{plan.decidedThroughWeek < 0 ? "No week decided yet" : `Week ${weekNumber(plan.decidedThroughWeek)}`}</dd>
      </dl>
      <ul className="space-y-1 text-sm text-slate-800">
        {state.isCutbackWeek && (
          <li>
            <span className="font-semibold">Cut-back week:</span> after {settings.cutbackAfter} progressions in a row the weekly minutes drop to{" "}
            {state.weeklyMinutes} (× {settings.cutbackFactor}) for one week
            {state.cutbackBaseMinutes !== null ? `; the week before was ${state.cutbackBaseMinutes} min` : ""}.
          </li>
        )}
        {state.frozen && (
          <li>
            <span className="font-semibold">Frozen for review:</span> two regressions in a row, or {settings.reviewAfterNoProgressWeeks} weeks without
            progress. A progress decision is applied as hold until you sign off the review; hold and regress apply as usual.
          </li>
        )}
        {plan.pause && (
          <li className={plan.pause.byRedFlag ? "font-medium text-red-800" : undefined}>
            {plan.pause.byRedFlag ? plan.pause.reason : `Paused by a therapist: ${plan.pause.reason}`} No runs are prescribed and weekly decisions
            are not applied until a therapist resumes the plan, at the stage and minutes it had.
          </li>
        )}
        {plan.redFlagOpen && (
          <li className="font-medium text-red-800">An emergency or urgent red flag is open: acknowledge it on the athlete&apos;s page before resuming.</li>
        )}
      </ul>
      <p className="text-sm text-slate-600">These rules are the clinic&apos;s protocol, not medical truth; override them with a reason when needed.</p>
    </div>
  );
}
