"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, buttonClass } from "@/app/_components/form";
import type { RouterOutputs } from "@/app/_components/router-types";
import { validateInput, type FormErrors } from "@/app/_components/validate";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { updateAthleteInput } from "@/server/domain/athletes/schemas";
import { AthleteFields, readAthleteForm } from "../../athlete-form";

export function EditAthleteForm({ athlete }: { athlete: RouterOutputs["athlete"]["get"] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [isConflict, setIsConflict] = useState(false);
  const update = useMutation(
    trpc.athlete.update.mutationOptions({
      onSuccess: () => router.push(`/athletes/${athlete.id}`),
      onError: (error) => {
        setErrors(describeError(error));
        setIsConflict(error instanceof TRPCClientError && error.data?.code === "CONFLICT");
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = { ...readAthleteForm(new FormData(event.currentTarget)), athleteId: athlete.id, version: athlete.version };
    const checked = validateInput(updateAthleteInput, values);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors(null);
    setIsConflict(false);
    update.mutate(checked.data);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {errors && (
        <Alert>
          {errors.message}
          {isConflict && (
            <>
              {" "}
              <button type="button" onClick={() => router.refresh()} className="font-semibold underline">
                Load the latest version
              </button>{" "}
              (your changes here will be replaced).
            </>
          )}
        </Alert>
      )}
      <AthleteFields defaults={athlete} errors={errors?.fieldErrors} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={update.isPending || update.isSuccess} className={buttonClass()}>
          {update.isPending ? "Saving…" : "Save changes"}
        </button>
        <Link href={`/athletes/${athlete.id}`} className={buttonClass("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
