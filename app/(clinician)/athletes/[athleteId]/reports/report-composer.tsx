"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert, CheckboxField, SelectField, TextField, buttonClass } from "@/app/_components/form";
import { formatDate } from "@/app/_components/format";
import type { RouterInputs, RouterOutputs } from "@/app/_components/router-types";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { paperSizeLabels, paperSizes, reportKindLabels, reportKinds } from "@/server/domain/reports/schemas";
import { ReportPreview, type ReportText } from "./report-preview";

type Draft = RouterInputs["report"]["preview"];
type Issued = RouterOutputs["report"]["issue"];
type Report = RouterOutputs["report"]["list"][number];

const kindOptions = reportKinds.map((k) => ({ value: k, label: reportKindLabels[k] }));
const paperOptions = paperSizes.map((p) => ({ value: p, label: paperSizeLabels[p] }));
const emptyText: ReportText = { referrer: "", claim: "", diagnosis: "", goals: "", impression: "", planText: "", goalsMet: "", returnAdvice: "" };

/** A fresh idempotency key: one per report being written, so a double click or a retry issues it once. */
const newRequestKey = () => crypto.randomUUID();

/**
 * Choose the kind, paper and period, preview the report with the period's data, write the impression
 * and plan in place, then issue it: the issued PDF is stored and can be downloaded at once.
 */
export function ReportComposer({ athleteId, today, defaultFrom, reports, athleteGoal }: {
  athleteId: string; today: string; defaultFrom: string; reports: Report[]; athleteGoal: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [requestKey, setRequestKey] = useState(newRequestKey);
  const inFlight = useRef(false);
  const [dataOnly, setDataOnly] = useState(false);
  const [replaces, setReplaces] = useState<{ reportId: string; reason: string }>({ reportId: "", reason: "" });
  const replaceable = reports.filter((r) => !r.voidedAt);
  const [settings, setSettings] = useState<Draft>({ athleteId, kind: "progress", paper: "A4", from: defaultFrom, to: today });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [text, setText] = useState<ReportText>(emptyText);
  const [issued, setIssued] = useState<Issued | null>(null);
  const preview = useQuery(trpc.report.preview.queryOptions(draft ?? settings, { enabled: draft !== null, retry: false }));
  const issue = useMutation(
    trpc.report.issue.mutationOptions({
      onSuccess: (report) => {
        setIssued(report);
        setDraft(null);
        setText(emptyText);
        setDataOnly(false);
        setReplaces({ reportId: "", reason: "" });
        setRequestKey(newRequestKey());
        router.refresh();
      },
    }),
  );
  const previewProblem = preview.error ? describeError(preview.error) : null;
  const issueProblem = issue.error ? describeError(issue.error) : null;

  function showPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIssued(null);
    issue.reset();
    setDraft({ ...settings });
    setText((t) => (t.goals === "" && athleteGoal ? { ...t, goals: athleteGoal } : t));
  }

  function submitIssue(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The button disables only after the next render: a fast second click must not send again.
    if (!draft || inFlight.current) return;
    inFlight.current = true;
    issue.mutate(
      { requestKey, draft, ...text, dataOnly, replaces: replaces.reportId ? replaces : null },
      { onSettled: () => { inFlight.current = false; } },
    );
  }

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setSettings((s) => ({ ...s, [key]: value }));

  return (
    <section aria-labelledby="new-report-heading" className="space-y-4">
      <h2 id="new-report-heading" className="text-lg font-semibold text-slate-900">
        New report
      </h2>
      {issued && (
        <Alert tone="success">
          {reportKindLabels[issued.kind]} issued.{" "}
          <a href={`/api/reports/${issued.id}?download=1`} download className="font-semibold underline">
            Download the PDF
          </a>{" "}
          or{" "}
          <a href={`/api/reports/${issued.id}`} target="_blank" rel="noopener" className="font-semibold underline">
            open it to print
          </a>
          .
        </Alert>
      )}
      <form onSubmit={showPreview} aria-label="Report settings" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5 lg:items-end" noValidate>
        <SelectField name="kind" label="Kind" options={kindOptions} value={settings.kind} onChange={(e) => set("kind", e.target.value as Draft["kind"])} />
        <SelectField name="paper" label="Paper" options={paperOptions} value={settings.paper} onChange={(e) => set("paper", e.target.value as Draft["paper"])} />
        <TextField name="from" label="From" type="date" max={today} value={settings.from} onChange={(e) => set("from", e.target.value)} errors={previewProblem?.fieldErrors.from} />
        <TextField name="to" label="To" type="date" max={today} value={settings.to} onChange={(e) => set("to", e.target.value)} errors={previewProblem?.fieldErrors.to} />
        <button type="submit" className={buttonClass("secondary")}>
          Preview report
        </button>
      </form>
      {previewProblem && <Alert>{previewProblem.message}</Alert>}
      {preview.isFetching && <p role="status">Loading the preview…</p>}
      {draft && preview.data && !preview.isFetching && (
        <form onSubmit={submitIssue} aria-label="Report preview" className="space-y-4" noValidate>
          {issueProblem && <Alert>{issueProblem.message}</Alert>}
          <ReportPreview model={preview.data} kind={draft.kind} text={text} onText={setText} errors={issueProblem?.fieldErrors ?? {}} />
          {replaceable.length > 0 && (
            <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
              <legend className="px-1 text-sm font-semibold text-slate-900">Correcting an issued report?</legend>
              <SelectField
                name="replaces" label="This report replaces" placeholder="None: a new report" value={replaces.reportId}
                options={replaceable.map((r) => ({ value: r.id, label: `${reportKindLabels[r.kind]}, ${formatDate(r.periodFrom)} to ${formatDate(r.periodTo)}, issued ${formatDate(r.issuedAt)}` }))}
                onChange={(e) => setReplaces((x) => ({ ...x, reportId: e.target.value }))}
                hint="The report it replaces is marked void and stays in the record."
              />
              {replaces.reportId && (
                <TextField
                  name="replaceReason" label="Why it is replaced" maxLength={500} value={replaces.reason} errors={issueProblem?.fieldErrors.replaces}
                  onChange={(e) => setReplaces((x) => ({ ...x, reason: e.target.value }))}
                />
              )}
            </fieldset>
          )}
          <CheckboxField
            name="dataOnly" label="Issue as a data-only report, with no impression or plan written" checked={dataOnly}
            onChange={(e) => setDataOnly(e.target.checked)}
            hint="Only when the reader needs the figures alone; the report then says that no impression or plan was written."
          />
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={buttonClass()} disabled={issue.isPending}>
              {issue.isPending ? "Issuing…" : "Issue report"}
            </button>
            <p className="text-sm text-slate-700">An issued report is kept exactly as issued; to correct one, issue a report that replaces it.</p>
          </div>
        </form>
      )}
    </section>
  );
}
