"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, SelectField, SubmitButton } from "@/app/_components/form";
import { validateInput, type FormErrors } from "@/app/_components/validate";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";
import { createAthleteInput } from "@/server/domain/athletes/schemas";
import { AthleteFields, readAthleteForm } from "../athlete-form";

type Option = { value: string; label: string };

export function NewAthleteForm({ therapists, defaultTherapistId }: { therapists: Option[] | null; defaultTherapistId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const create = useCreateMutation(
    trpc.athlete.create.mutationOptions({
      onSuccess: (athlete) => router.push(`/athletes/${athlete.id}`),
      onError: (error) => setErrors(describeError(error)),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const therapistUserId = therapists ? String(form.get("therapistUserId") ?? "") || undefined : undefined;
    const checked = validateInput(createAthleteInput, { ...readAthleteForm(form), therapistUserId });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors(null);
    create.submit(checked.data);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {errors && <Alert>{errors.message}</Alert>}
      <AthleteFields errors={errors?.fieldErrors} />
      {therapists && (
        <SelectField
          name="therapistUserId" label="Therapist" hint="The athlete joins this clinician's caseload."
          options={therapists} defaultValue={defaultTherapistId} errors={errors?.fieldErrors.therapistUserId}
        />
      )}
      <SubmitButton pending={create.isPending || create.isSuccess} pendingLabel="Adding…">
        Add athlete
      </SubmitButton>
    </form>
  );
}
