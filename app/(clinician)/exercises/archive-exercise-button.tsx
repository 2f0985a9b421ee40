"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";

/** Archived exercises stay in programs that use them; they are only hidden from the library. */
export function ArchiveExerciseButton({ exerciseId, name, isArchived }: { exerciseId: string; name: string; isArchived: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const options = { onSuccess: () => router.refresh() };
  const archive = useMutation(trpc.exercise.archive.mutationOptions(options));
  const restore = useMutation(trpc.exercise.restore.mutationOptions(options));
  const error = archive.error ?? restore.error;
  return (
    <div className="space-y-2">
      <button
        type="button"
        className={buttonClass("secondary")}
        disabled={archive.isPending || restore.isPending}
        onClick={() => (isArchived ? restore.mutate({ exerciseId }) : archive.mutate({ exerciseId }))}
      >
        {isArchived ? `Restore ${name}` : `Archive ${name}`}
      </button>
      {error && <Alert>{describeError(error).message}</Alert>}
    </div>
  );
}
