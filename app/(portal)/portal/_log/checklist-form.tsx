"use client";

import { useState, type FormEvent } from "react";
import { Alert, buttonClass } from "@/app/_components/form";
import { validateInput, type FormErrors } from "@/app/_components/validate";
import { submitChecklistInput } from "@/server/domain/logs/schemas";
import { athleteChecklist, type ChecklistKey } from "@/server/domain/triage/triggers";
import { ChoiceButtons } from "./choice-buttons";
import { newClientId, usePortalSubmit } from "./portal-outbox";
import { useLocalToday } from "./run-form";
import { SubmitOutcome } from "./submit-outcome";

type Answer = "yes" | "no";

/** The short red-flag checklist of DOMAIN 7.4. A question left unanswered is sent as unanswered, never as "no". */
export function ChecklistForm({ serverToday }: { serverToday: string }) {
  const submitEntry = usePortalSubmit();
  const date = useLocalToday(serverToday);
  const [answers, setAnswers] = useState<Partial<Record<ChecklistKey, Answer>>>({});
  const [clientId] = useState(newClientId);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [done, setDone] = useState<{ outcome: "sent" | "queued"; triage: { urgency: "emergency" | "urgent" | "routine"; messages: string[] } | null } | null>(null);
  const [pending, setPending] = useState(false);
  const unanswered = athleteChecklist.filter((q) => !answers[q.key]).length;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const all = Object.fromEntries(athleteChecklist.map((q) => [q.key, answers[q.key] ?? null]));
    const checked = validateInput(submitChecklistInput, { clientId, date, answers: all });
    if (!checked.ok) return setErrors(checked.errors);
    setPending(true);
    const sent = await submitEntry("submitChecklist", checked.data, `Safety questions, ${date}`);
    setPending(false);
    if (sent.status === "rejected") return setErrors({ message: sent.message, fieldErrors: sent.fieldErrors });
    setDone({ outcome: sent.status, triage: sent.status === "sent" ? sent.result.triage : null });
  }

  if (done) {
    return (
      <div className="space-y-4">
        {done.outcome === "queued" && Object.values(answers).includes("yes") && (
          <Alert>
            You answered yes to at least one question and your answers could not be sent yet. If you have numbness between your legs, a change in bladder or
            bowel control or in sexual function, or weakness in both legs, seek emergency care now. Otherwise contact your physio or doctor.
          </Alert>
        )}
        <SubmitOutcome outcome={done.outcome} what="Your answers" triage={done.triage} />
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {errors && <Alert>{errors.message}</Alert>}
      {athleteChecklist.map((q) => (
        <ChoiceButtons
          key={q.key} name={q.key} legend={q.question} value={answers[q.key] ?? null}
          onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))} options={[["yes", "Yes"], ["no", "No"]] as const}
        />
      ))}
      {unanswered > 0 && <p className="text-sm text-slate-700">{unanswered} not answered yet. Unanswered questions are not taken as “no”.</p>}
      <button type="submit" disabled={pending} className={`${buttonClass()} min-h-12 w-full text-base`}>
        {pending ? "Sending…" : "Send answers"}
      </button>
    </form>
  );
}
