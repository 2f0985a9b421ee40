"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";

/** Ending asks for a second click on the same button instead of a browser dialog. */
export function EndProgramButton({ programId, name }: { programId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const end = useMutation(
    trpc.program.end.mutationOptions({
      onSuccess: () => {
        setIsConfirming(false);
        router.refresh();
      },
    }),
  );

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={end.isPending}
          onClick={() => (isConfirming ? end.mutate({ programId }) : setIsConfirming(true))}
          className={buttonClass("danger")}
        >
          {end.isPending ? "Ending…" : isConfirming ? "Confirm end program" : "End program"}
        </button>
        {isConfirming && !end.isPending && (
          <button type="button" onClick={() => setIsConfirming(false)} className={buttonClass("secondary")}>
            Cancel
          </button>
        )}
      </div>
      <p role="status" className="text-sm text-slate-700">
        {isConfirming ? `Ending ${name} keeps it in the record and lets you start a new program. Press Confirm end program to go ahead.` : ""}
      </p>
      {end.error && <Alert>{describeError(end.error).message}</Alert>}
    </div>
  );
}
