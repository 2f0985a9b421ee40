"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { Alert } from "@/app/_components/form";
import { formatDate } from "@/app/_components/format";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { paperSizeLabels, reportKindLabels } from "@/server/domain/reports/schemas";

type Report = RouterOutputs["report"]["list"][number];

/** Issued reports, newest first: open or download the PDF as issued, and release one to the athlete's portal. */
export function IssuedReports({ reports, canWrite, hasPortalAccount }: { reports: Report[]; canWrite: boolean; hasPortalAccount: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const release = useMutation(trpc.report.release.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <section aria-labelledby="issued-heading" className="space-y-3">
      <h2 id="issued-heading" className="text-lg font-semibold text-slate-900">
        Issued reports
      </h2>
      {release.error && <Alert>{describeError(release.error).message}</Alert>}
      {reports.length === 0 ? (
        <p className="text-sm text-slate-700">No reports issued yet.</p>
      ) : (
        <DataTable caption="Issued reports" captionHidden>
          <TableHead columns={["Report", "Period", "Issued", "Athlete's portal", "PDF"]} />
          <tbody className="divide-y divide-slate-100">
            {reports.map((r) => {
              const label = `${reportKindLabels[r.kind]}, ${formatDate(r.periodFrom)} to ${formatDate(r.periodTo)}`;
              return (
                <tr key={r.id}>
                  <td className={tdClass}>
                    {reportKindLabels[r.kind]} <span className="text-slate-600">({paperSizeLabels[r.paper]})</span>
                  </td>
                  <td className={tdClass}>
                    {formatDate(r.periodFrom)} to {formatDate(r.periodTo)}
                  </td>
                  <td className={tdClass}>
                    {formatDate(r.issuedAt)} by {r.issuedByName}
                  </td>
                  <td className={tdClass}>
                    {r.releasedAt ? (
                      `Released ${formatDate(r.releasedAt)}`
                    ) : canWrite && hasPortalAccount ? (
                      <ConfirmButton
                        label="Release to athlete" confirmLabel="Confirm release" pendingLabel="Releasing…" subject={label} small pending={release.isPending} error={null}
                        explanation="The athlete will see this report in their portal; a release cannot be undone." onConfirm={() => release.mutate({ reportId: r.id })}
                      />
                    ) : (
                      "Not released"
                    )}
                  </td>
                  <td className={`${tdClass} space-x-3 whitespace-nowrap`}>
                    <a href={`/api/reports/${r.id}`} target="_blank" rel="noopener" className="font-medium text-brand-700 underline" aria-label={`Open to print: ${label}`}>
                      Open
                    </a>
                    <a href={`/api/reports/${r.id}?download=1`} download className="font-medium text-brand-700 underline" aria-label={`Download PDF: ${label}`}>
                      Download
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
