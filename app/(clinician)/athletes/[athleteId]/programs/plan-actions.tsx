"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { Alert, SelectField, TextField, buttonClass } from "@/app/_components/form";
import { prescriptionText, stageOptions } from "@/app/_components/plan/labels";
import { validateInput } from "@/app/_components/validate";
import { describeError, useTRPC, type FieldErrors } from "@/app/_trpc/client";
import { useMutationOnce } from "@/app/_trpc/use-create-mutation";
import { overridePlanInput, planActionInput } from "@/server/domain/plans/schemas";

type PlanSummary = {
  id: string;
  stage: number;
  weeklyMinutes: number | null;
  targetWeeklyMinutes: number;
  frozen: boolean;
  paused: boolean;
  redFlagOpen: boolean;
};

type Notice = { tone: "success"; text: string } | null;

/**
 * The therapist's changes to a plan (docs/clinical-rules.md R4.10), each with a required reason that is stored with the decision
 * and audited: override the prescription, sign off a frozen plan, pause or resume it.
 */
export function PlanActions({ plan }: { plan: PlanSummary }) {
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <div className="space-y-4">
      <div role="status">{notice && <Alert tone="success">{notice.text}</Alert>}</div>
      <div className="grid gap-4 lg:grid-cols-2">
        <OverrideForm plan={plan} onDone={(text) => setNotice({ tone: "success", text })} onStart={() => setNotice(null)} />
        <div className="space-y-4">
          {plan.frozen && (
            <ReasonAction
              kind="signOff" planId={plan.id} title="Sign off review" button="Sign off review"
              description="Ends the freeze: progress decisions apply again, and both freeze counts restart."
              onDone={(text) => setNotice({ tone: "success", text })} onStart={() => setNotice(null)} done="Review signed off: the plan can progress again."
            />
          )}
          {plan.paused ? (
            <ReasonAction
              key="resume" kind="resume" planId={plan.id} title="Resume plan" button="Resume plan"
              description={
                plan.redFlagOpen
                  ? "An emergency or urgent red flag is still open: acknowledge it on the athlete's page first; until then resuming is refused."
                  : "Runs start again at the stage and minutes the plan had. Say why it is safe to resume."
              }
              onDone={(text) => setNotice({ tone: "success", text })} onStart={() => setNotice(null)} done="Plan resumed: runs are prescribed again."
            />
          ) : (
            <ReasonAction
              key="pause" kind="pause" planId={plan.id} title="Pause plan" button="Pause plan"
              description="No runs are prescribed and weekly decisions are not applied until you resume it."
              onDone={(text) => setNotice({ tone: "success", text })} onStart={() => setNotice(null)} done="Plan paused: no runs are prescribed until it is resumed."
            />
          )}
        </div>
      </div>
    </div>
  );
}

const panelClass = "space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

export function ActionPanel({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={panelClass}>
      <div className="space-y-1">
        <h4 id={id} className="text-sm font-semibold text-slate-900">
          {title}
        </h4>
        <p className="text-sm text-slate-700">{description}</p>
      </div>
      {children}
    </section>
  );
}

/** A required reason, kept with the decision: overrides, sign-off, pause and resume are audited (docs/clinical-rules.md R4.10). */
export function ReasonField({ id, value, onChange, errors, disabled, purpose }: {
  id: string; value: string; onChange: (value: string) => void; errors?: string[]; disabled: boolean; purpose: string;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Reason<span className="sr-only"> {purpose}</span>
      </label>
      <textarea
        id={id} rows={2} maxLength={1000} required value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${hintId} ${errorId}` : hintId}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600"
      />
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        Required; kept with the plan&apos;s decisions and in the audit log.
      </p>
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {errors.join(". ")}
        </p>
      ) : null}
    </div>
  );
}

type Callbacks = { onDone: (text: string) => void; onStart: () => void };

function OverrideForm({ plan, onDone, onStart }: { plan: PlanSummary } & Callbacks) {
  const trpc = useTRPC();
  const router = useRouter();
  const [stage, setStage] = useState(String(plan.stage));
  const [weeklyMinutes, setWeeklyMinutes] = useState(plan.weeklyMinutes === null ? "" : String(plan.weeklyMinutes));
  const [target, setTarget] = useState(String(plan.targetWeeklyMinutes));
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const override = useMutationOnce(trpc.plan.override.mutationOptions());
  const isS8 = stage === "8";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onStart();
    setMessage("");
    const nextStage = Number(stage);
    const minutes = isS8 && weeklyMinutes.trim() !== "" ? Number(weeklyMinutes) : null;
    const nextTarget = target.trim() === "" ? undefined : Number(target);
    // Only what changed is sent: the same stage again would still end a cut-back week.
    const values = {
      planId: plan.id,
      stage: nextStage !== plan.stage ? nextStage : undefined,
      weeklyMinutes: minutes !== null && minutes !== plan.weeklyMinutes ? minutes : undefined,
      targetWeeklyMinutes: nextTarget !== plan.targetWeeklyMinutes ? nextTarget : undefined,
      reason,
    };
    const checked = validateInput(overridePlanInput, values);
    const errors: FieldErrors = checked.ok ? {} : { ...checked.errors.fieldErrors };
    if (isS8 && minutes === null) errors.weeklyMinutes = ["S8 needs its weekly minutes"];
    if (target.trim() === "") errors.targetWeeklyMinutes = ["Enter the target in whole weekly minutes"];
    if (Object.values(errors).some((e) => e?.length) || !checked.ok) {
      setFieldErrors(errors);
      return setMessage("Please correct the highlighted fields");
    }
    if (checked.data.stage === undefined && checked.data.weeklyMinutes == null && checked.data.targetWeeklyMinutes === undefined) {
      setFieldErrors({});
      return setMessage("Nothing to override: change the stage, the weekly minutes or the target.");
    }
    setFieldErrors({});
    override.submit(checked.data, {
      onSuccess: (saved) => {
        setReason("");
        onDone(`Prescription overridden: now ${prescriptionText(saved.state)}, target ${saved.state.targetWeeklyMinutes} min a week.`);
        router.refresh();
      },
      onError: (error) => {
        const problem = describeError(error);
        setFieldErrors(problem.fieldErrors);
        setMessage(problem.message);
      },
    });
  }

  return (
    <ActionPanel id="override-heading" title="Override prescription" description="Set any stage, S8 weekly minutes or target; the weekly rules carry on from there.">
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {message && <Alert>{message}</Alert>}
        <SelectField
          id="override-stage" name="stage" label="Stage" value={stage} options={stageOptions} disabled={override.isPending} errors={fieldErrors.stage}
          onChange={(e) => setStage(e.target.value)}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            id="override-weekly" name="weeklyMinutes" label="Weekly minutes (S8 only)" type="number" inputMode="numeric" min={1} max={1200} step={1}
            value={isS8 ? weeklyMinutes : ""} disabled={override.isPending || !isS8} errors={fieldErrors.weeklyMinutes}
            onChange={(e) => setWeeklyMinutes(e.target.value)}
          />
          <TextField
            id="override-target" name="targetWeeklyMinutes" label="Target weekly minutes" type="number" inputMode="numeric" min={1} max={1200} step={1}
            value={target} disabled={override.isPending} errors={fieldErrors.targetWeeklyMinutes} onChange={(e) => setTarget(e.target.value)}
          />
        </div>
        <ReasonField id="override-reason" purpose="for the override" value={reason} onChange={setReason} errors={fieldErrors.reason} disabled={override.isPending} />
        <button type="submit" className={buttonClass()} disabled={override.isPending}>
          {override.isPending ? "Saving…" : "Override prescription"}
        </button>
      </form>
    </ActionPanel>
  );
}

type ReasonKind = "signOff" | "pause" | "resume";

function ReasonAction({ kind, planId, title, button, description, done, onDone, onStart }: {
  kind: ReasonKind; planId: string; title: string; button: string; description: string; done: string;
} & Callbacks) {
  const trpc = useTRPC();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const procedure = kind === "signOff" ? trpc.plan.signOff : kind === "pause" ? trpc.plan.pause : trpc.plan.resume;
  const action = useMutation(procedure.mutationOptions());
  const id = `plan-${kind}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onStart();
    setMessage("");
    const checked = validateInput(planActionInput, { planId, reason });
    if (!checked.ok) {
      setFieldErrors(checked.errors.fieldErrors);
      return setMessage(checked.errors.message);
    }
    setFieldErrors({});
    action.mutate(checked.data, {
      onSuccess: () => {
        setReason("");
        onDone(done);
        router.refresh();
      },
      onError: (error) => {
        const problem = describeError(error);
        setFieldErrors(problem.fieldErrors);
        setMessage(problem.message);
      },
    });
  }

  return (
    <ActionPanel id={`${id}-heading`} title={title} description={description}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {message && <Alert>{message}</Alert>}
        <ReasonField id={`${id}-reason`} purpose={`to ${title.toLowerCase()}`} value={reason} onChange={setReason} errors={fieldErrors.reason} disabled={action.isPending} />
        <button type="submit" className={buttonClass(kind === "pause" ? "danger" : "primary")} disabled={action.isPending}>
          {action.isPending ? "Saving…" : button}
        </button>
      </form>
    </ActionPanel>
  );
}
