"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Alert, TextField, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { NewPasswordFields, useNewPassword, useSignInAfterwards } from "../new-password";

export function SignUpForm() {
  const trpc = useTRPC();
  const signUp = useMutation(trpc.clinic.signUp.mutationOptions());
  const [signingIn, signIn] = useSignInAfterwards();
  const { mismatch, confirm } = useNewPassword();
  const problem = signUp.error ? describeError(signUp.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = confirm(form);
    if (password === null) return;
    const input = {
      clinicName: String(form.get("clinicName")),
      ownerName: String(form.get("ownerName")),
      email: String(form.get("email")),
      password,
    };
    signUp.mutate(input, { onSuccess: ({ email }) => signIn(email, password) });
  }

  const busy = signUp.isPending || signingIn || signUp.isSuccess;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {problem && <Alert>{problem.message}</Alert>}
      <TextField name="clinicName" label="Clinic name" required autoComplete="organization" errors={problem?.fieldErrors.clinicName} />
      <TextField name="ownerName" label="Your name" required autoComplete="name" errors={problem?.fieldErrors.ownerName} />
      <TextField name="email" label="Email" type="email" required autoComplete="email" errors={problem?.fieldErrors.email} />
      <NewPasswordFields label="Password" mismatch={mismatch} errors={problem?.fieldErrors.password} />
      <button type="submit" className={`${buttonClass()} w-full`} disabled={busy}>
        {busy ? "Creating your clinic…" : "Create clinic"}
      </button>
    </form>
  );
}
