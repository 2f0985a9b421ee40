"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";

/** Archive asks for a second click on the same button instead of a browser dialog. */
export function ArchiveButton({ athleteId, isArchived }: { athleteId: string; isArchived: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const onSuccess = () => {
    setIsConfirming(false);
    router.refresh();
  };
  const archive = useMutation(trpc.athlete.archive.mutationOptions({ onSuccess }));
  const restore = useMutation(trpc.athlete.restore.mutationOptions({ onSuccess }));
  const error = archive.error ?? restore.error;
  const isPending = archive.isPending || restore.isPending;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {isArchived ? (
          <button type="button" disabled={isPending} onClick={() => restore.mutate({ athleteId })} className={buttonClass("secondary")}>
            {restore.isPending ? "Restoring…" : "Restore athlete"}
          </button>
        ) : (
          <>
            <button
              type="button"
              disabled={isPending}
              onClick={() => (isConfirming ? archive.mutate({ athleteId }) : setIsConfirming(true))}
              className={buttonClass("danger")}
            >
              {archive.isPending ? "Archiving…" : isConfirming ? "Confirm archive" : "Archive athlete"}
            </button>
            {isConfirming && !isPending && (
              <button type="button" onClick={() => setIsConfirming(false)} className={buttonClass("secondary")}>
                Cancel
              </button>
            )}
          </>
        )}
      </div>
      <p role="status" className="text-sm text-slate-700">
        {isConfirming && !isArchived ? "Archiving takes the athlete off the caseload and cancels open portal invites. Press Confirm archive to go ahead." : ""}
      </p>
      {error && <Alert>{describeError(error).message}</Alert>}
    </div>
  );
}
