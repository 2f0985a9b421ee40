"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, buttonClass, SelectField } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";

type Clinician = { userId: string; name: string };

/** Owner only: who has the athlete on their caseload. */
export function CaseloadManager({ athleteId, therapists, candidates }: { athleteId: string; therapists: Clinician[]; candidates: Clinician[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ReturnType<typeof describeError> | null>(null);
  const handlers = { onSuccess: () => router.refresh(), onError: (e: unknown) => setError(describeError(e)) };
  const assign = useMutation(trpc.athlete.assign.mutationOptions(handlers));
  const unassign = useMutation(trpc.athlete.unassign.mutationOptions(handlers));

  function submitAssign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const therapistUserId = String(new FormData(event.currentTarget).get("therapistUserId") ?? "");
    if (!therapistUserId) return setError({ message: "Choose a clinician to add", fieldErrors: { therapistUserId: ["Choose a clinician"] } });
    setError(null);
    assign.mutate({ athleteId, therapistUserId });
  }

  return (
    <div className="space-y-4">
      {error && <Alert>{error.message}</Alert>}
      {therapists.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {therapists.map((t) => (
            <li key={t.userId} className="flex items-center justify-between gap-3 px-4 py-2">
              <span className="text-sm text-slate-900">{t.name}</span>
              <button
                type="button"
                disabled={unassign.isPending}
                onClick={() => {
                  setError(null);
                  unassign.mutate({ athleteId, therapistUserId: t.userId });
                }}
                className="rounded px-2 py-1 text-sm font-medium text-red-700 underline hover:bg-red-50 disabled:text-slate-500"
              >
                Remove<span className="sr-only"> {t.name} from caseload</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">No therapist has this athlete on their caseload.</p>
      )}
      {candidates.length ? (
        <form onSubmit={submitAssign} className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <SelectField
              name="therapistUserId" label="Add therapist to caseload" placeholder="Choose a clinician"
              options={candidates.map((c) => ({ value: c.userId, label: c.name }))} errors={error?.fieldErrors.therapistUserId}
            />
          </div>
          <button type="submit" disabled={assign.isPending} className={buttonClass("secondary")}>
            {assign.isPending ? "Assigning…" : "Assign"}
          </button>
        </form>
      ) : (
        <p className="text-sm text-slate-600">Every active clinician already has this athlete on their caseload.</p>
      )}
    </div>
  );
}
