import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { formatDayDate } from "./labels";
import type { PlanWeek } from "./types";

/** The dated sessions of one plan week (docs/clinical-rules.md R4.1, R4.6), with single-run cap and warning notes. */
export function WeekSessionsTable({ week, caption }: { week: PlanWeek; caption: string }) {
  if (week.paused) return <p className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">No runs this week: the plan is paused.</p>;
  if (week.sessions.length === 0) return <p className="text-slate-700">No sessions this week.</p>;
  return (
    <DataTable caption={caption}>
      <TableHead columns={["Date", "What to do", "Run minutes", "Effort", "Surface", "Notes"]} />
      <tbody className="divide-y divide-slate-200">
        {week.sessions.map((s) => (
          <tr key={s.date}>
            <th scope="row" className="whitespace-nowrap px-3 py-2 text-left align-top text-sm font-medium text-slate-900">
              {formatDayDate(s.date)}
            </th>
            <td className={tdClass}>
              <span className="font-medium">{s.stageCode}</span> · {s.structure}
            </td>
            <td className={tdClass}>{s.plannedRunMinutes === 0 ? "0 (walk only)" : s.plannedRunMinutes}</td>
            <td className={tdClass}>{s.effort}</td>
            <td className={tdClass}>{s.surface}</td>
            <td className={tdClass}>
              {s.isCapped || s.isAboveWarn ? (
                <ul className="space-y-0.5">
                  {s.isCapped && <li>Capped: shortened to the single-run limit (× longest run of the last 30 days)</li>}
                  {s.isAboveWarn && <li>Warning: above the single-run warning level</li>}
                </ul>
              ) : (
                <span className="text-slate-600">None</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
