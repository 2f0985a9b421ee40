"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { Alert, TextField, buttonClass } from "@/app/_components/form";
import { formatDate } from "@/app/_components/format";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { paperSizeLabels, reportKindLabels } from "@/server/domain/reports/schemas";

type Report = RouterOutputs["report"]["list"][number];

/** A report's state in words: void with its reason, replaced by a later one, or the correction of an earlier one. */
function ReportState({ report, reports }: { report: Report; reports: Report[] }) {
  const replaced = report.supersedesReportId ? reports.find((r) => r.id === report.supersedesReportId) : null;
  return (
    <>
      {report.voidedAt && (
        <p className="mt-1 text-sm">
          <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-bold tracking-wide text-red-800">VOID</span>{" "}
          {report.supersededBy ? `Replaced by the report issued ${formatDate(report.supersededBy.issuedAt)}` : `Voided ${formatDate(report.voidedAt)}`}: {report.voidReason}
        </p>
      )}
      {replaced && <p className="mt-1 text-sm text-slate-700">Replaces the report issued {formatDate(replaced.issuedAt)}</p>}
    </>
  );
}

/** Voids a report entered in error, with the reason; the report stays listed and downloadable as issued. */
function VoidReport({ report, label }: { report: Report; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const voidReport = useMutation(trpc.report.void.mutationOptions({ onSuccess: () => { setOpen(false); router.refresh(); } }));
  const problem = voidReport.error ? describeError(voidReport.error) : null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!voidReport.isPending) voidReport.mutate({ reportId: report.id, reason });
  }
  if (!open) {
    return (
      <button type="button" className={buttonClass("secondary")} aria-label={`Void: ${label}`} onClick={() => setOpen(true)}>
        Void…
      </button>
    );
  }
  return (
    <form onSubmit={submit} aria-label={`Void ${label}`} className="mt-2 space-y-2" noValidate>
      {problem && <Alert>{problem.message}</Alert>}
      <TextField
        id={`void-reason-${report.id}`} name="reason" label="Why is this report void?" maxLength={500} value={reason} errors={problem?.fieldErrors.reason}
        hint="Kept with the report. It stays in the record, marked void, and is withdrawn from the athlete's portal." onChange={(e) => setReason(e.target.value)}
      />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("danger")} disabled={voidReport.isPending}>
          {voidReport.isPending ? "Voiding…" : "Void report"}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Issued reports, newest first: open or download the PDF as issued, release one to the athlete's portal, or void it. */
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
                    <ReportState report={r} reports={reports} />
                    {canWrite && !r.voidedAt && <div className="mt-2"><VoidReport report={r} label={label} /></div>}
                  </td>
                  <td className={tdClass}>
                    {formatDate(r.periodFrom)} to {formatDate(r.periodTo)}
                  </td>
                  <td className={tdClass}>
                    {formatDate(r.issuedAt)} by {r.issuedByName}
                  </td>
                  <td className={tdClass}>
                    {r.releasedAt ? (
                      r.voidedAt ? `Withdrawn ${formatDate(r.voidedAt)} (was released ${formatDate(r.releasedAt)})` : `Released ${formatDate(r.releasedAt)}`
                    ) : r.voidedAt ? (
                      "Not released"
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
