"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";

/** Starts an amendment: a new draft with a copy of every section; this signed version stays on record. */
export function AmendAssessmentButton({ athleteId, assessmentId }: { athleteId: string; assessmentId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const amend = useMutation(
    trpc.assessment.amend.mutationOptions({
      onSuccess: (draft) => router.push(`/athletes/${athleteId}/assessments/${draft.id}`),
    }),
  );
  return (
    <div className="space-y-2">
      <p id="amend-help" className="text-sm text-slate-700">
        Amending opens a new draft holding a copy of every section. When the amendment is signed it becomes the current version; this one
        stays on record.
      </p>
      <button type="button" aria-describedby="amend-help" disabled={amend.isPending || amend.isSuccess} onClick={() => amend.mutate({ assessmentId })} className={buttonClass("secondary")}>
        {amend.isPending || amend.isSuccess ? "Opening the amendment…" : "Amend assessment"}
      </button>
      {amend.error && (
        <Alert>
          {describeError(amend.error).message}{" "}
          <button type="button" onClick={() => router.refresh()} className="font-semibold underline">
            Reload the visit
          </button>
        </Alert>
      )}
    </div>
  );
}
