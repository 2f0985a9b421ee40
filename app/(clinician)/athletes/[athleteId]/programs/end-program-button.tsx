"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { useTRPC } from "@/app/_trpc/client";

export function EndProgramButton({ programId, name }: { programId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const end = useMutation(trpc.program.end.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <ConfirmButton
      label="End program" confirmLabel="Confirm end program" pendingLabel="Ending…" pending={end.isPending} error={end.error}
      explanation={`Ending ${name} keeps it in the record and lets you start a new program. Press Confirm end program to go ahead.`}
      onConfirm={() => end.mutate({ programId })}
    />
  );
}
