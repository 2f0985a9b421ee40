"use client";

import { useState, type FormEvent } from "react";
import { Alert, buttonClass, SelectField, TextField } from "@/app/_components/form";
import { BACKDATE_LIMIT_DAYS, crossTrainingActivities, crossTrainingLabels, type CrossTrainingActivity, type CrossTrainingLog } from "@/server/domain/logs/schemas";
import { addDays } from "@/server/domain/dates";
import { NrsField } from "./nrs-field";
import { useLocalToday, type RunFormMode } from "./run-form";
import { SubmitOutcome } from "./submit-outcome";
import { useEntrySubmit } from "./use-entry-submit";

/** Cross-training outside the plan (cycling, pool running…): minutes and effort count toward the weekly load (docs/clinical-rules.md R5.4). */
export function ActivityForm({ mode, initial, serverToday }: { mode: RunFormMode; initial: Partial<CrossTrainingLog>; serverToday: string }) {
  const { send, errors, pending } = useEntrySubmit(mode);
  const today = useLocalToday(serverToday);
  const [dateText, setDate] = useState(initial.date ?? "");
  const [activity, setActivity] = useState<CrossTrainingActivity>(initial.activity ?? "cycling");
  const [minutes, setMinutes] = useState(initial.minutes ? String(initial.minutes) : "");
  const [rpe, setRpe] = useState<number | null>(initial.rpe ?? 3);
  const [note, setNote] = useState(initial.note ?? "");
  const [done, setDone] = useState<"sent" | "queued" | null>(null);
  const date = dateText || today;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const entry = { kind: "cross_training" as const, date, activity, minutes: minutes.trim() ? Number(minutes) : null, rpe, note: note.trim() || null };
    const sent = await send(entry, `${crossTrainingLabels[activity]} on ${date}, ${minutes} min`);
    if (sent) setDone(sent.status);
  }

  if (done) return <SubmitOutcome outcome={done} what={mode.kind === "correct" ? "Correction" : "Activity"} triage={null} />;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {errors && <Alert>{errors.message}</Alert>}
      <SelectField
        name="activity" label="Activity" value={activity} onChange={(e) => setActivity(e.target.value as CrossTrainingActivity)} errors={errors?.fieldErrors.activity}
        options={crossTrainingActivities.map((a) => ({ value: a, label: crossTrainingLabels[a] }))}
      />
      <TextField name="date" label="Date" type="date" value={date} min={addDays(today, -BACKDATE_LIMIT_DAYS)} max={today} onChange={(e) => setDate(e.target.value)} errors={errors?.fieldErrors.date} />
      <TextField name="minutes" label="Minutes" inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} errors={errors?.fieldErrors.minutes} />
      <NrsField name="rpe" legend="How hard was it overall?" hint="0 = rest, 3 = easy, 5 = hard" anchors={["rest", "maximal"]} value={rpe} onChange={setRpe} error={errors?.fieldErrors.rpe?.[0]} />
      <div>
        <label htmlFor="activity-note" className="block text-sm font-medium text-slate-800">Note (optional)</label>
        <textarea id="activity-note" rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base" />
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass()} min-h-12 w-full text-base`}>
        {pending ? "Saving…" : mode.kind === "correct" ? "Save correction" : "Save activity"}
      </button>
    </form>
  );
}
