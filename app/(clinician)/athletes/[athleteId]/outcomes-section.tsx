import { Badge, NotRecorded } from "@/app/_components/badge";
import { formatDate } from "@/app/_components/format";
import { formatScore } from "@/app/_components/questionnaires/answers";
import { OutcomeTrendsTable } from "@/app/_components/questionnaires/outcome-trends-table";
import { RecordOutcomePanel } from "@/app/_components/questionnaires/record-outcome-panel";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { instruments } from "@/server/domain/scoring/instruments";
import { CorrectOutcomeForm } from "./correct-outcome-form";
import { RequestOutcomeForm } from "./request-outcome-form";

type Outcomes = RouterOutputs["outcome"]["list"];
type Outcome = Outcomes["items"][number];

function scoreText(o: Outcome): string {
  if (o.status === "requested") return "Not answered yet";
  return o.score !== null ? formatScore(o.instrument, o.score) : "Incomplete — not scored";
}

function completedByText(o: Outcome): string {
  if (o.status === "requested") return "Sent to the portal, not answered yet";
  if (o.completedByRole === "athlete") return "Athlete (portal)";
  return o.completedByRole ? "Therapist" : "—";
}


/** Outcome measures of the athlete: every administration, the change since baseline, and new ones. */
export function OutcomesSection({
  athleteId, outcomes, canWrite, hasPortalAccount, licensedAddOns,
}: { athleteId: string; outcomes: Outcomes; canWrite: boolean; hasPortalAccount: boolean; licensedAddOns: Record<string, string> }) {
  return (
    <section aria-labelledby="outcomes-heading" className="space-y-4">
      <h2 id="outcomes-heading" className="text-lg font-semibold text-slate-900">
        Outcome measures
      </h2>
      {outcomes.items.length === 0 ? (
        <p className="text-slate-700">No outcome measure recorded yet.</p>
      ) : (
        <DataTable caption="Measures recorded and sent" captionHidden>
          <TableHead columns={canWrite ? ["Date", "Measure", "Score", "Completed by", "Correction"] : ["Date", "Measure", "Score", "Completed by"]} />
          <tbody className="divide-y divide-slate-200">
            {outcomes.items.map((o) => (
              <tr key={o.id}>
                <td className={tdClass}>{o.completedAt ? formatDate(o.completedAt) : o.requestedAt ? formatDate(o.requestedAt) : <NotRecorded />}</td>
                <td className={tdClass}>{instruments[o.instrument].title}</td>
                <td className={tdClass}>
                  {o.voided ? (
                    <>
                      <Badge tone="danger">Void</Badge> <s className="text-slate-600">{scoreText(o)}</s>
                      <span className="block text-xs text-slate-700">
                        {o.voided.supersededById ? "Replaced by a corrected measure" : "Entered in error"}: {o.voided.reason}
                      </span>
                    </>
                  ) : (
                    <>
                      {scoreText(o)}
                      {o.interpretation && <span className="block text-xs text-slate-600">{o.interpretation}</span>}
                    </>
                  )}
                </td>
                <td className={tdClass}>{completedByText(o)}</td>
                {canWrite && (
                  <td className={tdClass}>
                    {o.status === "completed" && !o.voided ? (
                      <CorrectOutcomeForm outcomeId={o.id} instrument={o.instrument} label={`${instruments[o.instrument].title} of ${o.completedAt ? formatDate(o.completedAt) : "this date"}`} />
                    ) : null}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {outcomes.trends.length > 0 && <OutcomeTrendsTable trends={outcomes.trends} caption="Change since baseline (first and latest complete score, void measures left out)" />}
      {canWrite && (
        <div className="grid gap-3">
          <RecordOutcomePanel athleteId={athleteId} licensedAddOns={licensedAddOns} />
          <RequestOutcomeForm athleteId={athleteId} hasPortalAccount={hasPortalAccount} licensedAddOns={licensedAddOns} />
        </div>
      )}
    </section>
  );
}

