"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, TextField, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { updatePlanSettingsInput } from "@/server/domain/plans/schemas";
import { protocolSettingLimits, type ProtocolSettingKey } from "@/server/domain/progression/settings";
import { ActionPanel, ReasonField } from "./plan-actions";

/** The protocol keys that shape one plan's weekly rules (docs/clinical-rules.md R2–R4); the rest are clinic-wide. */
const planKeys = [
  "greenMaxPeak", "redMinPeak", "settleAmberMinutes", "onsetEarlierRatio", "runsPerWeek", "cap", "regressFactor",
  "cutbackAfter", "cutbackFactor", "singleRunWarn", "singleRunBlock", "reviewAfterNoProgressWeeks",
] as const satisfies readonly ProtocolSettingKey[];

/**
 * This plan's own protocol (docs/clinical-rules.md R10, R4.10: editable per plan), shown as the values in force. Changed values join
 * the plan's earlier overrides; the change needs a reason and is stored as an override decision.
 */
export function PlanProtocolForm({ planId, settings, overrides }: { planId: string; settings: Record<ProtocolSettingKey, number>; overrides: Record<string, number> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState("");
  const [saved, setSaved] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const update = useMutation(trpc.plan.updateSettings.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const changed = Object.fromEntries(
      planKeys
        .map((key) => {
          const raw = String(form.get(key) ?? "").trim();
          return [key, raw === "" ? Number.NaN : Number(raw)] as const;
        })
        .filter(([key, value]) => value !== settings[key]),
    );
    if (Object.keys(changed).length === 0) return setMessage("Nothing changed: edit a value first.");
    const checked = updatePlanSettingsInput.safeParse({ planId, settingsOverrides: { ...overrides, ...changed }, reason });
    if (!checked.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0] === "settingsOverrides" ? (issue.path[1] ?? "settingsOverrides") : issue.path[0]);
        (errors[key] ??= []).push(issue.message);
      }
      setFieldErrors(errors);
      return setMessage(errors.settingsOverrides?.[0] ?? "Please correct the highlighted fields");
    }
    setFieldErrors({});
    setMessage("");
    update.mutate(checked.data, {
      onSuccess: () => {
        setReason("");
        setSaved(true);
        router.refresh();
      },
      onError: (error) => {
        const problem = describeError(error);
        setFieldErrors(problem.fieldErrors as Record<string, string[]>);
        setMessage(problem.message);
      },
    });
  }

  return (
    <ActionPanel id="plan-protocol-heading" title="This plan's protocol" description="The rules this plan is judged by. Changes apply from the next weekly decision and are kept with a reason.">
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {message && <Alert>{message}</Alert>}
        {saved && <Alert tone="success">Plan protocol saved.</Alert>}
        <div className="grid gap-3 sm:grid-cols-2">
          {planKeys.map((key) => {
            const limit = protocolSettingLimits[key];
            return (
              <TextField
                key={key} id={`plan-protocol-${key}`} name={key} label={`${limit.label}${limit.unit ? ` (${limit.unit})` : ""}`} type="number"
                inputMode={limit.kind === "decimal" ? "decimal" : "numeric"} min={limit.min} max={limit.max} step={limit.kind === "decimal" ? 0.01 : 1}
                defaultValue={String(settings[key])} hint={`${limit.min}–${limit.max}${key in overrides ? " · set for this plan" : ""}`}
                errors={fieldErrors[key]} disabled={update.isPending}
              />
            );
          })}
        </div>
        <ReasonField id="plan-protocol-reason" purpose="for the protocol change" value={reason} onChange={setReason} errors={fieldErrors.reason} disabled={update.isPending} />
        <button type="submit" className={buttonClass()} disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save plan protocol"}
        </button>
      </form>
    </ActionPanel>
  );
}
