"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Alert, TextField, buttonClass } from "@/app/_components/form";
import { validateInput, type FormErrors } from "@/app/_components/validate";
import { dn4Items } from "@/server/domain/scoring/dn4";
import { instruments, type InstrumentAnswers, type InstrumentId } from "@/server/domain/scoring/instruments";
import { lanssItems } from "@/server/domain/scoring/lanss";
import { LEFS_STEM, lefsItems, lefsResponses } from "@/server/domain/scoring/lefs";
import { painDetectCoursePatterns, painDetectItems, painDetectResponses } from "@/server/domain/scoring/paindetect";
import { PSFS_MAX_ACTIVITIES } from "@/server/domain/scoring/psfs";

type Props = {
  instrument: InstrumentId;
  submitLabel: string;
  pending: boolean;
  /** Server-side problem to show above the form. */
  serverError?: string | null;
  onSubmit: (answers: InstrumentAnswers[InstrumentId]) => void;
};

/** Any instrument of the registry as a form; the server scores the answers, never the browser. */
export function QuestionnaireForm({ instrument, submitLabel, pending, serverError, onSubmit }: Props) {
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const definition = instruments[instrument];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const checked = validateInput(definition.answersSchema, answersFrom(instrument, form));
    if (!checked.ok) return setErrors(checked.errors);
    setErrors(null);
    onSubmit(checked.data as InstrumentAnswers[InstrumentId]);
  }

  const message = errors?.message ?? serverError ?? null;
  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label={definition.title}>
      {message && <Alert>{message}</Alert>}
      <Fields instrument={instrument} />
      <p className="text-xs text-slate-600">
        {definition.title} · {definition.version}
      </p>
      <button type="submit" className={buttonClass()} disabled={pending}>
        {pending ? "Sending…" : submitLabel}
      </button>
    </form>
  );
}

function Fields({ instrument }: { instrument: InstrumentId }) {
  switch (instrument) {
    case "LEFS":
      return (
        <div className="space-y-3">
          <p className="font-medium text-slate-900">{LEFS_STEM}</p>
          {lefsItems.map((item, i) => (
            <RadioGroup key={item} name={`item-${i}`} legend={`${i + 1}. ${item}`} options={lefsResponses.map((r) => ({ value: String(r.value), label: `${r.value} · ${r.label}` }))} />
          ))}
        </div>
      );
    case "PSFS":
      return (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">
            Name 3 to 5 activities you find hard because of your feet, and rate each from 0 (unable) to 10 (as before the problem).
          </p>
          {Array.from({ length: PSFS_MAX_ACTIVITIES }, (_, i) => (
            <div key={i} className="grid gap-3 sm:grid-cols-[1fr_10rem]">
              <TextField name={`activity-${i}`} label={`Activity ${i + 1}${i >= 3 ? " (optional)" : ""}`} maxLength={200} />
              <TextField name={`rating-${i}`} label={`Rating for activity ${i + 1} (0–10)`} type="number" min={0} max={10} inputMode="numeric" />
            </div>
          ))}
        </div>
      );
    case "NRS":
      return <RadioGroup name="value" legend="Your symptoms right now, from 0 (none) to 10 (worst imaginable)" options={range(0, 10).map((n) => ({ value: String(n), label: String(n) }))} inline />;
    case "DN4":
      return <YesNoItems items={dn4Items} />;
    case "LANSS":
      return <YesNoItems items={lanssItems} />;
    case "PAINDETECT":
      return (
        <div className="space-y-3">
          {painDetectItems.map((item) => (
            <RadioGroup key={item.key} name={item.key} legend={item.label} options={painDetectResponses.map((r, value) => ({ value: String(value), label: `${value} · ${r}` }))} />
          ))}
          <RadioGroup name="coursePattern" legend="Course of the pain" options={painDetectCoursePatterns.map((p) => ({ value: p.key, label: p.label }))} />
          <RadioGroup name="radiation" legend="Does the pain radiate to other parts of the body?" options={yesNo} inline />
        </div>
      );
  }
}

const yesNo = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

function YesNoItems({ items }: { items: readonly { key: string; label: string }[] }) {
  return (
    <div className="space-y-3">
      {items.map((item) => (
        <RadioGroup key={item.key} name={item.key} legend={item.label} options={yesNo} inline />
      ))}
    </div>
  );
}

function RadioGroup({ name, legend, options, inline = false }: { name: string; legend: ReactNode; options: { value: string; label: string }[]; inline?: boolean }) {
  return (
    <fieldset className="rounded-md border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-medium text-slate-900">{legend}</legend>
      <div className={inline ? "flex flex-wrap gap-2" : "grid gap-1"}>
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2 rounded px-2 text-sm text-slate-800 hover:bg-slate-50">
            <input type="radio" name={name} value={o.value} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const numberOrNull = (v: FormDataEntryValue | null) => (v === null || v === "" ? null : Number(v));
const yesNoOrNull = (v: FormDataEntryValue | null) => (v === "yes" ? true : v === "no" ? false : null);

/** Form fields → the instrument's answer shape (unanswered stays null, never "no"). */
function answersFrom(instrument: InstrumentId, form: FormData): unknown {
  switch (instrument) {
    case "LEFS":
      return { items: lefsItems.map((_, i) => numberOrNull(form.get(`item-${i}`))) };
    case "PSFS":
      return {
        activities: range(0, PSFS_MAX_ACTIVITIES - 1)
          .map((i) => ({ activity: String(form.get(`activity-${i}`) ?? "").trim(), rating: numberOrNull(form.get(`rating-${i}`)) }))
          .filter((a) => a.activity !== "" || a.rating !== null),
      };
    case "NRS":
      return { value: numberOrNull(form.get("value")) };
    case "DN4":
      return Object.fromEntries(dn4Items.map((i) => [i.key, yesNoOrNull(form.get(i.key))]));
    case "LANSS":
      return Object.fromEntries(lanssItems.map((i) => [i.key, yesNoOrNull(form.get(i.key))]));
    case "PAINDETECT":
      return {
        ...Object.fromEntries(painDetectItems.map((i) => [i.key, numberOrNull(form.get(i.key))])),
        coursePattern: form.get("coursePattern") || null,
        radiation: yesNoOrNull(form.get("radiation")),
      };
  }
}
