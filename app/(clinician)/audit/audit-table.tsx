import { Badge, NotRecorded } from "@/app/_components/badge";
import { DateTime } from "@/app/_components/date-time";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";

type AuditEvent = RouterOutputs["audit"]["list"]["items"][number];

const outcomeTones = { success: "success", failure: "warning", denied: "danger" } as const;
const outcomeLabels = { success: "Success", failure: "Failure", denied: "Denied" } as const;

export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <DataTable caption="Audit events" captionHidden>
      <TableHead columns={["Time (UTC)", "Actor", "Role", "Action", "Entity", "Outcome", "Request id"]} />
      <tbody className="divide-y divide-slate-200">
        {events.map((e) => (
          <tr key={e.id}>
            <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
              <DateTime value={e.at} />
            </td>
            <td className={tdClass}>{e.actorName ?? <NotRecorded />}</td>
            <td className={tdClass}>{e.actorRole ?? <NotRecorded />}</td>
            <td className={`${tdClass} font-mono`}>{e.action}</td>
            <td className={tdClass}>
              {e.entity ? (
                <>
                  {e.entity}
                  {e.entityId && <span className="block font-mono text-xs text-slate-600">{e.entityId}</span>}
                </>
              ) : (
                <NotRecorded />
              )}
            </td>
            <td className={tdClass}>
              <Badge tone={outcomeTones[e.outcome]}>{outcomeLabels[e.outcome]}</Badge>
            </td>
            <td className={`${tdClass} font-mono text-xs`}>{e.requestId ?? <NotRecorded />}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
