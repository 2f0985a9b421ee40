"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, buttonClass, TextField } from "@/app/_components/form";
import { validateInput, type FormErrors } from "@/app/_components/validate";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { changePasswordInput } from "@/server/domain/clinics/schemas";

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      // The server has ended every session of this account.
      onSuccess: () => router.push("/sign-in?changed=1"),
      onError: (error) => setErrors(describeError(error)),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Passwords are not trimmed: spaces may be part of them.
    const value = (name: string) => String(form.get(name) ?? "");
    if (value("newPassword") !== value("confirmPassword")) {
      return setErrors({ message: "The new passwords do not match", fieldErrors: { confirmPassword: ["Enter the same new password twice"] } });
    }
    const checked = validateInput(changePasswordInput, { currentPassword: value("currentPassword"), newPassword: value("newPassword") });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors(null);
    change.mutate(checked.data);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {errors && <Alert>{errors.message}</Alert>}
      <TextField name="currentPassword" type="password" label="Current password" required autoComplete="current-password" errors={errors?.fieldErrors.currentPassword} />
      <TextField
        name="newPassword" type="password" label="New password" required autoComplete="new-password"
        hint="At least 12 characters" errors={errors?.fieldErrors.newPassword}
      />
      <TextField name="confirmPassword" type="password" label="Confirm new password" required autoComplete="new-password" errors={errors?.fieldErrors.confirmPassword} />
      <button type="submit" disabled={change.isPending || change.isSuccess} className={buttonClass()}>
        {change.isPending ? "Changing password…" : "Change password"}
      </button>
    </form>
  );
}
