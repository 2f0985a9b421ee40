"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Alert, buttonClass } from "@/app/_components/form";
import { validateInput, type FormErrors } from "@/app/_components/validate";
import { submitChecklistInput } from "@/server/domain/logs/schemas";
import { athleteChecklist, type ChecklistKey } from "@/server/domain/triage/triggers";
import { ChoiceButtons } from "./choice-buttons";
import { newClientId, usePortalSubmit } from "./portal-outbox";
import { useLocalToday } from "./run-form";
import { SubmitOutcome } from "./submit-outcome";

type Answer = "yes" | "no";
type Done = {
  outcome: "sent" | "queued";
  triage: { urgency: "emergency" | "urgent" | "routine"; messages: string[] } | null;
  unanswered: number;
};

/**
 * The short red-flag checklist (docs/clinical-rules.md 7.4). Every question needs a yes or a no: a question left
 * unanswered is never taken as "no", so the form asks for it and the checklist stays due. A "yes" is
 * never held back by a gap: it is sent at once, and the athlete is asked for the rest.
 */
export function ChecklistForm({ serverToday }: { serverToday: string }) {
  const submitEntry = usePortalSubmit();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const date = useLocalToday(serverToday);
  const [answers, setAnswers] = useState<Partial<Record<ChecklistKey, Answer>>>({});
  const [clientId, setClientId] = useState(newClientId);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [pending, setPending] = useState(false);
  const unanswered = athleteChecklist.filter((q) => !answers[q.key]);
  const hasYes = Object.values(answers).includes("yes");

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (unanswered.length > 0 && !hasYes) {
      setErrors({
        message: `Please answer ${unanswered.length === 1 ? "the last question" : `the ${unanswered.length} questions still unanswered`}: a question left blank is not taken as “no”.`,
        fieldErrors: Object.fromEntries(unanswered.map((q) => [q.key, ["Answer yes or no"]])),
      });
      document.getElementsByName(unanswered[0]!.key)[0]?.focus();
      return;
    }
    const all = Object.fromEntries(athleteChecklist.map((q) => [q.key, answers[q.key] ?? null]));
    const checked = validateInput(submitChecklistInput, { clientId, date, answers: all });
    if (!checked.ok) return setErrors(checked.errors);
    setPending(true);
    const sent = await submitEntry("submitChecklist", checked.data, `Safety questions, ${date}`);
    setPending(false);
    if (sent.status === "rejected") return setErrors({ message: sent.message, fieldErrors: sent.fieldErrors });
    setErrors(null);
    // The advice on every page follows at once, not at the next page change.
    if (sent.status === "sent") void queryClient.invalidateQueries(trpc.portal.safety.queryFilter());
    setDone({ outcome: sent.status, triage: sent.status === "sent" ? sent.result.triage : null, unanswered: unanswered.length });
  }

  function answerTheRest() {
    setClientId(newClientId());
    setDone(null);
  }

  if (done) {
    return (
      <div className="space-y-4">
        {done.outcome === "queued" && hasYes && (
          <Alert>
            You answered yes to at least one question and your answers could not be sent yet. If you have numbness between your legs, a change in bladder or
            bowel control or in sexual function, or weakness in both legs, seek emergency care now. Otherwise contact your physio or doctor.
          </Alert>
        )}
        <SubmitOutcome outcome={done.outcome} what="Your answers" triage={done.triage} />
        {done.unanswered > 0 && (
          <div className="rounded-xl border border-amber-400 bg-amber-50 p-4 text-amber-950">
            <p className="font-semibold">
              {done.unanswered === 1 ? "1 question is" : `${done.unanswered} questions are`} still unanswered, so your safety questions are not finished.
            </p>
            <button type="button" onClick={answerTheRest} className={`${buttonClass("secondary")} mt-2 min-h-11`}>
              Answer the rest
            </button>
          </div>
        )}
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {errors && <Alert>{errors.message}</Alert>}
      {athleteChecklist.map((q) => (
        <ChoiceButtons
          key={q.key} name={q.key} legend={q.question} value={answers[q.key] ?? null} error={errors?.fieldErrors[q.key]?.[0]}
          onChange={(v) => {
            setAnswers((a) => ({ ...a, [q.key]: v }));
            setErrors((e) => (e ? { ...e, fieldErrors: { ...e.fieldErrors, [q.key]: undefined } } : e));
          }}
          options={[["yes", "Yes"], ["no", "No"]] as const}
        />
      ))}
      {unanswered.length > 0 && <p className="text-sm text-slate-700">{unanswered.length} not answered yet. Unanswered questions are not taken as “no”.</p>}
      <button type="submit" disabled={pending} className={`${buttonClass()} min-h-12 w-full text-base`}>
        {pending ? "Sending…" : "Send answers"}
      </button>
    </form>
  );
}
