"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { QuestionnaireForm } from "@/app/_components/questionnaires/questionnaire-form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import type { InstrumentId } from "@/server/domain/scoring/instruments";

export function CompleteQuestionnaire({ outcomeId, instrument }: { outcomeId: string; instrument: InstrumentId }) {
  const trpc = useTRPC();
  const router = useRouter();
  const complete = useMutation(trpc.portal.completeOutcome.mutationOptions({ onSuccess: () => router.push("/portal?sent=1") }));
  return (
    <QuestionnaireForm
      instrument={instrument}
      submitLabel="Send my answers"
      pending={complete.isPending || complete.isSuccess}
      serverError={complete.error ? describeError(complete.error).message : null}
      onSubmit={(answers) => complete.mutate({ outcomeId, instrument, answers } as Parameters<typeof complete.mutate>[0])}
    />
  );
}
