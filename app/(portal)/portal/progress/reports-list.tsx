import { formatDate } from "@/app/_components/format";
import type { RouterOutputs } from "@/app/_components/router-types";
import { reportKindLabels } from "@/server/domain/reports/schemas";

type Report = RouterOutputs["portal"]["reports"][number];

/** Reports the therapist released to the athlete, as PDFs to save or share; one withdrawn since is named, without its PDF. */
export function ReportsList({ reports }: { reports: Report[] }) {
  return (
    <section aria-labelledby="reports-heading" className="space-y-3">
      <h2 id="reports-heading" className="text-lg font-semibold">
        Reports from your therapist
      </h2>
      {reports.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-700 shadow-sm">None yet. When your therapist shares a report with you, it appears here.</p>
      ) : (
        <ul className="space-y-2">
          {reports.map((r) => (
            <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <p className="font-semibold text-slate-900">{reportKindLabels[r.kind]}</p>
              <p className="text-sm text-slate-700">
                {formatDate(r.periodFrom)} to {formatDate(r.periodTo)}, by {r.issuedByName}
              </p>
              {r.withdrawnAt ? (
                <p className="mt-2 text-sm font-semibold text-slate-800">
                  Withdrawn by your therapist on {formatDate(r.withdrawnAt)}. Please do not use it; ask your therapist if you have a copy.
                </p>
              ) : (
                <a
                  href={`/api/reports/${r.id}?download=1`} download
                  className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
                  aria-label={`Download PDF: ${reportKindLabels[r.kind]}, ${formatDate(r.periodFrom)} to ${formatDate(r.periodTo)}`}
                >
                  Download PDF
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
