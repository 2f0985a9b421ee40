"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";

/** Archiving asks for a second click on the same button instead of a browser dialog. */
export function ArchiveTemplateButton({ templateId }: { templateId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const archive = useMutation(
    trpc.template.archive.mutationOptions({
      onSuccess: () => {
        router.push("/templates");
        router.refresh();
      },
    }),
  );

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={archive.isPending}
          onClick={() => (isConfirming ? archive.mutate({ templateId }) : setIsConfirming(true))}
          className={buttonClass("danger")}
        >
          {archive.isPending ? "Archiving…" : isConfirming ? "Confirm archive" : "Archive template"}
        </button>
        {isConfirming && !archive.isPending && (
          <button type="button" onClick={() => setIsConfirming(false)} className={buttonClass("secondary")}>
            Cancel
          </button>
        )}
      </div>
      <p role="status" className="text-sm text-slate-700">
        {isConfirming ? "Press Confirm archive to take this template out of use." : ""}
      </p>
      {archive.error && <Alert>{describeError(archive.error).message}</Alert>}
    </div>
  );
}
