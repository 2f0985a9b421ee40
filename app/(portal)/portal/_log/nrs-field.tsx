"use client";

import { useId } from "react";

/**
 * An 11-point rating (NRS 0–10, docs/clinical-rules.md R1.1) as big radio buttons: one tap on a phone, arrow keys on a
 * keyboard. `anchors` names the ends ("none" … "worst imaginable"). Nothing is selected until the
 * athlete taps (null = not rated); with `onClear` a tapped rating can be taken back to "not rated".
 */
export function NrsField({
  name, legend, hint, value, onChange, onClear, error, anchors = ["none", "worst imaginable"],
}: {
  name: string;
  legend: string;
  hint?: string;
  value: number | null;
  onChange: (value: number) => void;
  onClear?: () => void;
  error?: string;
  anchors?: [string, string];
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <div className="mt-2 grid grid-cols-6 gap-1.5 sm:grid-cols-11">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="relative">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0" />
            <span className="flex min-h-11 cursor-pointer items-center justify-center rounded-lg border border-slate-300 bg-white text-base font-semibold text-slate-900 peer-checked:border-brand-700 peer-checked:bg-brand-600 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 peer-focus-visible:ring-offset-2">
              {n}
            </span>
          </label>
        ))}
      </div>
      <p className="mt-1 flex justify-between text-xs text-slate-700" aria-hidden="true">
        <span>0 = {anchors[0]}</span>
        <span>10 = {anchors[1]}</span>
      </p>
      {onClear && value !== null && (
        <button type="button" onClick={onClear} className="mt-1 min-h-11 text-sm font-semibold text-brand-700 underline">
          Clear: not rated<span className="sr-only"> ({legend})</span>
        </button>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
