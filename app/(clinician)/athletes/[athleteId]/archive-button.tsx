"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { Alert, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";

/** Archiving asks for a second click; restoring does not (it undoes an archive). */
export function ArchiveButton({ athleteId, isArchived }: { athleteId: string; isArchived: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const archive = useMutation(trpc.athlete.archive.mutationOptions({ onSuccess: () => router.refresh() }));
  const restore = useMutation(trpc.athlete.restore.mutationOptions({ onSuccess: () => router.refresh() }));

  if (!isArchived) {
    return (
      <ConfirmButton
        label="Archive athlete" confirmLabel="Confirm archive" pendingLabel="Archiving…" pending={archive.isPending} error={archive.error}
        explanation="Archiving takes the athlete off the caseload and cancels open portal invites. Press Confirm archive to go ahead."
        onConfirm={() => archive.mutate({ athleteId })}
      />
    );
  }
  return (
    <div className="space-y-2">
      <button type="button" disabled={restore.isPending} onClick={() => restore.mutate({ athleteId })} className={buttonClass("secondary")}>
        {restore.isPending ? "Restoring…" : "Restore athlete"}
      </button>
      {restore.error && <Alert>{describeError(restore.error).message}</Alert>}
    </div>
  );
}
