import { DecisionHistory } from "@/app/_components/plan/decision-history";
import { perRunMinutes, weekNumber } from "@/app/_components/plan/labels";
import { PlanPrescription } from "@/app/_components/plan/plan-prescription";
import { WeekSessionsTable } from "@/app/_components/plan/week-sessions-table";
import { api } from "@/app/_trpc/server";
import { AddRunPlanForm } from "./add-run-plan-form";
import { PlanActions } from "./plan-actions";
import { PlanProtocolForm } from "./plan-protocol-form";
import { WhatIfSimulator } from "./what-if-simulator";

/**
 * The graded run/walk plan of the active program (docs/clinical-rules.md R3, R4): the prescription, this week's
 * sessions, every decision with its reason, the therapist's actions and the what-if simulator.
 * Reading the plan never decides: a week whose decision is due but not made yet is shown as due
 * (the athlete's next entry, the therapist's next plan action or the hourly job makes it).
 */
export async function RunPlanSection({ programId, athleteId, canWrite }: { programId: string; athleteId: string; canWrite: boolean }) {
  const trpc = await api();
  const plan = await trpc.plan.get({ programId });

  if (!plan) {
    const suggestion = canWrite ? await trpc.plan.suggestEntry({ athleteId }) : null;
    return (
      <section aria-labelledby="plan-heading" className="space-y-4">
        <h3 id="plan-heading" className="text-base font-semibold text-slate-900">
          Run/walk plan
        </h3>
        <p className="text-sm text-slate-700">This program has no graded run/walk plan.</p>
        {canWrite && suggestion && <AddRunPlanForm programId={programId} suggestion={suggestion} />}
      </section>
    );
  }

  const week = plan.currentWeek;
  return (
    <>
      <section aria-labelledby="plan-heading" className="space-y-3">
        <h3 id="plan-heading" className="text-base font-semibold text-slate-900">
          Run/walk plan
        </h3>
        <PlanPrescription plan={plan} />
        {plan.dueWeeks.length > 0 && (
          <p role="status" aria-label="Weekly decision due" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            Decision due for week {plan.dueWeeks.map(weekNumber).join(", week ")}: the week is over and not decided yet. The athlete&apos;s next
            entry, your next change to the plan or the hourly decision run makes it.
          </p>
        )}
      </section>

      <section aria-labelledby="plan-week-heading" className="space-y-3">
        <h3 id="plan-week-heading" className="text-base font-semibold text-slate-900">
          This week&apos;s sessions (week {weekNumber(week.weekIndex)})
        </h3>
        <WeekSessionsTable week={week} caption={`Run/walk sessions of plan week ${weekNumber(week.weekIndex)}, ${week.weeklyRunMinutes} run minutes in all`} />
      </section>

      <section aria-labelledby="plan-decisions-heading" className="space-y-3">
        <h3 id="plan-decisions-heading" className="text-base font-semibold text-slate-900">
          Plan decisions
        </h3>
        <p className="text-sm text-slate-700">
          Each week&apos;s decision names the rule that made it; overrides, sign-offs, pauses and resumes carry the therapist&apos;s reason.
        </p>
        <DecisionHistory decisions={plan.decisions} labelledBy="plan-decisions-heading" />
      </section>

      {canWrite && (
        <section aria-labelledby="plan-actions-heading" className="space-y-3">
          <h3 id="plan-actions-heading" className="text-base font-semibold text-slate-900">
            Change the plan
          </h3>
          <PlanActions
            plan={{
              id: plan.id, stage: plan.state.stage, weeklyMinutes: plan.state.weeklyMinutes, targetWeeklyMinutes: plan.state.targetWeeklyMinutes,
              frozen: plan.state.frozen, paused: plan.state.paused, redFlagOpen: plan.redFlagOpen,
            }}
          />
          <details className="rounded-lg border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer py-1 text-sm font-semibold text-slate-900">This plan&apos;s protocol</summary>
            <div className="mt-3">
              <PlanProtocolForm planId={plan.id} settings={plan.settings} overrides={plan.settingsOverrides} />
            </div>
          </details>
        </section>
      )}

      <WhatIfSimulator
        plan={{
          id: plan.id, weekIndex: week.weekIndex, weekStartDate: week.startDate, stage: plan.state.stage, weeklyMinutes: plan.state.weeklyMinutes,
          targetWeeklyMinutes: plan.state.targetWeeklyMinutes, settingsOverrides: plan.settingsOverrides, runsPerWeek: plan.settings.runsPerWeek,
          perRunMinutes: perRunMinutes(plan.state, plan.settings.runsPerWeek),
        }}
      />
    </>
  );
}
