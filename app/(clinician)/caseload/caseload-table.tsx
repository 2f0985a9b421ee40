import Link from "next/link";
import { Badge, NotRecorded } from "@/app/_components/badge";
import { alertTypeLabels, severityLabels, severityTone } from "@/app/_components/alerts/labels";
import { formatDate, plural } from "@/app/_components/format";
import { weekNumber } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";
import { Sparkline } from "@/app/_components/sparkline";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { daysBetween } from "@/server/domain/dates";

type Row = RouterOutputs["caseload"]["list"]["rows"][number];

const percent = (v: number | null) => (v === null ? "—" : `${v} %`);

function sinceText(lastLogDate: string | null, today: string): string {
  if (!lastLogDate) return "Never logged";
  const days = daysBetween(lastLogDate, today);
  return days <= 0 ? "Today" : days === 1 ? "Yesterday" : `${days} days ago`;
}

/** The caseload rows: who needs attention and why, at a glance (the order of docs/clinical-rules.md R6.11 unless sorted otherwise). */
export function CaseloadTable({ rows, total, today }: { rows: Row[]; total: number; today: string }) {
  return (
    <DataTable caption={`Caseload: ${plural(total, "athlete")}`} captionHidden>
      <TableHead columns={["Athlete", "Alerts", "Last log", "Adherence 7 d / 28 d", "Symptoms (8 weeks)", "Plan", "Therapists"]} />
      <tbody className="divide-y divide-slate-200">
        {rows.map((a) => (
          <tr key={a.id} className="align-top">
            <td className={`${tdClass} font-medium`}>
              <Link href={`/athletes/${a.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                {a.firstName} {a.lastName}
              </Link>
              {a.archivedAt && (
                <span className="ml-2">
                  <Badge>Archived</Badge>
                </span>
              )}
            </td>
            <td className={tdClass}>
              {a.alerts.length === 0 ? (
                <span className="text-slate-600">None</span>
              ) : (
                <ul className="space-y-1">
                  {a.alerts.slice(0, 3).map((al) => (
                    <li key={al.id}>
                      <Badge tone={severityTone[al.severity]}>{severityLabels[al.severity]}</Badge>{" "}
                      <span className="font-medium">{alertTypeLabels[al.type] ?? al.type}</span>
                      {al.status === "acknowledged" && <span className="text-slate-600"> (acknowledged)</span>}
                      <span className="block max-w-xs text-xs text-slate-700">{al.reason}</span>
                    </li>
                  ))}
                  {a.alerts.length > 3 && <li className="text-xs text-slate-700">and {a.alerts.length - 3} more</li>}
                </ul>
              )}
            </td>
            <td className={tdClass}>
              {sinceText(a.lastLogDate, today)}
              {a.lastLogDate && <span className="block text-xs text-slate-600">{formatDate(a.lastLogDate)}</span>}
            </td>
            <td className={tdClass}>
              {percent(a.adherence7)} / {percent(a.adherence28)}
            </td>
            <td className={tdClass}>
              <Sparkline values={a.symptomSparkline} label="Highest numbness or tingling per week, oldest first" />
            </td>
            <td className={tdClass}>
              {a.plan ? (
                <>
                  <span className="block">
                    Week {weekNumber(a.plan.weekIndex)}
                    {a.plan.stageCode ? ` · ${a.plan.stageCode}` : ""}
                    {a.plan.paused ? " · paused" : a.plan.frozen ? " · frozen for review" : ""}
                  </span>
                  {a.plan.lastDecision && (
                    <span className="block max-w-xs text-xs text-slate-700">
                      After week {weekNumber(a.plan.lastDecision.weekIndex)}: {a.plan.lastDecision.reason}
                    </span>
                  )}
                </>
              ) : (
                <span className="text-slate-600">No active program</span>
              )}
            </td>
            <td className={tdClass}>{a.therapists.length ? a.therapists.map((t) => t.name).join(", ") : <NotRecorded />}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
