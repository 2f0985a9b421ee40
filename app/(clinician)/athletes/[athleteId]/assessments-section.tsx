import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { formatDate } from "@/app/_components/format";
import type { RouterOutputs } from "@/app/_components/router-types";
import { StartAssessmentForm } from "./start-assessment-form";

type Visit = RouterOutputs["assessment"]["list"][number];

const kindLabels: Record<Visit["kind"], string> = { initial: "Initial assessment", reassessment: "Re-assessment" };

function StatusBadge({ visit }: { visit: Visit }) {
  if (visit.supersededAt) return <Badge>Superseded</Badge>;
  if (visit.status === "signed") return <Badge tone="success">Signed</Badge>;
  return <Badge tone="warning">Draft</Badge>;
}

/** The athlete's assessment visits, a way to start the next one, and the way to the comparison. */
export function AssessmentsSection({ athleteId, visits, canWrite }: { athleteId: string; visits: Visit[]; canWrite: boolean }) {
  const signedCurrent = visits.filter((v) => v.status === "signed" && !v.supersededAt);
  const hasInitial = visits.some((v) => v.kind === "initial");
  return (
    <section aria-labelledby="assessments-heading" className="space-y-3">
      <h2 id="assessments-heading" className="text-lg font-semibold text-slate-900">
        Assessments
      </h2>
      {visits.length === 0 ? (
        <p className="text-slate-700">No assessment recorded yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {visits.map((v) => (
            <li key={v.id} className="flex flex-wrap items-center gap-3 px-3 py-2">
              <Link href={`/athletes/${athleteId}/assessments/${v.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {kindLabels[v.kind]} · {formatDate(v.visitDate)}
              </Link>
              <StatusBadge visit={v} />
              {v.signedByName && v.signedAt && (
                <span className="text-sm text-slate-600">
                  signed by {v.signedByName} on {formatDate(v.signedAt)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {signedCurrent.length >= 2 && (
        <p>
          <Link href={`/athletes/${athleteId}/compare`} className="font-semibold text-brand-700 underline">
            Compare baseline and latest
          </Link>
        </p>
      )}
      {canWrite && <StartAssessmentForm athleteId={athleteId} defaultKind={hasInitial ? "reassessment" : "initial"} />}
    </section>
  );
}
