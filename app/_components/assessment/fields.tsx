"use client";

import { useId, type ReactNode } from "react";
import { fieldId, getAt, isBlank } from "./form-data";
import type { Option } from "./labels";
import { GroupDepthProvider, useGroupDepth, useSection } from "./section-context";

/**
 * The building blocks of the assessment section forms. Each field is named by the dotted path of its
 * value in the section data and renders an input while editing, or a definition-list row when the
 * visit is signed, so the forms and the read-only record share one description of every section.
 *
 * Layout rule: leaf fields sit inside <Fields> (a grid, or a <dl> when read-only); <Group> holds
 * <Fields> and other groups.
 */

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";
export const smallInputClass =
  "block w-full min-w-16 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

type LeafProps = {
  /** Dotted path of the value in the section data; also the input's name. */
  name: string;
  label: string;
  /** Read by screen readers before the visible label, for context the surrounding layout shows visually. */
  srPrefix?: string;
  /** Read by screen readers after the visible label ("Left" + " knee-to-wall (cm)"). */
  srSuffix?: string;
  hint?: string;
  /** Spans the whole row of the grid. */
  wide?: boolean;
};

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ htmlFor, label, srPrefix, srSuffix }: { htmlFor: string; label: string; srPrefix?: string; srSuffix?: string }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-800">
      {srPrefix && <span className="sr-only">{srPrefix} </span>}
      {label}
      {srSuffix && <span className="sr-only"> {srSuffix}</span>}
    </label>
  );
}

/** Hint and error text under a field. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

/** A term and its value on the read-only record. */
export function ReadRow({ label, children, wide }: { label: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-full" : undefined}>
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-0.5 text-sm whitespace-pre-line text-slate-900">{children}</dd>
    </div>
  );
}

/** A grid of leaf fields: a <div> while editing, a <dl> on the read-only record. */
export function Fields({ children, columns = 3 }: { children: ReactNode; columns?: 1 | 2 | 3 | 4 }) {
  const { mode } = useSection();
  const grid = {
    1: "grid gap-4",
    2: "grid gap-4 sm:grid-cols-2",
    3: "grid gap-4 sm:grid-cols-2 lg:grid-cols-3",
    4: "grid gap-4 sm:grid-cols-2 lg:grid-cols-4",
  }[columns];
  if (mode === "read") return <dl className={`${grid} empty:hidden`}>{children}</dl>;
  return <div className={grid}>{children}</div>;
}

/**
 * A group of related fields: a fieldset with its legend while editing; on the record a heading, left out
 * when nothing under `path` was recorded.
 */
export function Group({ legend, path, hint, children, tone = "plain" }: {
  legend: string;
  /** Where the group's data lives; on the record the group is left out when all of it is blank. */
  path?: string | string[];
  hint?: ReactNode;
  children: ReactNode;
  tone?: "plain" | "card";
}) {
  const { mode, saved } = useSection();
  const depth = useGroupDepth();
  const hintId = useId();
  const box = tone === "card" ? "rounded-lg border border-slate-200 bg-slate-50 p-4" : "";
  if (mode === "read") {
    if (path !== undefined && [path].flat().every((p) => isBlank(getAt(saved, p)))) return null;
    const Heading = depth === 0 ? "h3" : depth === 1 ? "h4" : "h5";
    const size = depth === 0 ? "text-base font-semibold" : depth === 1 ? "text-sm font-semibold" : "text-sm font-semibold italic";
    return (
      <div className={`space-y-3 ${box}`}>
        <Heading className={`${size} text-slate-900`}>{legend}</Heading>
        <GroupDepthProvider value={depth + 1}>{children}</GroupDepthProvider>
      </div>
    );
  }
  return (
    <fieldset className={`min-w-0 space-y-4 ${tone === "card" ? box : "border-t border-slate-200 pt-3"}`} aria-describedby={hint ? hintId : undefined}>
      <legend className={`${depth === 0 ? "text-base" : "text-sm"} px-1 font-semibold text-slate-900`}>{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <GroupDepthProvider value={depth + 1}>{children}</GroupDepthProvider>
    </fieldset>
  );
}

/** A number input; empty stays unrecorded. */
export function NumberField({ name, label, srPrefix, srSuffix, hint, wide, min, max, step = 1, format, after }: LeafProps & {
  min: number;
  max: number;
  step?: number;
  /** How the value reads on the record (default: the number). */
  format?: (value: number) => ReactNode;
  /** Shown under the input, e.g. a value derived from it. */
  after?: ReactNode;
}) {
  const { kind, mode, saved, errors } = useSection();
  const value = getAt(saved, name);
  if (mode === "read") {
    if (typeof value !== "number") return null;
    return (
      <ReadRow label={label} wide={wide}>
        {format ? format(value) : value}
        {after && <span className="block text-slate-700">{after}</span>}
      </ReadRow>
    );
  }
  const id = fieldId(kind, name);
  const error = errors[name];
  return (
    <div className={wide ? "sm:col-span-full" : undefined}>
      <Label htmlFor={id} label={label} srPrefix={srPrefix} srSuffix={srSuffix} />
      <input
        id={id} name={name} type="number" data-kind="number" min={min} max={max} step={step}
        inputMode={Number.isInteger(step) && min >= 0 ? "numeric" : "decimal"}
        defaultValue={typeof value === "number" ? value : ""}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
      />
      {after && <div className="mt-1 text-sm text-slate-700">{after}</div>}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A free-text field (one line, or several with `multiline`). */
export function TextField({ name, label, srPrefix, srSuffix, hint, wide, multiline, maxLength = 2000 }: LeafProps & { multiline?: boolean; maxLength?: number }) {
  const { kind, mode, saved, errors } = useSection();
  const value = getAt(saved, name);
  if (mode === "read") {
    if (typeof value !== "string" || value === "") return null;
    return (
      <ReadRow label={label} wide={wide ?? multiline}>
        {value}
      </ReadRow>
    );
  }
  const id = fieldId(kind, name);
  const error = errors[name];
  const common = {
    id, name, "data-kind": "text", maxLength, defaultValue: typeof value === "string" ? value : "",
    "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error), className: inputClass,
  } as const;
  return (
    <div className={(wide ?? multiline) ? "sm:col-span-full" : undefined}>
      <Label htmlFor={id} label={label} srPrefix={srPrefix} srSuffix={srSuffix} />
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" autoComplete="off" {...common} />}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

/** One choice of an enum; the empty option means not recorded. */
export function SelectField({ name, label, srPrefix, srSuffix, hint, wide, options, placeholder = "Not recorded", required }: LeafProps & {
  options: Option[];
  placeholder?: string;
  /** No empty option (the value always has one, e.g. a unit). */
  required?: boolean;
}) {
  const { kind, mode, saved, errors } = useSection();
  const value = getAt(saved, name);
  if (mode === "read") {
    if (typeof value !== "string") return null;
    return (
      <ReadRow label={label} wide={wide}>
        {options.find((o) => o.value === value)?.label ?? value}
      </ReadRow>
    );
  }
  const id = fieldId(kind, name);
  const error = errors[name];
  return (
    <div className={wide ? "sm:col-span-full" : undefined}>
      <Label htmlFor={id} label={label} srPrefix={srPrefix} srSuffix={srSuffix} />
      <select
        id={id} name={name} data-kind="enum" defaultValue={typeof value === "string" ? value : required ? options[0]?.value : ""}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={inputClass}
      >
        {!required && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A yes/no finding where "not recorded" stays distinct from "no". */
export function BoolField({ name, label, srPrefix, srSuffix, hint, wide }: LeafProps) {
  const { kind, mode, saved, errors } = useSection();
  const value = getAt(saved, name);
  if (mode === "read") {
    if (typeof value !== "boolean") return null;
    return (
      <ReadRow label={label} wide={wide}>
        {value ? "Yes" : "No"}
      </ReadRow>
    );
  }
  const id = fieldId(kind, name);
  const error = errors[name];
  return (
    <div className={wide ? "sm:col-span-full" : undefined}>
      <Label htmlFor={id} label={label} srPrefix={srPrefix} srSuffix={srSuffix} />
      <select
        id={id} name={name} data-kind="bool" defaultValue={value === true ? "true" : value === false ? "false" : ""}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={inputClass}
      >
        <option value="">Not recorded</option>
        <option value="true">Yes</option>
        <option value="false">No</option>
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A multi-select as checkboxes in a fieldset; on the record, the chosen labels. */
export function CheckboxGroup({ name, groupId, legend, hint, options, columns = 2, wide = true }: {
  name: string;
  /** Spans the whole row of the grid (default). */
  wide?: boolean;
  /** When several groups share one name (the body map per foot), each needs its own id. */
  groupId?: string;
  legend: string;
  hint?: string;
  options: (Option & { hint?: string })[];
  columns?: 1 | 2 | 3;
}) {
  const { kind, mode, saved, errors } = useSection();
  const raw = getAt(saved, name);
  const chosen = Array.isArray(raw) ? (raw as string[]) : [];
  if (mode === "read") {
    // Several groups may share one name (the body map per foot): show only this group's choices.
    const labels = options.filter((o) => chosen.includes(o.value)).map((o) => o.label);
    if (labels.length === 0) return null;
    return (
      <ReadRow label={legend} wide={wide}>
        {labels.join("; ")}
      </ReadRow>
    );
  }
  const id = fieldId(kind, groupId ?? name);
  const error = groupId ? undefined : errors[name];
  const grid = { 1: "grid gap-2", 2: "grid gap-2 sm:grid-cols-2", 3: "grid gap-2 sm:grid-cols-2 lg:grid-cols-3" }[columns];
  return (
    <fieldset id={id} className={`min-w-0 ${wide ? "sm:col-span-full" : ""}`} aria-describedby={describedBy(id, hint, error)}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className={`mt-2 ${grid}`}>
        {options.map((o) => {
          const optionId = fieldId(kind, `${name}.${o.value}`);
          return (
            <div key={o.value} className="flex items-start gap-2">
              <input
                id={optionId} type="checkbox" name={name} value={o.value} data-kind="multi" defaultChecked={chosen.includes(o.value)}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                className="mt-0.5 size-4 shrink-0 rounded border-slate-400 accent-brand-600"
              />
              <div>
                <label htmlFor={optionId} className="text-sm text-slate-800">
                  {o.label}
                </label>
                {o.hint && (
                  <p id={`${optionId}-hint`} className="text-xs text-slate-600">
                    {o.hint}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A value derived from the entries (not stored), announced politely as it changes. */
export function Derived({ children }: { children: ReactNode }) {
  return (
    <p aria-live="polite" className="text-sm text-slate-800">
      {children}
    </p>
  );
}
