"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Alert, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { NewPasswordFields, useNewPassword, useSignInAfterwards } from "../../new-password";

export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const accept = useMutation(trpc.invite.accept.mutationOptions());
  const [signingIn, signIn] = useSignInAfterwards();
  const { mismatch, confirm } = useNewPassword();
  const problem = accept.error ? describeError(accept.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = confirm(new FormData(event.currentTarget));
    if (password === null) return;
    accept.mutate({ token, password }, { onSuccess: () => signIn(email, password) });
  }

  const busy = accept.isPending || signingIn || accept.isSuccess;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {problem && <Alert>{problem.message}</Alert>}
      <NewPasswordFields label="New password" mismatch={mismatch} errors={problem?.fieldErrors.password} />
      <button type="submit" className={`${buttonClass()} w-full`} disabled={busy}>
        {busy ? "Setting up your account…" : "Set password and continue"}
      </button>
    </form>
  );
}
