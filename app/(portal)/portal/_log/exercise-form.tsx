"use client";

import { useState, type FormEvent } from "react";
import { Alert, buttonClass, SelectField, TextField } from "@/app/_components/form";
import { BACKDATE_LIMIT_DAYS, exerciseStatusLabels, exerciseStatuses, type ExerciseLog, type ExerciseStatus } from "@/server/domain/logs/schemas";
import { addDays } from "@/server/domain/dates";
import { ChoiceButtons } from "./choice-buttons";
import { NrsField } from "./nrs-field";
import { useLocalToday, type RunFormMode } from "./run-form";
import { SubmitOutcome } from "./submit-outcome";
import { useEntrySubmit } from "./use-entry-submit";

export type ExerciseOption = { exerciseId: string; side: string; name: string; sets: number | null; reps: number | null; glideKind: string | null };

const keyOf = (e: { exerciseId: string; side: string }) => `${e.exerciseId}|${e.side}`;
const sideText: Record<string, string> = { left: " (left)", right: " (right)", both: "", none: "" };
const num = (s: string): number | null => (s.trim() === "" ? null : Number(s));

/** One exercise session: done / partly / skipped, sets and reps, and symptoms during it (0–10). */
export function ExerciseForm({ mode, programId, options, initial, serverToday }: {
  mode: RunFormMode;
  programId: string;
  options: ExerciseOption[];
  /** The session to correct, or the exercise and date to start from (empty date: the phone's today). */
  initial: Partial<Omit<ExerciseLog, "side">> & { exerciseId: string; side: string; date: string };
  serverToday: string;
}) {
  const { send, errors, pending, renewKey } = useEntrySubmit(mode);
  const today = useLocalToday(serverToday);
  const start = options.find((o) => keyOf(o) === keyOf(initial)) ?? options[0]!;
  const [key, setKey] = useState(keyOf(start));
  const chosen = options.find((o) => keyOf(o) === key) ?? start;
  const [dateText, setDate] = useState(initial.date);
  const [status, setStatus] = useState<ExerciseStatus>(initial.status ?? "done");
  const [setsDone, setSets] = useState(String(initial.setsDone ?? start.sets ?? ""));
  const [repsDone, setReps] = useState(String(initial.repsDone ?? start.reps ?? ""));
  const [symptomNrs, setSymptom] = useState<number | null>(initial.symptomNrs ?? 0);
  const [settleMinutes, setSettle] = useState(String(initial.settleMinutes ?? 0));
  const [note, setNote] = useState(initial.note ?? "");
  const [done, setDone] = useState<"sent" | "queued" | null>(null);
  const date = dateText || today;
  const skipped = status === "skipped";

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const entry = {
      kind: "exercise" as const, date, programId, exerciseId: chosen.exerciseId, side: chosen.side, status,
      setsDone: skipped ? null : num(setsDone), repsDone: skipped ? null : num(repsDone), symptomNrs: skipped ? null : symptomNrs,
      settleMinutes: skipped || !symptomNrs ? 0 : num(settleMinutes), note: note.trim() || null,
    };
    const sent = await send(entry, `${chosen.name} on ${date}: ${exerciseStatusLabels[status].toLowerCase()}`);
    if (sent) setDone(sent.status);
  }

  if (done) {
    return (
      <SubmitOutcome
        outcome={done} what={mode.kind === "correct" ? "Correction" : "Exercise"} triage={null}
        onAnother={mode.kind === "correct" ? undefined : () => { renewKey(); setDone(null); setNote(""); }}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {errors && <Alert>{errors.message}</Alert>}
      <SelectField
        name="exercise" label="Exercise" value={key} onChange={(e) => setKey(e.target.value)} disabled={mode.kind === "correct"}
        options={options.map((o) => ({ value: keyOf(o), label: `${o.name}${sideText[o.side] ?? ""}` }))}
      />
      <TextField name="date" label="Date" type="date" value={date} min={addDays(today, -BACKDATE_LIMIT_DAYS)} max={today} onChange={(e) => setDate(e.target.value)} errors={errors?.fieldErrors.date} />
      <ChoiceButtons
        name="status" legend="How did it go?" value={status} onChange={setStatus}
        options={exerciseStatuses.map((s) => [s, exerciseStatusLabels[s]] as const)}
      />
      {!skipped && (
        <>
          <div className="grid grid-cols-2 gap-3">
            <TextField name="setsDone" label="Sets done" inputMode="numeric" value={setsDone} onChange={(e) => setSets(e.target.value)} errors={errors?.fieldErrors.setsDone} />
            <TextField name="repsDone" label="Reps per set" inputMode="numeric" value={repsDone} onChange={(e) => setReps(e.target.value)} errors={errors?.fieldErrors.repsDone} />
          </div>
          <NrsField
            name="symptomNrs" legend="Symptoms during the exercise" value={symptomNrs} onChange={setSymptom} error={errors?.fieldErrors.symptomNrs?.[0]}
            hint={chosen.glideKind ? "Nerve glides should stay gentle: at most 2 out of 10, settling within seconds." : undefined}
          />
          {symptomNrs !== null && symptomNrs > 0 && (
            <TextField
              name="settleMinutes" label="Minutes until symptoms settled afterwards" inputMode="numeric" value={settleMinutes}
              onChange={(e) => setSettle(e.target.value)} errors={errors?.fieldErrors.settleMinutes}
            />
          )}
        </>
      )}
      <div>
        <label htmlFor="exercise-note" className="block text-sm font-medium text-slate-800">Note (optional)</label>
        <textarea id="exercise-note" rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base" />
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass()} min-h-12 w-full text-base`}>
        {pending ? "Saving…" : mode.kind === "correct" ? "Save correction" : "Save exercise"}
      </button>
    </form>
  );
}
