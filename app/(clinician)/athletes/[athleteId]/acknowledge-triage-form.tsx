"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, type FormEvent } from "react";
import { Alert, SelectField, TextField, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { triageActionLabels, triageActions } from "@/server/domain/triage/schemas";

/** Records what was done about a red flag; only then does it stop showing as open. */
export function AcknowledgeTriageForm({ triageId }: { triageId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const ids = useId();
  const acknowledge = useMutation(trpc.triage.acknowledge.mutationOptions({ onSuccess: () => router.refresh() }));
  const problem = acknowledge.error ? describeError(acknowledge.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    acknowledge.mutate({
      triageId,
      action: String(form.get("action")) as (typeof triageActions)[number],
      note: String(form.get("note") ?? ""),
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end" noValidate>
      {problem && (
        <div className="sm:col-span-3">
          <Alert>{problem.message}</Alert>
        </div>
      )}
      <SelectField
        id={`${ids}-action`} name="action" label="What was done" required placeholder="Choose…"
        options={triageActions.map((a) => ({ value: a, label: triageActionLabels[a] }))} errors={problem?.fieldErrors.action}
      />
      <TextField id={`${ids}-note`} name="note" label="Note" required errors={problem?.fieldErrors.note} />
      <button type="submit" className={buttonClass()} disabled={acknowledge.isPending}>
        {acknowledge.isPending ? "Saving…" : "Acknowledge"}
      </button>
    </form>
  );
}
