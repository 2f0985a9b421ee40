"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, SelectField, SubmitButton, TextField } from "@/app/_components/form";
import { validateInput, formText, type FormErrors } from "@/app/_components/validate";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";
import { createExerciseInput } from "@/server/domain/exercises/schemas";

/** Adds one of the clinic's own exercises; the text must be enough to do it without a picture. */
export function AddExerciseForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [clientErrors, setClientErrors] = useState<FormErrors | null>(null);
  const create = useCreateMutation(trpc.exercise.create.mutationOptions());
  const problem = clientErrors ?? (create.error ? describeError(create.error) : null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const checked = validateInput(createExerciseInput, {
      name: formText(form, "name"),
      category: formText(form, "category"),
      target: formText(form, "target"),
      dosage: formText(form, "dosage"),
      cues: formText(form, "cues"),
      caution: formText(form, "caution") || null,
      glideKind: formText(form, "glideKind") || null,
      imageUrl: formText(form, "imageUrl") || null,
    });
    if (!checked.ok) return setClientErrors(checked.errors);
    setClientErrors(null);
    create.submit(checked.data, {
      onSuccess: () => {
        element.reset();
        router.refresh();
      },
    });
  }

  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-semibold text-slate-900">Add a clinic exercise</summary>
      <form onSubmit={onSubmit} className="mt-4 grid gap-4 md:grid-cols-2" noValidate>
        {problem && (
          <div className="md:col-span-2">
            <Alert>{problem.message}</Alert>
          </div>
        )}
        {create.isSuccess && !problem && (
          <p role="status" className="text-sm text-green-800 md:col-span-2">
            Exercise added.
          </p>
        )}
        <TextField name="name" label="Name" required errors={problem?.fieldErrors.name} />
        <TextField name="category" label="Category" required hint="e.g. Intrinsic strength, Mobility" errors={problem?.fieldErrors.category} />
        <TextField name="target" label="Target" required errors={problem?.fieldErrors.target} />
        <TextField name="dosage" label="Default dosage" required hint="e.g. 3 × 10, 3×/week" errors={problem?.fieldErrors.dosage} />
        <div className="md:col-span-2">
          <TextField name="cues" label="Instructions" required hint="Enough to do it from the text alone" errors={problem?.fieldErrors.cues} />
        </div>
        <TextField name="caution" label="Caution (optional)" errors={problem?.fieldErrors.caution} />
        <SelectField
          name="glideKind" label="Nerve glide type" placeholder="Not a nerve glide"
          options={[{ value: "slider", label: "Slider" }, { value: "tensioner", label: "Tensioner" }]} errors={problem?.fieldErrors.glideKind}
        />
        <TextField name="imageUrl" label="Picture link (optional)" type="url" errors={problem?.fieldErrors.imageUrl} />
        <div className="md:col-span-2">
          <SubmitButton pending={create.isPending} pendingLabel="Adding…">
            Add exercise
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
