"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert, TextAreaField, buttonClass } from "@/app/_components/form";
import { QuestionnaireForm } from "@/app/_components/questionnaires/questionnaire-form";
import type { RouterInputs } from "@/app/_components/router-types";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation, type WithoutRequestKey } from "@/app/_trpc/use-create-mutation";
import type { InstrumentId } from "@/server/domain/scoring/instruments";

type Props = { outcomeId: string; instrument: InstrumentId; label: string };

/**
 * Corrects a measure entered in error without deleting it: void it with a reason, or void it and
 * record the correct answers in its place. The original stays on the record, marked void.
 */
export function CorrectOutcomeForm({ outcomeId, instrument, label }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const uid = useId();
  const [reason, setReason] = useState("");
  const [replacing, setReplacing] = useState(false);
  const onSuccess = () => router.refresh();
  const voidIt = useMutation(trpc.outcome.void.mutationOptions({ onSuccess }));
  const supersede = useCreateMutation(trpc.outcome.supersede.mutationOptions({ onSuccess }));
  const error = voidIt.error ?? supersede.error;
  const problem = error ? describeError(error) : null;
  const pending = voidIt.isPending || supersede.isPending;

  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">Correct {label}</summary>
      <div className="mt-2 space-y-3">
        {problem && <Alert>{problem.message}</Alert>}
        <TextAreaField
          id={`${uid}-reason`} name="reason" label="Why is this measure wrong?" rows={2} value={reason}
          onChange={(e) => setReason(e.target.value)} errors={problem?.fieldErrors.reason}
          hint="Kept with the measure, which stays on the record marked void and leaves comparisons and reports."
        />
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass("danger")} disabled={pending} onClick={() => voidIt.mutate({ outcomeId, reason })}>
            {voidIt.isPending ? "Voiding…" : "Void measure"}
          </button>
          <button type="button" className={buttonClass("secondary")} disabled={pending} aria-expanded={replacing} onClick={() => setReplacing((r) => !r)}>
            Void and record the correct answers
          </button>
        </div>
        {replacing && (
          <QuestionnaireForm
            instrument={instrument}
            submitLabel="Save corrected measure"
            pendingLabel="Saving…"
            pending={supersede.isPending}
            onSubmit={(answers) =>
              supersede.submit({ outcomeId, reason, instrument, answers } as WithoutRequestKey<RouterInputs["outcome"]["supersede"]>)
            }
          />
        )}
      </div>
    </details>
  );
}
