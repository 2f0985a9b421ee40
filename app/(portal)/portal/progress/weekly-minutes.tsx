import { formatDate } from "@/app/_components/format";
import { weekNumber } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";

type Week = RouterOutputs["portal"]["progress"]["weeks"][number];

/** Width of a bar as a share of the longest week, so weeks compare at a glance. */
const barWidth = (minutes: number, max: number) => `${Math.round((100 * minutes) / max)}%`;

/** Planned vs run minutes per program week (docs/clinical-rules.md R5), with the weekly session-RPE load. */
export function WeeklyMinutesSection({ weeks }: { weeks: Week[] }) {
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.plannedRunMinutes, w.runMinutes)));
  const lastIndex = weeks.at(-1)?.weekIndex;
  return (
    <section aria-labelledby="weeks-heading" className="space-y-3">
      <h2 id="weeks-heading" className="text-lg font-semibold">
        Running minutes each week
      </h2>
      {weeks.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-700 shadow-sm">No program weeks yet.</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            <span aria-hidden="true">
              Outlined bar: minutes planned. Solid bar: minutes you ran.{" "}
            </span>
            Load is minutes × how hard each session felt (effort 0–10), added up for the week, in units (AU); runs and cross-training count.
          </p>
          <DataTable caption="Run minutes against the plan and load, per program week" captionHidden>
            <TableHead columns={["Week", "Run minutes", "Load"]} />
            <tbody className="divide-y divide-slate-200">
              {weeks.map((w) => (
                <tr key={w.weekIndex}>
                  <th scope="row" className={`${tdClass} text-left font-semibold`}>
                    Week {weekNumber(w.weekIndex)}
                    <span className="block text-xs font-normal text-slate-700">
                      {w.weekIndex === lastIndex ? "this week, so far" : `from ${formatDate(w.startDate)}`}
                    </span>
                  </th>
                  <td className={tdClass}>
                    {w.plannedRunMinutes > 0 ? `${w.runMinutes} of ${w.plannedRunMinutes} min` : `${w.runMinutes} min, none planned`}
                    <div aria-hidden="true" className="mt-1 w-28 space-y-1 sm:w-48">
                      <div className={`h-2.5 rounded-sm ${w.plannedRunMinutes > 0 ? "border border-slate-600" : ""}`} style={{ width: barWidth(w.plannedRunMinutes, max) }} />
                      <div className="h-2.5 rounded-sm bg-brand-600" style={{ width: barWidth(w.runMinutes, max) }} />
                    </div>
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>{w.load} AU</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}
