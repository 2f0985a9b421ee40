"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, CheckboxField, TextField, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { instruments } from "@/server/domain/scoring/instruments";
import {
  defaultProtocolSettings, protocolSettingLimits, type ProtocolSettingKey,
} from "@/server/domain/progression/settings";
import {
  addOnInstrumentIds, updateLicensedAddOnsInput, updateProtocolSettingsInput, type AddOnInstrumentId,
} from "@/server/domain/settings/schemas";

type FieldErrors = Record<string, string[]>;
type Problem = { message: string; fields: FieldErrors; isConflict: boolean };

const isConflict = (error: unknown) => error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "CONFLICT";

/** Zod issues of a settings input, keyed by the setting they concern (path `[group, key]`). */
function issuesByKey(issues: readonly { path: PropertyKey[]; message: string }[]): { message: string; fields: FieldErrors } {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path[1];
    if (typeof key === "string") fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return { message: issues[0]?.message ?? "Please correct the highlighted fields", fields };
}

/** A failed save: a conflict with another owner's save, or the server's message. */
function problemOf(error: unknown): Problem | null {
  if (!error) return null;
  if (isConflict(error)) {
    return {
      message: "Someone else saved the settings after you opened this page, so nothing was changed. Reload to see their values, then make your change again.",
      fields: {},
      isConflict: true,
    };
  }
  return { message: describeError(error).message, fields: {}, isConflict: false };
}

function ProblemAlert({ problem }: { problem: Problem }) {
  return (
    <Alert>
      <p>{problem.message}</p>
      {problem.isConflict && (
        <button type="button" className={`${buttonClass("secondary")} mt-2`} onClick={() => window.location.reload()}>
          Reload settings
        </button>
      )}
    </Alert>
  );
}

/** Add-ons are off by default; enabling one records the clinic's licence (docs/clinical-rules.md R9.6). */
export function AddOnsForm({ licensedAddOns, version }: { licensedAddOns: Record<string, string>; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [enabled, setEnabled] = useState<Record<AddOnInstrumentId, boolean>>(
    () => Object.fromEntries(addOnInstrumentIds.map((id) => [id, Boolean(licensedAddOns[id])])) as Record<AddOnInstrumentId, boolean>,
  );
  const [clientProblem, setClientProblem] = useState<Problem | null>(null);
  const save = useMutation(trpc.settings.updateAddOns.mutationOptions({ onSuccess: () => router.refresh() }));
  const problem = clientProblem ?? problemOf(save.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    const form = new FormData(event.currentTarget);
    const chosen = addOnInstrumentIds.filter((id) => enabled[id]);
    const missing = chosen.filter((id) => String(form.get(`licence-${id}`) ?? "").trim() === "");
    if (missing.length > 0) {
      return setClientProblem({
        message: "Record the licence of every questionnaire you enable",
        fields: Object.fromEntries(missing.map((id) => [id, [`Enter the licence reference for ${instruments[id].title}`]])),
        isConflict: false,
      });
    }
    const input = { licensedAddOns: Object.fromEntries(chosen.map((id) => [id, String(form.get(`licence-${id}`) ?? "").trim()])), version };
    const checked = updateLicensedAddOnsInput.safeParse(input);
    if (!checked.success) return setClientProblem({ ...issuesByKey(checked.error.issues), isConflict: false });
    setClientProblem(null);
    save.mutate(checked.data);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      {problem && <ProblemAlert problem={problem} />}
      {save.isSuccess && <Alert tone="success">Licensed questionnaires saved.</Alert>}
      {addOnInstrumentIds.map((id) => (
        <fieldset key={id} className="space-y-2 border-t border-slate-200 pt-3 first-of-type:border-0 first-of-type:pt-0">
          <legend className="font-medium text-slate-900">{instruments[id].title}</legend>
          <CheckboxField
            name={`enable-${id}`} label={`Enable ${instruments[id].title}`} checked={enabled[id]}
            onChange={(e) => setEnabled((current) => ({ ...current, [id]: e.target.checked }))}
          />
          <TextField
            name={`licence-${id}`} label={`Licence reference for ${instruments[id].title}`} defaultValue={licensedAddOns[id] ?? ""}
            required={enabled[id]} maxLength={500}
            hint={`${enabled[id] ? "Required while enabled: holder, reference and date of the licence. " : ""}${instruments[id].licenceNote}`}
            errors={problem?.fields[id]}
          />
        </fieldset>
      ))}
      <button type="submit" className={buttonClass()} disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save questionnaires"}
      </button>
    </form>
  );
}

/** Form labels where the domain's label is not what an owner looks for. */
const labelOverrides: Partial<Record<ProtocolSettingKey, string>> = {
  neuroAsymmetryFlagDegrees: "Neurodynamic asymmetry flag (degrees)",
};

function labelOf(key: ProtocolSettingKey): string {
  const limit = protocolSettingLimits[key];
  return labelOverrides[key] ?? `${limit.label}${limit.unit ? ` (${limit.unit})` : ""}`;
}

/** The clinic's protocol (docs/clinical-rules.md R10): every threshold with its allowed range; the server checks them too. */
export function ProtocolForm({ protocol, version }: { protocol: Record<ProtocolSettingKey, number>; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [clientProblem, setClientProblem] = useState<Problem | null>(null);
  const save = useMutation(trpc.settings.updateProtocol.mutationOptions({ onSuccess: () => router.refresh() }));
  const problem = clientProblem ?? problemOf(save.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    const form = new FormData(event.currentTarget);
    // Only values that differ from the defaults are stored, so a later change of a default reaches the clinic.
    const overrides = Object.fromEntries(
      protocolKeys
        .map((key) => {
          const raw = String(form.get(key) ?? "").trim();
          return [key, raw === "" ? Number.NaN : Number(raw)] as const;
        })
        .filter(([key, value]) => value !== defaultProtocolSettings[key]),
    );
    const checked = updateProtocolSettingsInput.safeParse({ protocol: overrides, version });
    if (!checked.success) return setClientProblem({ ...issuesByKey(checked.error.issues), isConflict: false });
    setClientProblem(null);
    save.mutate(checked.data);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      {problem && <ProblemAlert problem={problem} />}
      {save.isSuccess && <Alert tone="success">Protocol saved.</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        {protocolKeys.map((key) => {
          const limit = protocolSettingLimits[key];
          return (
            <TextField
              key={key} name={key} label={labelOf(key)} type="number" inputMode={limit.kind === "decimal" ? "decimal" : "numeric"}
              min={limit.min} max={limit.max} step={limit.kind === "decimal" ? 0.01 : 1} defaultValue={String(protocol[key])}
              hint={`${limit.min}–${limit.max}, default ${defaultProtocolSettings[key]}`} errors={problem?.fields[key]}
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
