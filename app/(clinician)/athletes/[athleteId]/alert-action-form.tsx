"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert, TextField, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";

/** Acknowledge (being handled, stays open) or resolve (ends) an alert, always with a note; both are audited. */
export function AlertActionForm({ alertId, label, canAcknowledge }: { alertId: string; label: string; canAcknowledge: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const ids = useId();
  const [note, setNote] = useState("");
  const options = { onSuccess: () => { setNote(""); router.refresh(); } };
  const acknowledge = useMutation(trpc.alert.acknowledge.mutationOptions(options));
  const resolve = useMutation(trpc.alert.resolve.mutationOptions(options));
  const failed = acknowledge.error ?? resolve.error;
  const problem = failed ? describeError(failed) : null;
  const pending = acknowledge.isPending || resolve.isPending;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const action = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "acknowledge" ? acknowledge : resolve;
    // Two mutations share one message: a failed acknowledge must not stay shown after a resolve.
    acknowledge.reset();
    resolve.reset();
    action.mutate({ alertId, note });
  }

  return (
    <form onSubmit={submit} aria-label={`Handle alert: ${label}`} className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" noValidate>
      {problem && (
        <div className="sm:col-span-2">
          <Alert>{problem.message}</Alert>
        </div>
      )}
      <TextField id={`${ids}-note`} name="note" label="Note" hint="What was done or decided" value={note} onChange={(e) => setNote(e.target.value)} errors={problem?.fieldErrors.note} />
      <div className="flex gap-2">
        {canAcknowledge && (
          <button type="submit" name="action" value="acknowledge" className={buttonClass("secondary")} disabled={pending}>
            Acknowledge
          </button>
        )}
        <button type="submit" name="action" value="resolve" className={buttonClass()} disabled={pending}>
          Resolve
        </button>
      </div>
    </form>
  );
}
