"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Alert, CheckboxField, TextField, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { instruments } from "@/server/domain/scoring/instruments";
import {
  defaultProtocolSettings, protocolSettingLimits, type ProtocolSettingKey,
} from "@/server/domain/progression/settings";
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

/** The clinic's protocol (R10): every threshold with its allowed range; the server checks them too. */
export function ProtocolForm({ protocol, version }: { protocol: Record<ProtocolSettingKey, number>; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.settings.updateProtocol.mutationOptions({ onSuccess: () => router.refresh() }));
  const problem = save.error ? describeError(save.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Only values that differ from R10's defaults are stored, so a later change of a default reaches the clinic.
    const overrides = Object.fromEntries(
      protocolKeys
        .map((key) => [key, Number(form.get(key))] as const)
        .filter(([key, value]) => value !== defaultProtocolSettings[key]),
    );
    save.mutate({ protocol: overrides, version });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      {problem && <Alert>{problem.message}</Alert>}
      {save.isSuccess && (
        <p role="status" className="text-sm text-green-800">
          Saved.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {protocolKeys.map((key) => {
          const limit = protocolSettingLimits[key];
          return (
            <TextField
              key={key} name={key} label={`${limit.label}${limit.unit ? ` (${limit.unit})` : ""}`} type="number"
              min={limit.min} max={limit.max} step={limit.kind === "decimal" ? 0.01 : 1} defaultValue={String(protocol[key])}
              hint={`${limit.min}–${limit.max}, default ${defaultProtocolSettings[key]}`} errors={problem?.fieldErrors.protocol}
            />
          );
        })}
      </div>
      <button type="submit" className={buttonClass()} disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save protocol"}
      </button>
    </form>
  );
}

const protocolKeys = Object.keys(defaultProtocolSettings) as ProtocolSettingKey[];
