import { NotRecorded } from "@/app/_components/badge";
import { formatDate } from "@/app/_components/format";
import { decisionLabel, weekNumber } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";

type Week = RouterOutputs["insight"]["load"]["weeks"][number];

const value = (v: number | null, suffix = "") => (v === null ? <NotRecorded /> : `${v}${suffix}`);

/** Every week's figures of the load timeline, with the decision and its reason: the charts' screen-reader fallback. */
export function LoadTable({ weeks }: { weeks: Week[] }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold text-brand-700">Show the numbers</summary>
      <div className="p-2">
        <DataTable caption="Load timeline by program week, oldest first">
          <TableHead
            columns={["Week", "Run min", "Planned min", "Load (AU)", "ACWR rolling", "ACWR EWMA", "Exercises done", "Highest peak", "Mean peak", "Rated runs", "Decision"]}
          />
          <tbody className="divide-y divide-slate-200">
            {weeks.map((w) => (
              <tr key={w.weekIndex}>
                <th scope="row" className={`${tdClass} whitespace-nowrap text-left font-medium`}>
                  Week {weekNumber(w.weekIndex)}
                  <span className="block text-xs font-normal text-slate-700">from {formatDate(w.startDate)}</span>
                </th>
                <td className={tdClass}>{w.runMinutes}</td>
                <td className={tdClass}>{w.plannedRunMinutes}</td>
                <td className={tdClass}>{w.load}</td>
                <td className={tdClass}>{value(w.acwrRolling)}</td>
                <td className={tdClass}>{value(w.acwrEwma)}</td>
                <td className={tdClass}>{value(w.exerciseAdherence, " %")}</td>
                <td className={tdClass}>{value(w.maxPeak, "/10")}</td>
                <td className={tdClass}>{value(w.meanPeak, "/10")}</td>
                <td className={tdClass}>{w.ratedRuns}</td>
                <td className={`${tdClass} min-w-56`}>
                  {w.decision ? (
                    <>
                      <span className="font-medium text-slate-900">{w.decision.appliedDecision ? decisionLabel(w.decision.appliedDecision) : "Decided"}</span>: {w.decision.reason}
                    </>
                  ) : (
                    <NotRecorded />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <p className="mt-2 px-1 text-xs text-slate-700">ACWR is blank until there are 28 days of logs (or while the chronic load is 0). It is for information only and never changes a decision.</p>
      </div>
    </details>
  );
}
