"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { useTRPC } from "@/app/_trpc/client";

/** Discards a draft visit started in error; it leaves the record's lists (the audit trail keeps it). */
export function DiscardDraftButton({ athleteId, assessmentId, version }: { athleteId: string; assessmentId: string; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const discard = useMutation(
    trpc.assessment.discard.mutationOptions({
      onSuccess: () => {
        router.push(`/athletes/${athleteId}`);
        router.refresh();
      },
    }),
  );
  return (
    <ConfirmButton
      label="Discard draft"
      confirmLabel="Confirm discarding the draft"
      pendingLabel="Discarding…"
      explanation="The draft and everything typed in it leave this athlete's visits. Signed visits are never discarded; they are amended."
      pending={discard.isPending || discard.isSuccess}
      error={discard.error}
      onConfirm={() => discard.mutate({ assessmentId, version })}
    />
  );
}
