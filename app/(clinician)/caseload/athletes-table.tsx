import Link from "next/link";
import { Badge, NotRecorded } from "@/app/_components/badge";
import { formatDate, todayIso } from "@/app/_components/format";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { TriageBadge } from "@/app/_components/triage-badge";
import { ageOn } from "@/server/domain/athletes/schemas";
import type { RouterOutputs } from "@/app/_components/router-types";

type AthleteSummary = RouterOutputs["athlete"]["list"][number];

export function AthletesTable({ athletes }: { athletes: AthleteSummary[] }) {
  const today = todayIso();
  return (
    <DataTable caption={`Athletes (${athletes.length})`} captionHidden>
      <TableHead columns={["Name", "Age", "Goal race", "Weekly km", "Therapists", "Portal"]} />
      <tbody className="divide-y divide-slate-200">
        {athletes.map((a) => (
          <tr key={a.id}>
            <td className={`${tdClass} font-medium`}>
              <Link href={`/athletes/${a.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                {a.firstName} {a.lastName}
              </Link>
              {a.openTriage && (
                <span className="ml-2">
                  <TriageBadge urgency={a.openTriage} />
                </span>
              )}
              {a.archivedAt && (
                <span className="ml-2">
                  <Badge>Archived</Badge>
                </span>
              )}
            </td>
            <td className={tdClass}>{ageOn(a.dateOfBirth, today)}</td>
            <td className={tdClass}>
              {a.goalRace || a.goalDate ? (
                <>
                  {a.goalRace ?? "Unnamed race"}
                  {a.goalDate && <span className="block text-slate-600">{formatDate(a.goalDate)}</span>}
                </>
              ) : (
                <NotRecorded />
              )}
            </td>
            <td className={tdClass}>{a.weeklyKm ?? <NotRecorded />}</td>
            <td className={tdClass}>{a.therapists.length ? a.therapists.map((t) => t.name).join(", ") : <NotRecorded />}</td>
            <td className={tdClass}>
              {a.hasPortalAccount ? <Badge tone="success">Portal active</Badge> : <Badge>Not invited</Badge>}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
