"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Alert, SelectField, SubmitButton, TextField } from "@/app/_components/form";
import { todayIso } from "@/app/_components/format";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { dateRange } from "@/server/domain/dates";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";

/** Starts a dated visit as a draft and opens it. */
export function StartAssessmentForm({ athleteId, defaultKind }: { athleteId: string; defaultKind: "initial" | "reassessment" }) {
  const trpc = useTRPC();
  const router = useRouter();
  const start = useCreateMutation(trpc.assessment.start.mutationOptions({ onSuccess: (visit) => router.push(`/athletes/${athleteId}/assessments/${visit.id}`) }));
  const problem = start.error ? describeError(start.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    start.submit({ athleteId, kind: String(form.get("kind")) as "initial" | "reassessment", visitDate: String(form.get("visitDate")) });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" noValidate>
      {problem && (
        <div className="w-full">
          <Alert>{problem.message}</Alert>
        </div>
      )}
      <SelectField
        name="kind" label="Visit type" defaultValue={defaultKind}
        options={[{ value: "initial", label: "Initial assessment" }, { value: "reassessment", label: "Re-assessment" }]}
        errors={problem?.fieldErrors.kind}
      />
      <TextField name="visitDate" label="Visit date" type="date" required {...dateRange("visit", todayIso())} defaultValue={todayIso()} errors={problem?.fieldErrors.visitDate} />
      <SubmitButton pending={start.isPending || start.isSuccess} pendingLabel="Starting…">
        Start assessment
      </SubmitButton>
    </form>
  );
}
