"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, SubmitButton } from "@/app/_components/form";
import { checkRunPlanValues, emptyRunPlanValues, type RunPlanErrors, type RunPlanValues } from "@/app/_components/plan/run-plan-entry";
import { RunPlanFields, type EntrySuggestion } from "@/app/_components/plan/run-plan-fields";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";

/** Adds a run/walk plan to the active program (plan.create), entered at the suggested stage unless changed. */
export function AddRunPlanForm({ programId, suggestion }: { programId: string; suggestion: EntrySuggestion }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState<RunPlanValues>(emptyRunPlanValues);
  const [errors, setErrors] = useState<RunPlanErrors>({});
  const [message, setMessage] = useState("");
  const create = useCreateMutation(trpc.plan.create.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage("");
    const checked = checkRunPlanValues(values, suggestion.stage);
    if (!checked.ok) {
      setErrors(checked.errors);
      return setMessage("Please correct the highlighted fields");
    }
    setErrors({});
    create.submit(
      { ...checked.data, programId },
      {
        onSuccess: () => router.refresh(),
        onError: (error) => {
          const problem = describeError(error);
          setErrors(problem.fieldErrors);
          setMessage(problem.message);
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-plan-heading" className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h4 id="add-plan-heading" className="text-sm font-semibold text-slate-900">
        Add a graded run/walk plan
      </h4>
      {message && <Alert>{message}</Alert>}
      <RunPlanFields idPrefix="add-plan" values={values} onChange={setValues} suggestion={suggestion} errors={errors} disabled={create.isPending} />
      <p className="text-sm text-slate-600">The plan starts with the program: its weeks count from the program&apos;s start date.</p>
      <SubmitButton pending={create.isPending} pendingLabel="Adding…">
        Add run/walk plan
      </SubmitButton>
    </form>
  );
}
