"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, SelectField, SubmitButton, TextField, buttonClass } from "@/app/_components/form";
import { formText, validateInput, type FormErrors } from "@/app/_components/validate";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { todayIso } from "@/app/_components/format";
import { dateRange } from "@/server/domain/dates";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";
import { createShoeInput, shoeUseLabels, shoeUses } from "@/server/domain/shoes/schemas";

/** Adds a shoe to the athlete's record; the review distance starts at the clinic's shoe_review_km (docs/clinical-rules.md 4.3, R10). */
export function AddShoeForm({ athleteId, defaultReviewKm }: { athleteId: string; defaultReviewKm: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [clientErrors, setClientErrors] = useState<FormErrors | null>(null);
  const create = useCreateMutation(trpc.shoe.create.mutationOptions());
  const problem = clientErrors ?? (create.error ? describeError(create.error) : null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const number = (name: string) => (formText(form, name) === "" ? undefined : Number(formText(form, name)));
    const checked = validateInput(createShoeInput, {
      athleteId,
      brand: formText(form, "brand"),
      model: formText(form, "model"),
      purchaseDate: formText(form, "purchaseDate") || null,
      use: formText(form, "use") || undefined,
      startingKm: number("startingKm"),
      reviewDistanceKm: number("reviewDistanceKm"),
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
    <details className="rounded-lg border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-semibold text-slate-900">Add shoe</summary>
      <form onSubmit={onSubmit} className="mt-3 grid gap-3 sm:grid-cols-2" noValidate>
        {problem && (
          <div className="sm:col-span-2">
            <Alert>{problem.message}</Alert>
          </div>
        )}
        <TextField name="brand" label="Brand" required errors={problem?.fieldErrors.brand} />
        <TextField name="model" label="Model" required errors={problem?.fieldErrors.model} />
        <TextField name="purchaseDate" label="Purchase date" type="date" {...dateRange("purchase", todayIso())} errors={problem?.fieldErrors.purchaseDate} />
        <SelectField name="use" label="Use" placeholder="Choose…" options={shoeUses.map((u) => ({ value: u, label: shoeUseLabels[u] }))} errors={problem?.fieldErrors.use} />
        <TextField name="startingKm" label="Starting km" type="number" min={0} step={1} defaultValue="0" errors={problem?.fieldErrors.startingKm} />
        <TextField name="reviewDistanceKm" label="Review distance (km)" type="number" min={400} max={900} defaultValue={String(defaultReviewKm)} hint="400–900" errors={problem?.fieldErrors.reviewDistanceKm} />
        <div className="sm:col-span-2">
          <SubmitButton pending={create.isPending} pendingLabel="Adding…">
            Add shoe
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}

/** Retires a shoe; it stays on record for history. */
export function RetireShoeButton({ shoeId, name }: { shoeId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const retire = useMutation(trpc.shoe.retire.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="mt-2 space-y-1">
      <button type="button" className={buttonClass("secondary")} disabled={retire.isPending} onClick={() => retire.mutate({ shoeId })}>
        Retire {name}
      </button>
      {retire.error && <Alert>{describeError(retire.error).message}</Alert>}
    </div>
  );
}
