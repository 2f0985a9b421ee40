"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { buttonClass } from "@/app/_components/form";

/** Disabling ends the clinician's sessions; enabling lets them sign in again. */
export function MemberStatusButton({ userId, name, isDisabled }: { userId: string; name: string; isDisabled: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toggle = useMutation(trpc.clinic.setUserDisabled.mutationOptions({ onSuccess: () => router.refresh() }));
  const verb = isDisabled ? "Enable" : "Disable";

  if (!isDisabled) {
    return (
      <ConfirmButton
        label="Disable" confirmLabel="Confirm disable" pendingLabel="Disabling…" subject={name} small
        pending={toggle.isPending} error={toggle.error} onConfirm={() => toggle.mutate({ userId, disabled: true })}
        explanation={`Disabling signs ${name} out everywhere and stops them signing in until an owner enables them again. Press Confirm disable to go ahead.`}
      />
    );
  }
  return (
    <div>
      <button
        type="button"
        disabled={toggle.isPending}
        onClick={() => toggle.mutate({ userId, disabled: !isDisabled })}
        className={`${buttonClass(isDisabled ? "secondary" : "danger")} px-3 py-1`}
      >
        {verb}
        <span className="sr-only"> {name}</span>
      </button>
      {toggle.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {describeError(toggle.error).message}
        </p>
      )}
    </div>
  );
}
