"use client";

import { useState, useTransition } from "react";
import { TextField } from "@/app/_components/form";
import { signInAction } from "./sign-in/actions";

/** A new password typed twice; `confirm(form)` says whether both match and shows the mismatch. */
export function useNewPassword() {
  const [mismatch, setMismatch] = useState(false);
  const confirm = (form: FormData): string | null => {
    const password = String(form.get("password") ?? "");
    const matches = password === String(form.get("confirmPassword") ?? "");
    setMismatch(!matches);
    return matches ? password : null;
  };
  return { mismatch, confirm };
}

export function NewPasswordFields({ label, mismatch, errors }: { label: string; mismatch: boolean; errors?: string[] }) {
  return (
    <>
      <TextField
        name="password" label={label} type="password" required autoComplete="new-password"
        hint="At least 12 characters. A short sentence works well." errors={errors}
      />
      <TextField
        name="confirmPassword" label="Confirm password" type="password" required autoComplete="new-password"
        errors={mismatch ? ["The passwords do not match"] : undefined}
      />
    </>
  );
}

/** Signs in with credentials just created (sign-up, invite); the action redirects to the home page. */
export function useSignInAfterwards(): [pending: boolean, signIn: (email: string, password: string) => void] {
  const [pending, startTransition] = useTransition();
  const signIn = (email: string, password: string) => {
    const credentials = new FormData();
    credentials.set("email", email);
    credentials.set("password", password);
    startTransition(async () => void (await signInAction({}, credentials)));
  };
  return [pending, signIn];
}
