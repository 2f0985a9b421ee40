"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Alert, SelectField, SubmitButton } from "@/app/_components/form";
import { availableInstruments } from "@/app/_components/questionnaires/record-outcome-panel";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";
import { instruments, type InstrumentId } from "@/server/domain/scoring/instruments";

/** Sends a questionnaire to the athlete's portal; the score lands on the record when they answer. */
export function RequestOutcomeForm({ athleteId, hasPortalAccount, licensedAddOns }: { athleteId: string; hasPortalAccount: boolean; licensedAddOns: Record<string, string> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const request = useCreateMutation(trpc.outcome.request.mutationOptions({ onSuccess: () => router.refresh() }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const instrument = String(new FormData(event.currentTarget).get("requestInstrument")) as InstrumentId;
    request.submit({ athleteId, instrument });
  }

  const sent = request.data;
  const hintId = "request-outcome-hint";
  return (
    <form onSubmit={onSubmit} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      {request.error && <Alert>{describeError(request.error).message}</Alert>}
      {sent && (
        <p role="status" className="text-sm font-medium text-green-800">
          {instruments[sent.instrument].title} sent to the athlete&apos;s portal.
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          name="requestInstrument" label="Send to the athlete's portal" disabled={!hasPortalAccount} aria-describedby={hintId}
          // DN4 and LANSS include examination items only a clinician can do: recorded in clinic, never sent.
          options={availableInstruments(licensedAddOns).filter((id) => id !== "DN4" && id !== "LANSS").map((id) => ({ value: id, label: instruments[id].title }))}
        />
        <SubmitButton variant="secondary" pending={request.isPending} pendingLabel="Sending…" disabled={!hasPortalAccount} aria-describedby={hintId}>
          Send questionnaire
        </SubmitButton>
      </div>
      <p id={hintId} className="text-sm text-slate-600">
        {hasPortalAccount
          ? "The athlete fills it in on their phone; the score lands on this record."
          : "The athlete has no portal account yet: invite them to the portal first."}
      </p>
    </form>
  );
}
