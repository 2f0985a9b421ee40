"use client";

import { useId, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { SubmitButton } from "@/app/_components/form";
import { instruments, type InstrumentAnswers, type InstrumentId } from "@/server/domain/scoring/instruments";
import { PSFS_MAX_ACTIVITIES, PSFS_MIN_ACTIVITIES } from "@/server/domain/scoring/psfs";
import { answersFromForm, describeAnswerIssues, formatScore, liveTotal, type AnswerProblems } from "./answers";
import { InstrumentFields, PsfsFields } from "./questionnaire-fields";

type Props = {
  instrument: InstrumentId;
  submitLabel: string;
  /** Button text while the answers travel; "Sending…" unless given. */
  pendingLabel?: string;
  pending: boolean;
  /** Server-side problem to show above the button. */
  serverError?: string | null;
  onSubmit: (answers: InstrumentAnswers[InstrumentId]) => void;
};

/**
 * Any instrument of the registry as a form. Answers are checked with the instrument's own schema;
 * the total shown while filling it in is only a hint: the server scores what is saved.
 */
export function QuestionnaireForm({ instrument, submitLabel, pendingLabel = "Sending…", pending, serverError, onSubmit }: Props) {
  const uid = useId();
  const definition = instruments[instrument];
  // PSFS rows carry stable keys so typed values stay with their row when another is removed.
  const [psfsKeys, setPsfsKeys] = useState<number[]>(() => Array.from({ length: PSFS_MIN_ACTIVITIES }, (_, i) => i));
  const [answers, setAnswers] = useState<unknown>(() => answersFromForm(instrument, new FormData(), PSFS_MIN_ACTIVITIES));
  const [problems, setProblems] = useState<AnswerProblems | null>(null);
  const live = liveTotal(instrument, answers);

  function read(form: HTMLFormElement, rows = psfsKeys.length) {
    return answersFromForm(instrument, new FormData(form), rows);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = read(event.currentTarget);
    const parsed = definition.answersSchema.safeParse(raw);
    if (!parsed.success) return setProblems(describeAnswerIssues(instrument, parsed.error.issues));
    setProblems(null);
    onSubmit(parsed.data as InstrumentAnswers[InstrumentId]);
  }

  function addActivity(form: HTMLFormElement | null) {
    if (psfsKeys.length >= PSFS_MAX_ACTIVITIES) return;
    const next = Math.max(-1, ...psfsKeys) + 1;
    flushSync(() => setPsfsKeys((keys) => [...keys, next]));
    if (form) setAnswers(read(form, psfsKeys.length + 1));
    document.getElementById(`${uid}-activity-${psfsKeys.length}`)?.focus();
  }

  function removeActivity(form: HTMLFormElement | null, position: number) {
    flushSync(() => setPsfsKeys((keys) => keys.filter((_, i) => i !== position)));
    if (form) setAnswers(read(form, psfsKeys.length - 1));
    document.getElementById(`${uid}-add-activity`)?.focus();
  }

  const scoreWord = instrument === "PSFS" ? "Mean" : "Total";
  const result = live.result?.complete && live.result.score !== null ? live.result.score : null;
  const messages = [...(problems?.messages ?? []), ...(serverError ? [serverError] : [])];

  return (
    <form
      onSubmit={submit} onChange={(e) => setAnswers(read(e.currentTarget))} className="space-y-4" noValidate
      aria-label={definition.title}
    >
      {instrument === "PSFS" ? (
        <PsfsFields
          idPrefix={uid} rowKeys={psfsKeys} errors={problems?.fields ?? {}}
          onAdd={(form) => addActivity(form)} onRemove={(form, position) => removeActivity(form, position)}
        />
      ) : (
        <InstrumentFields instrument={instrument} />
      )}
      {definition.isAddOn && <p className="text-sm text-slate-700">A screening tool, never a diagnosis: combine it with the clinical examination.</p>}
      <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
        <p id={`${uid}-total`} className="text-sm text-slate-800">
          {result !== null ? (
            <>
              <span className="font-semibold">
                {scoreWord} so far: {formatScore(instrument, result)}
              </span>{" "}
              (a guide only; the score is worked out again when the answers are saved).
            </>
          ) : (
            <>
              <span className="font-semibold">
                Answered {live.answered} of {live.total}.
              </span>{" "}
              No {scoreWord.toLowerCase()} until every item is answered: an incomplete questionnaire is saved but not scored.
            </>
          )}
        </p>
        {messages.length > 0 && (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
            {messages.length === 1 ? (
              messages[0]
            ) : (
              <ul className="list-disc pl-5">
                {messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <SubmitButton pending={pending} pendingLabel={pendingLabel} aria-describedby={`${uid}-total`}>
          {submitLabel}
        </SubmitButton>
      </div>
      <p className="text-xs text-slate-600">
        {definition.title} · {definition.version}
      </p>
    </form>
  );
}
