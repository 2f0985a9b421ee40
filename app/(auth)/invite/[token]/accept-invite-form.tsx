"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, useTransition, type FormEvent } from "react";
import { Alert, TextField, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { signInAction } from "../../sign-in/actions";

export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const accept = useMutation(trpc.invite.accept.mutationOptions());
  const [signingIn, startSignIn] = useTransition();
  const [mismatch, setMismatch] = useState(false);
  const problem = accept.error ? describeError(accept.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password"));
    const matches = password === String(form.get("confirmPassword"));
    setMismatch(!matches);
    if (!matches) return;
    accept.mutate(
      { token, password },
      {
        onSuccess: () => {
          const credentials = new FormData();
          credentials.set("email", email);
          credentials.set("password", password);
          startSignIn(async () => void (await signInAction({}, credentials)));
        },
      },
    );
  }

  const busy = accept.isPending || signingIn || accept.isSuccess;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {problem && <Alert>{problem.message}</Alert>}
      <TextField
        name="password" label="New password" type="password" required autoComplete="new-password"
        hint="At least 12 characters. A short sentence works well." errors={problem?.fieldErrors.password}
      />
      <TextField
        name="confirmPassword" label="Confirm password" type="password" required autoComplete="new-password"
        errors={mismatch ? ["The passwords do not match"] : undefined}
      />
      <button type="submit" className={`${buttonClass()} w-full`} disabled={busy}>
        {busy ? "Setting up your account…" : "Set password and continue"}
      </button>
    </form>
  );
}
