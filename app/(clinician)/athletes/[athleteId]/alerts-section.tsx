import { Badge } from "@/app/_components/badge";
import { alertTypeLabels, severityLabels, severityTone } from "@/app/_components/alerts/labels";
import { DateTime } from "@/app/_components/date-time";
import type { RouterOutputs } from "@/app/_components/router-types";
import { AlertActionForm } from "./alert-action-form";

type AlertItem = RouterOutputs["alert"]["list"][number];

/** Open alerts between visits (docs/clinical-rules.md R6) with the reason and data behind each; red flags are handled in their banner. */
export function AlertsSection({ alerts, canWrite }: { alerts: AlertItem[]; canWrite: boolean }) {
  const open = alerts.filter((a) => a.status !== "resolved");
  return (
    <section aria-labelledby="alerts-heading" className="space-y-3">
      <h2 id="alerts-heading" className="text-lg font-semibold text-slate-900">
        Alerts ({open.length})
      </h2>
      {open.length === 0 ? (
        <p className="text-sm text-slate-700">No open alerts.</p>
      ) : (
        <ul className="space-y-3">
          {open.map((a) => {
            const label = alertTypeLabels[a.type] ?? a.type;
            return (
              <li key={a.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={severityTone[a.severity]}>{severityLabels[a.severity]}</Badge>
                  <span className="font-semibold text-slate-900">{label}</span>
                  {a.status === "acknowledged" && <Badge>Acknowledged</Badge>}
                  <span className="text-sm text-slate-700">Raised <DateTime value={a.raisedAt} /></span>
                </div>
                <p className="text-sm text-slate-900">{a.reason}</p>
                {a.note && <p className="whitespace-pre-line text-sm text-slate-700">Note: {a.note}</p>}
                {canWrite && a.type !== "triage" && <AlertActionForm alertId={a.id} label={label} canAcknowledge={a.status === "open"} />}
                {a.type === "triage" && <p className="text-sm text-slate-700">Acknowledge the red flag above to close this alert.</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
