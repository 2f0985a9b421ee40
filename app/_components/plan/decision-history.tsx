import { Badge } from "@/app/_components/badge";
import { DateTime } from "@/app/_components/date-time";
import { decisionKindLabels, decisionLabel, weekNumber } from "./labels";
import type { PlanDecisionView } from "./types";

/** Every decision on the plan, newest first; the reason is shown in full, it is the point. */
export function DecisionHistory({ decisions, labelledBy }: { decisions: PlanDecisionView[]; labelledBy: string }) {
  if (decisions.length === 0) return <p className="text-sm text-slate-700">No decisions yet: the first weekly decision is made when week 1 is over.</p>;
  return (
    <ol aria-labelledby={labelledBy} className="space-y-3">
      {decisions.map((d) => {
        const isChanged = d.decision !== null && d.appliedDecision !== null && d.decision !== d.appliedDecision;
        return (
          <li key={d.id} className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-semibold text-slate-900">Week {weekNumber(d.weekIndex)}</span>
              <span className="text-slate-800">· {decisionKindLabels[d.kind] ?? d.kind}</span>
              {d.decision !== null && (
                <span className="text-slate-900">
                  · {decisionLabel(d.decision)} <span aria-hidden="true">→</span>
                  <span className="sr-only">applied as</span> {decisionLabel(d.appliedDecision)}
                </span>
              )}
              {isChanged && <Badge tone="warning">Applied differently</Badge>}
              <span className="text-slate-700">
                · <DateTime value={d.createdAt} />
              </span>
            </div>
            <p className="whitespace-pre-wrap break-words text-slate-900">{d.reason}</p>
          </li>
        );
      })}
    </ol>
  );
}
