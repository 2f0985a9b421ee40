"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, useTransition, type FormEvent } from "react";
import { Alert, TextField, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { signInAction } from "../sign-in/actions";

export function SignUpForm() {
  const trpc = useTRPC();
  const signUp = useMutation(trpc.clinic.signUp.mutationOptions());
  const [signingIn, startSignIn] = useTransition();
  const [mismatch, setMismatch] = useState(false);
  const problem = signUp.error ? describeError(signUp.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password"));
    setMismatch(password !== String(form.get("confirmPassword")));
    if (password !== String(form.get("confirmPassword"))) return;
    const input = {
      clinicName: String(form.get("clinicName")),
      ownerName: String(form.get("ownerName")),
      email: String(form.get("email")),
      password,
    };
    signUp.mutate(input, {
      onSuccess: () => {
        const credentials = new FormData();
        credentials.set("email", input.email);
        credentials.set("password", password);
        startSignIn(async () => void (await signInAction({}, credentials)));
      },
    });
  }

  const busy = signUp.isPending || signingIn || signUp.isSuccess;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {problem && <Alert>{problem.message}</Alert>}
      <TextField name="clinicName" label="Clinic name" required autoComplete="organization" errors={problem?.fieldErrors.clinicName} />
      <TextField name="ownerName" label="Your name" required autoComplete="name" errors={problem?.fieldErrors.ownerName} />
      <TextField name="email" label="Email" type="email" required autoComplete="email" errors={problem?.fieldErrors.email} />
      <TextField
        name="password" label="Password" type="password" required autoComplete="new-password"
        hint="At least 12 characters. A short sentence works well." errors={problem?.fieldErrors.password}
      />
      <TextField
        name="confirmPassword" label="Confirm password" type="password" required autoComplete="new-password"
        errors={mismatch ? ["The passwords do not match"] : undefined}
      />
      <button type="submit" className={`${buttonClass()} w-full`} disabled={busy}>
        {busy ? "Creating your clinic…" : "Create clinic"}
      </button>
    </form>
  );
}
