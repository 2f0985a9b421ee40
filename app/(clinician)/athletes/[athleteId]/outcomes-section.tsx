import { NotRecorded } from "@/app/_components/badge";
import { formatDate } from "@/app/_components/format";
import { RecordOutcomePanel } from "@/app/_components/questionnaires/record-outcome-panel";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, tdClass, thClass } from "@/app/_components/table";
import { instruments } from "@/server/domain/scoring/instruments";
import { RequestOutcomeForm } from "./request-outcome-form";

type Outcomes = RouterOutputs["outcome"]["list"];

const directionLabels = { better: "Better", worse: "Worse", same: "No change" } as const;

/** Outcome measures of the athlete: every administration, the change since baseline, and new ones. */
export function OutcomesSection({
  athleteId, outcomes, canWrite, hasPortalAccount, licensedAddOns,
}: { athleteId: string; outcomes: Outcomes; canWrite: boolean; hasPortalAccount: boolean; licensedAddOns: Record<string, string> }) {
  return (
    <section aria-labelledby="outcomes-heading" className="space-y-3">
      <h2 id="outcomes-heading" className="text-lg font-semibold text-slate-900">
        Outcome measures
      </h2>
      {outcomes.items.length === 0 ? (
        <p className="text-slate-700">No outcome measure recorded yet.</p>
      ) : (
        <DataTable caption="Outcome measures" captionHidden>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={thClass}>Date</th>
              <th scope="col" className={thClass}>Measure</th>
              <th scope="col" className={thClass}>Score</th>
              <th scope="col" className={thClass}>Completed by</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {outcomes.items.map((o) => {
              const def = instruments[o.instrument];
              return (
                <tr key={o.id}>
                  <td className={tdClass}>{o.completedAt ? formatDate(o.completedAt) : o.requestedAt ? formatDate(o.requestedAt) : <NotRecorded />}</td>
                  <td className={tdClass}>{def.title}</td>
                  <td className={tdClass}>
                    {o.status === "requested"
                      ? "Sent to the portal, not answered yet"
                      : o.score !== null
                        ? `${o.score} / ${def.range[1]}`
                        : "Incomplete, not scored"}
                    {o.interpretation && <span className="block text-xs text-slate-600">{o.interpretation}</span>}
                  </td>
                  <td className={tdClass}>{o.completedByRole === "athlete" ? "Athlete (portal)" : o.completedByRole ? "Therapist" : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {outcomes.trends.some((t) => t.change) && (
        <ul className="space-y-1 text-sm text-slate-800">
          {outcomes.trends
            .filter((t) => t.change && t.latest && t.baseline)
            .map((t) => (
              <li key={t.instrument}>
                <span className="font-semibold">{instruments[t.instrument].title}:</span> {t.baseline!.score} → {t.latest!.score} (
                {t.change!.change > 0 ? "+" : ""}
                {t.change!.change}, {directionLabels[t.change!.direction].toLowerCase()}
                {t.change!.passesMcid === null ? "" : t.change!.passesMcid ? ", meets the MCID" : ", below the MCID"}
                {instruments[t.instrument].mcid !== null ? ` of ${instruments[t.instrument].mcid}` : ""})
              </li>
            ))}
        </ul>
      )}
      {canWrite && (
        <div className="grid gap-3">
          <RequestOutcomeForm athleteId={athleteId} hasPortalAccount={hasPortalAccount} licensedAddOns={licensedAddOns} />
          <RecordOutcomePanel athleteId={athleteId} licensedAddOns={licensedAddOns} />
        </div>
      )}
    </section>
  );
}
