"use client";

import { useId } from "react";

/** One choice of a few, as big radio buttons (e.g. done / partly / skipped). */
export function ChoiceButtons<T extends string | boolean>({ name, legend, options, value, onChange, error }: {
  name: string;
  legend: string;
  options: readonly (readonly [T, string])[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
}) {
  const errorId = useId();
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      <div className="mt-2 grid gap-2" style={{ gridTemplateColumns: `repeat(${options.length}, minmax(0, 1fr))` }}>
        {options.map(([option, label]) => (
          <label key={String(option)} className="relative">
            <input type="radio" name={name} className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0" checked={value === option} onChange={() => onChange(option)} />
            <span className="flex min-h-12 cursor-pointer items-center justify-center rounded-lg border border-slate-300 bg-white px-2 text-center font-semibold text-slate-900 peer-checked:border-brand-700 peer-checked:bg-brand-600 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 peer-focus-visible:ring-offset-2">
              {label}
            </span>
          </label>
        ))}
      </div>
      {error && <p id={errorId} className="mt-1 text-sm text-red-700">{error}</p>}
    </fieldset>
  );
}
