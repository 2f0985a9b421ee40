"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { useTRPC } from "@/app/_trpc/client";

export function ArchiveTemplateButton({ templateId }: { templateId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const archive = useMutation(trpc.template.archive.mutationOptions({ onSuccess: () => router.push("/templates") }));
  return (
    <ConfirmButton
      label="Archive template" confirmLabel="Confirm archive" pendingLabel="Archiving…" pending={archive.isPending} error={archive.error}
      explanation="Press Confirm archive to take this template out of use." onConfirm={() => archive.mutate({ templateId })}
    />
  );
}
