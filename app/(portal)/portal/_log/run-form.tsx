"use client";

import { useState, useSyncExternalStore, type FormEvent } from "react";
import { draftKey } from "@/app/_components/device-drafts";
import { Alert, buttonClass, CheckboxField, SelectField, TextField } from "@/app/_components/form";
import type { RunFinding, SessionClass } from "@/server/domain/progression/classify";
import { runSurfaceLabels, runSurfaces, type RunSurface } from "@/server/domain/progression/run-log";
import { ChoiceButtons } from "./choice-buttons";
import { FootRegions } from "./foot-regions";
import { NrsField } from "./nrs-field";
import { runFromDraft, type RunDraft } from "./run-draft";
import { SubmitOutcome } from "./submit-outcome";
import { useDeviceDraft } from "./use-device-draft";
import { useEntrySubmit } from "./use-entry-submit";

export type RunFormMode = { kind: "new" } | { kind: "correct"; logId: string; version: number };
type Done = {
  outcome: "sent" | "queued";
  triage: { urgency: "emergency" | "urgent" | "routine"; messages: string[] } | null;
  runClass: { sessionClass: SessionClass; findings: RunFinding[] } | null;
};

const localToday = () => new Date().toLocaleDateString("en-CA");
const noSubscription = () => () => undefined;

/** The phone's own day (the server renders with its UTC day, and hydration then takes the phone's). */
export function useLocalToday(serverToday: string): string {
  return useSyncExternalStore(noSubscription, localToday, () => serverToday);
}
const symptomKeys = [["numbness", "Numbness"], ["tingling", "Tingling"], ["burning", "Burning"], ["pain", "Pain"]] as const;

/** Fields inside "More about the run": opened when one of them needs fixing. */
const moreFields = ["durationMinutes", "distanceKm", "pattern", "temperatureC"] as const;

/**
 * The per-run log (docs/clinical-rules.md R1.1). The planned minutes are filled in; whether there were symptoms,
 * each rating and the effort are the athlete's to answer (nothing is pre-selected), so a symptom-free
 * run is one tap on "No symptoms", and a skipped rating stays "not rated". What is typed is kept on the
 * device until it is sent or queued; saved through the device outbox, so nothing is lost offline.
 */
export function RunForm({ mode, initial, shoes, plannedStructure, serverToday, userId }: {
  mode: RunFormMode;
  /** The signed-in athlete: the draft on the device is theirs alone. */
  userId: string;
  /** A new entry with an empty date is dated the phone's today. */
  initial: RunDraft;
  serverToday: string;
  shoes: { id: string; label: string }[];
  plannedStructure: string | null;
}) {
  const { send, errors, pending, setErrors, renewKey } = useEntrySubmit(mode);
  const formKey = mode.kind === "correct" ? `run:correct:${mode.logId}:${mode.version}` : "run:new";
  const { draft, update, restored, clear, discard } = useDeviceDraft(draftKey(userId, formKey), initial);
  const [done, setDone] = useState<Done | null>(null);
  const [symptomsError, setSymptomsError] = useState<string | null>(null);
  const set = <K extends keyof RunDraft>(key: K, value: RunDraft[K]) => update((d) => ({ ...d, [key]: value }));
  const fe = (key: string) => errors?.fieldErrors[key];
  const isCorrection = mode.kind === "correct";
  const today = useLocalToday(serverToday);
  const date = draft.date || today;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (draft.hadSymptoms === null) {
      setSymptomsError("Choose “No symptoms” or “I had symptoms”");
      return;
    }
    setSymptomsError(null);
    const run = runFromDraft({ ...draft, date });
    const sent = await send({ kind: "run", ...run }, `Run on ${date}, ${run.runMinutes} min`);
    if (!sent) return;
    clear();
    const triage = sent.status === "sent" && "triage" in sent.result ? sent.result.triage : null;
    const runClass = sent.status === "sent" ? sent.result.runClass : null;
    setDone({ outcome: sent.status, triage, runClass });
  }

  if (done) {
    return (
      <SubmitOutcome
        outcome={done.outcome} what={isCorrection ? "Correction" : "Run"} triage={done.triage} runClass={done.runClass}
        onAnother={isCorrection ? undefined : () => { discard(); renewKey(); setDone(null); setErrors(null); }}
      />
    );
  }

  const askNextMorning = isCorrection || date < today;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {errors && <Alert>{errors.message}</Alert>}
      {restored && (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-900">
          <p>Draft restored: what you typed earlier on this phone is back. It has not been sent yet.</p>
          <button type="button" onClick={() => { discard(); setErrors(null); setSymptomsError(null); }} className={`${buttonClass("secondary")} min-h-11`}>
            Discard draft
          </button>
        </div>
      )}

      <section aria-labelledby="run-when" className="space-y-3">
        <h2 id="run-when" className="text-lg font-semibold">The run</h2>
        <TextField name="date" label="Date" type="date" value={date} max={today} onChange={(e) => set("date", e.target.value)} errors={fe("date")} required />
        {initial.plannedRunMinutes !== null && (
          <>
            {plannedStructure && <p className="text-sm text-slate-800">Planned: {plannedStructure}</p>}
            <CheckboxField
              name="unplanned" label="This run was not in my plan" checked={draft.plannedRunMinutes === null}
              onChange={(e) => set("plannedRunMinutes", e.target.checked ? null : initial.plannedRunMinutes)}
            />
          </>
        )}
        <TextField
          name="runMinutes" label="Minutes of running" hint="Running only, not the walk breaks" inputMode="numeric" value={draft.runMinutes}
          onChange={(e) => set("runMinutes", e.target.value)} errors={fe("runMinutes")} required
        />
        <details className="rounded-lg border border-slate-200 p-3" open={moreFields.some((k) => fe(k)?.length) || undefined}>
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-slate-900">More about the run (optional)</summary>
          <div className="mt-2 space-y-3">
            <TextField name="durationMinutes" label="Total minutes, walking included" inputMode="numeric" value={draft.durationMinutes} onChange={(e) => set("durationMinutes", e.target.value)} errors={fe("durationMinutes")} />
            <TextField name="distanceKm" label="Distance (km)" hint="For example 5.2 or 5,2" inputMode="decimal" value={draft.distanceKm} onChange={(e) => set("distanceKm", e.target.value)} errors={fe("distanceKm")} />
            <TextField name="pattern" label="Run/walk pattern you did" hint="For example: 1 min run / 2 min walk × 8" value={draft.pattern} onChange={(e) => set("pattern", e.target.value)} errors={fe("pattern")} />
            <TextField name="temperatureC" label="Temperature (°C)" inputMode="decimal" value={draft.temperatureC} onChange={(e) => set("temperatureC", e.target.value)} errors={fe("temperatureC")} />
          </div>
        </details>
        <SelectField
          name="surface" label="Surface" value={draft.surface} onChange={(e) => set("surface", e.target.value as RunSurface)} errors={fe("surface")}
          options={runSurfaces.map((s) => ({ value: s, label: runSurfaceLabels[s] }))}
        />
        {shoes.length > 0 && (
          <SelectField name="shoeId" label="Shoe" value={draft.shoeId} onChange={(e) => set("shoeId", e.target.value)} errors={fe("shoeId")} placeholder="Not recorded" options={shoes.map((s) => ({ value: s.id, label: s.label }))} />
        )}
      </section>

      <section aria-labelledby="run-feet" className="space-y-4">
        <h2 id="run-feet" className="text-lg font-semibold">Your feet</h2>
        <ChoiceButtons
          name="hadSymptoms" legend="Any numbness, tingling, burning or pain during or after the run?"
          options={[[false, "No symptoms"], [true, "I had symptoms"]] as const} value={draft.hadSymptoms}
          onChange={(v) => { set("hadSymptoms", v); setSymptomsError(null); }} error={symptomsError ?? undefined}
        />
        {draft.hadSymptoms && (
          <div className="space-y-5 rounded-xl border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-800">Tap a number for each one you felt. Leave a row untapped if you are not sure: it is kept as “not rated”.</p>
            <NrsField name="preNrs" legend="Before the run" hint="Your usual level before you started" value={draft.preNrs} onChange={(v) => set("preNrs", v)} onClear={() => set("preNrs", null)} error={fe("preNrs")?.[0]} />
            {symptomKeys.map(([key, label]) => (
              <NrsField key={key} name={key} legend={`${label}: the worst during or just after`} value={draft[key]} onChange={(v) => set(key, v)} onClear={() => set(key, null)} error={fe(key)?.[0]} />
            ))}
            <TextField name="onsetMinute" label="After how many minutes did it start?" hint="Leave empty if it was there from the start of the day" inputMode="numeric" value={draft.onsetMinute} onChange={(e) => set("onsetMinute", e.target.value)} errors={fe("onsetMinute")} />
            <CheckboxField name="stoppedForSymptoms" label="I stopped or walked because of it" checked={draft.stoppedForSymptoms} onChange={(e) => set("stoppedForSymptoms", e.target.checked)} />
            <TextField name="settleMinutes" label="Minutes until it was back to your usual after you stopped" inputMode="numeric" value={draft.settleMinutes} onChange={(e) => set("settleMinutes", e.target.value)} errors={fe("settleMinutes")} />
            <FootRegions value={draft.regions} onChange={(regions) => set("regions", regions)} />
          </div>
        )}
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-900">Anything new?</legend>
          <CheckboxField name="motorSign" label="My foot slapped down, I tripped, or it felt weak" checked={draft.motorSign} onChange={(e) => set("motorSign", e.target.checked)} />
          <CheckboxField name="restSymptoms" label="I have new symptoms at rest" checked={draft.restSymptoms} onChange={(e) => set("restSymptoms", e.target.checked)} />
        </fieldset>
        {askNextMorning && (
          <NrsField
            name="nextMorningNrs" legend="The next morning: how were your feet?" hint="Answer once you are up the day after the run"
            value={draft.nextMorningNrs} onChange={(v) => set("nextMorningNrs", v)} error={fe("nextMorningNrs")?.[0]}
          />
        )}
      </section>

      <section aria-labelledby="run-effort" className="space-y-3">
        <h2 id="run-effort" className="text-lg font-semibold">Effort</h2>
        <NrsField name="rpe" legend="How hard was the session overall?" hint="0 = rest, 3 = easy, 5 = hard. Not tapped = not rated" anchors={["rest", "maximal"]} value={draft.rpe} onChange={(v) => set("rpe", v)} onClear={() => set("rpe", null)} error={fe("rpe")?.[0]} />
        <div>
          <label htmlFor="field-note" className="block text-sm font-medium text-slate-800">Note (optional)</label>
          <textarea id="field-note" name="note" rows={2} maxLength={1000} value={draft.note} onChange={(e) => set("note", e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base" />
        </div>
      </section>

      <button type="submit" disabled={pending} className={`${buttonClass()} min-h-12 w-full text-base`}>
        {pending ? "Saving…" : isCorrection ? "Save correction" : "Save run"}
      </button>
    </form>
  );
}
