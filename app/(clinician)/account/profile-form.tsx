"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, buttonClass, TextField } from "@/app/_components/form";
import { validateInput, type FormErrors } from "@/app/_components/validate";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { updateProfileInput } from "@/server/domain/clinics/schemas";

/** The clinician's name and professional registration, as printed on the reports they issue. */
export function ProfileForm({ name, registration }: { name: string; registration: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const update = useMutation(
    trpc.account.updateProfile.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (error) => setErrors(describeError(error)),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const raw = { name: String(form.get("name") ?? ""), registration: String(form.get("registration") ?? "") };
    const checked = validateInput(updateProfileInput, raw);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors(null);
    update.mutate(raw);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Your details" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {errors && <Alert>{errors.message}</Alert>}
      {update.isSuccess && !errors && <Alert tone="success">Your details were saved.</Alert>}
      <TextField name="name" label="Name" required autoComplete="name" defaultValue={name} errors={errors?.fieldErrors.name} />
      <TextField
        name="registration" label="Professional registration" defaultValue={registration ?? ""} errors={errors?.fieldErrors.registration}
        hint="Printed beside your signature on reports, e.g. HCPC PH123456"
      />
      <button type="submit" disabled={update.isPending} className={buttonClass()}>
        {update.isPending ? "Saving…" : "Save details"}
      </button>
    </form>
  );
}
