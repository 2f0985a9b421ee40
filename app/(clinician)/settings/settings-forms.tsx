"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Alert, CheckboxField, TextField, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { instruments } from "@/server/domain/scoring/instruments";
import { addOnInstrumentIds } from "@/server/domain/settings/schemas";

/** Add-ons are off by default; enabling one records the clinic's licence. */
export function AddOnsForm({ licensedAddOns, version }: { licensedAddOns: Record<string, string>; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.settings.updateAddOns.mutationOptions({ onSuccess: () => router.refresh() }));
  const problem = save.error ? describeError(save.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const enabled = Object.fromEntries(
      addOnInstrumentIds.filter((id) => form.get(`enable-${id}`) === "on").map((id) => [id, String(form.get(`licence-${id}`) ?? "")]),
    );
    save.mutate({ licensedAddOns: enabled, version });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      {problem && <Alert>{problem.message}</Alert>}
      {save.isSuccess && (
        <p role="status" className="text-sm text-green-800">
          Saved.
        </p>
      )}
      {addOnInstrumentIds.map((id) => (
        <fieldset key={id} className="space-y-2 border-t border-slate-100 pt-3 first:border-0 first:pt-0">
          <legend className="font-medium text-slate-900">{instruments[id].title}</legend>
          <CheckboxField name={`enable-${id}`} label={`Enable ${instruments[id].title}`} defaultChecked={Boolean(licensedAddOns[id])} />
          <TextField
            name={`licence-${id}`} label={`Licence reference for ${instruments[id].title}`} defaultValue={licensedAddOns[id] ?? ""}
            hint={instruments[id].licenceNote} errors={problem?.fieldErrors.licensedAddOns}
          />
        </fieldset>
      ))}
      <button type="submit" className={buttonClass()} disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save questionnaires"}
      </button>
    </form>
  );
}

/** R10 settings the clinic edits; the allowed range is enforced on the server too. */
export function ProtocolForm({ neuroAsymmetryFlagDegrees, version }: { neuroAsymmetryFlagDegrees: number; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.settings.updateProtocol.mutationOptions({ onSuccess: () => router.refresh() }));
  const problem = save.error ? describeError(save.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({ neuroAsymmetryFlagDegrees: Number(form.get("neuroAsymmetryFlagDegrees")), version });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      {problem && <Alert>{problem.message}</Alert>}
      {save.isSuccess && (
        <p role="status" className="text-sm text-green-800">
          Saved.
        </p>
      )}
      <TextField
        name="neuroAsymmetryFlagDegrees" label="Neurodynamic asymmetry flag (degrees)" type="number" min={8} max={15}
        defaultValue={String(neuroAsymmetryFlagDegrees)} hint="Side-to-side difference flagged as beyond normal; 8–15, default 10 (DOMAIN 2.2)"
        errors={problem?.fieldErrors.neuroAsymmetryFlagDegrees}
      />
      <button type="submit" className={buttonClass()} disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save protocol"}
      </button>
    </form>
  );
}
