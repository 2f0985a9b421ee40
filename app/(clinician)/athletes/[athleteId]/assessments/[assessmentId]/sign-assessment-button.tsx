"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useDraftStatus } from "@/app/_components/assessment/section-context";
import { Alert, buttonClass } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { sectionDefinitions } from "@/server/domain/assessments/sections";

/** Signs the draft; like archiving, it asks for a second click on the same button. */
export function SignAssessmentButton({ assessmentId, version }: { assessmentId: string; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const draft = useDraftStatus();
  const [isConfirming, setIsConfirming] = useState(false);
  const sign = useMutation(
    trpc.assessment.sign.mutationOptions({
      onSuccess: () => {
        setIsConfirming(false);
        router.refresh();
      },
    }),
  );
  const unsaved = (draft?.dirtyKinds ?? []).map((kind) => sectionDefinitions[kind].title);
  const code = sign.error instanceof TRPCClientError ? (sign.error.data as { code?: string } | undefined)?.code : undefined;

  return (
    <div className="space-y-2">
      <p id="sign-help" className="text-sm text-slate-700">
        Signing makes every section read-only. Later changes are made by amending the visit, which keeps the signed version on record.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={sign.isPending}
          aria-describedby="sign-help"
          onClick={() => (isConfirming ? sign.mutate({ assessmentId, version }) : setIsConfirming(true))}
          className={buttonClass()}
        >
          {sign.isPending ? "Signing…" : isConfirming ? "Confirm signing" : "Sign assessment"}
        </button>
        {isConfirming && !sign.isPending && (
          <button type="button" onClick={() => setIsConfirming(false)} className={buttonClass("secondary")}>
            Cancel
          </button>
        )}
      </div>
      <p role="status" className="text-sm text-slate-800">
        {isConfirming
          ? `${unsaved.length ? `Unsaved changes in ${unsaved.join(", ")} are not part of the signed record: save them first. ` : ""}Press Confirm signing to sign; the visit then becomes read-only.`
          : ""}
      </p>
      {sign.error && (
        <Alert>
          {describeError(sign.error).message}
          {(code === "CONFLICT" || code === "PRECONDITION_FAILED") && (
            <>
              {" "}
              The visit changed meanwhile.{" "}
              <button type="button" onClick={() => router.refresh()} className="font-semibold underline">
                Reload the visit
              </button>
            </>
          )}
        </Alert>
      )}
    </div>
  );
}
