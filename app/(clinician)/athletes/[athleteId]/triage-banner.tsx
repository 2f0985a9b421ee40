import { DateTime } from "@/app/_components/date-time";
import { TriageBadge } from "@/app/_components/triage-badge";
import type { RouterOutputs } from "@/app/_components/router-types";
import { triggerReason } from "@/server/domain/triage/wording";
import { AcknowledgeTriageForm } from "./acknowledge-triage-form";

type Triage = RouterOutputs["triage"]["list"][number];

const sourceLabels: Record<Triage["source"], string> = {
  assessment: "assessment",
  run: "run log",
  checklist: "athlete's red-flag checklist",
};

/** Open red flags sit at the top of the record until a therapist acknowledges each one (docs/clinical-rules.md R8.5–R8.6). */
export function TriageBanner({ flags, canAcknowledge }: { flags: Triage[]; canAcknowledge: boolean }) {
  const open = flags.filter((f) => !f.acknowledgedAt);
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="red-flags-heading" className="space-y-3 rounded-lg border-2 border-red-600 bg-red-50 p-4">
      <h2 id="red-flags-heading" className="text-lg font-bold text-red-900">
        Open red flags ({open.length})
      </h2>
      <ul className="space-y-4">
        {open.map((flag) => (
          <li key={flag.id} className="space-y-2 rounded-md bg-white p-3 ring-1 ring-red-200">
            <div className="flex flex-wrap items-center gap-2">
              <TriageBadge urgency={flag.urgency} />
              <span className="text-sm text-slate-700">
                Raised <DateTime value={flag.raisedAt} /> from the {sourceLabels[flag.source]}
              </span>
            </div>
            <ul className="list-disc pl-5 text-sm text-slate-900">
              {flag.triggers.map((t) => (
                <li key={t.id}>
                  {triggerReason(t.id, t.reason)} <span className="text-xs text-slate-600">({t.id})</span>
                </li>
              ))}
            </ul>
            {flag.urgency === "emergency" && (
              <p className="text-sm font-semibold text-red-900">Emergency: the athlete should seek emergency care now.</p>
            )}
            {canAcknowledge && <AcknowledgeTriageForm triageId={flag.id} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
