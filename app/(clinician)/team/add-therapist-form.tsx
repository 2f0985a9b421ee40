"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { CopyLinkField } from "@/app/_components/copy-link-field";
import { Alert, SubmitButton, TextField } from "@/app/_components/form";
import { formatDate } from "@/app/_components/format";
import { formText, validateInput, type FormErrors } from "@/app/_components/validate";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";
import { addTherapistInput } from "@/server/domain/clinics/schemas";

/** Owner only: invites a therapist, by email or with a link to pass on. */
export function AddTherapistForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [invitedEmail, setInvitedEmail] = useState("");
  const add = useCreateMutation(
    trpc.clinic.addTherapist.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (error) => setErrors(describeError(error)),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const checked = validateInput(addTherapistInput, { name: formText(data, "name"), email: formText(data, "email") });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors(null);
    setInvitedEmail(checked.data.email);
    add.submit(checked.data, { onSuccess: () => form.reset() });
  }

  const issued = add.data;
  return (
    <div className="space-y-4">
      <form onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {errors && <Alert>{errors.message}</Alert>}
        <TextField name="name" label="Name" required autoComplete="off" errors={errors?.fieldErrors.name} />
        <TextField name="email" type="email" label="Email" required autoComplete="off" errors={errors?.fieldErrors.email} />
        <SubmitButton pending={add.isPending} pendingLabel="Sending invite…">
          Add therapist
        </SubmitButton>
      </form>
      {issued?.emailed && <Alert tone="success">Invite emailed to {invitedEmail}</Alert>}
      {issued?.url && (
        <CopyLinkField
          id="therapist-invite-link" label="Therapist invite link" value={issued.url}
          hint={`Email is not set up, so pass this link on yourself. Valid until ${formatDate(issued.expiresAt)}.`}
        />
      )}
    </div>
  );
}
