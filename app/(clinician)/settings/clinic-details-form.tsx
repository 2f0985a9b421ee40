"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, TextAreaField, TextField, buttonClass } from "@/app/_components/form";
import type { RouterOutputs } from "@/app/_components/router-types";
import { describeError, useTRPC } from "@/app/_trpc/client";

type Details = RouterOutputs["clinic"]["details"];

/** The clinic's name, address and contact as its reports print them; issued reports keep the details they were issued with. */
export function ClinicDetailsForm({ details }: { details: Details }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState<Details>(details);
  const save = useMutation(trpc.clinic.updateDetails.mutationOptions({ onSuccess: () => router.refresh() }));
  const problem = save.error ? describeError(save.error) : null;
  const set = (key: keyof Details) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!save.isPending) save.mutate(values);
  }

  return (
    <form onSubmit={onSubmit} aria-label="Clinic details" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" noValidate>
      {problem && <Alert>{problem.message}</Alert>}
      {save.isSuccess && !save.isPending && <Alert tone="success">Clinic details saved. New reports print them.</Alert>}
      <TextField name="clinicName" label="Clinic name" maxLength={120} value={values.name} errors={problem?.fieldErrors.name} onChange={set("name")} />
      <TextAreaField name="address" label="Address" rows={3} maxLength={300} value={values.address} errors={problem?.fieldErrors.address} onChange={set("address")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="phone" label="Phone" type="tel" maxLength={40} value={values.phone} errors={problem?.fieldErrors.phone} onChange={set("phone")} />
        <TextField name="email" label="Email" type="email" maxLength={254} value={values.email} errors={problem?.fieldErrors.email} onChange={set("email")} />
      </div>
      <button type="submit" className={buttonClass()} disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save clinic details"}
      </button>
    </form>
  );
}
