"use client";

import { useActionState } from "react";
import { Alert, TextField, buttonClass } from "@/app/_components/form";
import { signInAction, type SignInState } from "./actions";

export function SignInForm({ defaultEmail }: { defaultEmail?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { email: defaultEmail });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.error && <Alert>{state.error}</Alert>}
      <TextField name="email" label="Email" type="email" autoComplete="username" required defaultValue={state.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <button type="submit" className={`${buttonClass()} w-full`} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
