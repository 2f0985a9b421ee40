"use client";

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Badge } from "@/app/_components/badge";
import { buttonClass } from "@/app/_components/form";
import { programSideLabels, programSides } from "@/server/domain/programs/schemas";
import {
  hasTensionerWithoutSlider, newEditorItem, type EditorItem, type ItemField, type LibraryExercise, type ProgramFormErrors, type ProgramSide,
} from "./items";

/** The schema's limit (server/domain/programs/schemas.ts); the add button stops there. */
const maxItems = 30;

export const sliderWarning = "Sliders come before tensioners: add a slider first or check irritability is low";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";
const smallButton =
  "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400";
const removeButton =
  "inline-flex items-center justify-center rounded-md border border-red-300 bg-white px-2.5 py-1.5 text-sm font-medium text-red-700 shadow-sm hover:bg-red-50";

type Props = {
  /** The clinic's library (archived exercises included, so saved items still show their dosage). */
  library: LibraryExercise[];
  items: EditorItem[];
  onChange: (items: EditorItem[]) => void;
  errors: ProgramFormErrors;
  /** Level of the editor's heading; each exercise is one level below. */
  headingLevel?: 2 | 3;
  disabled?: boolean;
};

/**
 * An ordered list of prescribed exercises. Order is changed with buttons (keyboard and screen reader
 * friendly); every field is labelled with its exercise so a long list stays unambiguous.
 */
export function ProgramEditor({ library, items, onChange, errors, headingLevel = 2, disabled = false }: Props) {
  const baseId = useId();
  const headingId = `${baseId}-heading`;
  const listErrorId = `${baseId}-list-error`;
  const [announcement, setAnnouncement] = useState("");
  // Set by a button handler, applied after React has re-rendered the list in its new order.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const byId = useMemo(() => new Map(library.map((e) => [e.id, e])), [library]);
  const labels = itemLabels(items);
  const Heading = `h${headingLevel}` as "h2" | "h3";
  const ItemHeading = `h${headingLevel + 1}` as "h3" | "h4";
  const fieldId = (item: EditorItem, field: ItemField | "up" | "down" | "remove") => `${baseId}-${item.key}-${field}`;
  const showWarning = hasTensionerWithoutSlider(items);

  function update(key: string, field: ItemField, value: string) {
    onChange(items.map((i) => (i.key === key ? { ...i, [field]: value } : i)));
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    const item = items[index];
    if (!item || target < 0 || target >= items.length) return;
    const next = [...items];
    next.splice(index, 1);
    next.splice(target, 0, item);
    onChange(next);
    // Keep focus on the button pressed; at the end of the list that button is disabled, so use the other.
    const atEdge = (by === -1 && target === 0) || (by === 1 && target === items.length - 1);
    pendingFocus.current = fieldId(item, atEdge ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down");
    setAnnouncement(`${labels.get(item.key)} moved to position ${target + 1} of ${items.length}`);
  }

  function remove(index: number) {
    const item = items[index];
    if (!item) return;
    const next = items.filter((i) => i.key !== item.key);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = neighbour ? fieldId(neighbour, "remove") : `${baseId}-search`;
    setAnnouncement(`Removed ${labels.get(item.key)}`);
  }

  function add(exercise: LibraryExercise) {
    const item = newEditorItem(exercise);
    onChange([...items, item]);
    pendingFocus.current = fieldId(item, "sets");
    setAnnouncement(`Added ${exercise.name} as exercise ${items.length + 1}`);
  }

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="space-y-1">
        <Heading id={headingId} className="text-lg font-semibold text-slate-900">
          Exercises ({items.length})
        </Heading>
        <p className="text-sm text-slate-700">
          In the order the athlete does them. Give reps, a hold in seconds, or both. New exercises start at the low end of the
          library&apos;s default dosage; adjust it for this athlete.
        </p>
      </div>

      <div role="status">
        {showWarning && (
          <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            <p className="font-semibold">{sliderWarning}</p>
            <p className="mt-1">
              Tensioners here:{" "}
              {items
                .filter((i) => i.glideKind === "tensioner")
                .map((i) => labels.get(i.key))
                .join(", ")}
              . This is a reminder, not a block.
            </p>
          </div>
        )}
      </div>

      {errors.list.length > 0 && (
        <p id={listErrorId} className="text-sm font-medium text-red-700">
          {errors.list.join(". ")}
        </p>
      )}

      {items.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">No exercises yet. Find one in the library below and add it.</p>
      ) : (
        <ol aria-labelledby={headingId} aria-describedby={errors.list.length ? listErrorId : undefined} className="space-y-3">
          {items.map((item, index) => {
            const label = labels.get(item.key) ?? item.exerciseName;
            const exercise = byId.get(item.exerciseId);
            const itemErrors = errors.items[item.key] ?? {};
            const nameId = `${baseId}-${item.key}-name`;
            return (
              <li key={item.key} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <ItemHeading id={nameId} className="text-base font-semibold text-slate-900">
                        {index + 1}. {label}
                      </ItemHeading>
                      {item.glideKind && <Badge tone="warning">{item.glideKind === "slider" ? "Nerve slider" : "Nerve tensioner"}</Badge>}
                      {item.isArchived && <Badge>Archived in the library</Badge>}
                    </div>
                    {exercise && <p className="text-sm text-slate-600">Library dosage: {exercise.dosage}</p>}
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <button
                      id={fieldId(item, "up")} type="button" className={smallButton} disabled={disabled || index === 0}
                      aria-label={`Move ${label} up`} onClick={() => move(index, -1)}
                    >
                      <span aria-hidden="true">↑&nbsp;</span>Up
                    </button>
                    <button
                      id={fieldId(item, "down")} type="button" className={smallButton} disabled={disabled || index === items.length - 1}
                      aria-label={`Move ${label} down`} onClick={() => move(index, 1)}
                    >
                      <span aria-hidden="true">↓&nbsp;</span>Down
                    </button>
                    <button
                      id={fieldId(item, "remove")} type="button" className={removeButton} disabled={disabled}
                      aria-label={`Remove ${label}`} onClick={() => remove(index)}
                    >
                      Remove
                    </button>
                  </div>
                </div>
                <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
                  <NumberField id={fieldId(item, "sets")} label="Sets" name={label} value={item.sets} error={itemErrors.sets} min={1} max={10} disabled={disabled} onChange={(v) => update(item.key, "sets", v)} />
                  <NumberField id={fieldId(item, "reps")} label="Reps" name={label} value={item.reps} error={itemErrors.reps} min={1} max={100} disabled={disabled} onChange={(v) => update(item.key, "reps", v)} />
                  <NumberField id={fieldId(item, "holdSeconds")} label="Hold (seconds)" name={label} value={item.holdSeconds} error={itemErrors.holdSeconds} min={1} max={900} disabled={disabled} onChange={(v) => update(item.key, "holdSeconds", v)} />
                  <NumberField id={fieldId(item, "perWeek")} label="Times per week" name={label} value={item.perWeek} error={itemErrors.perWeek} min={1} max={21} disabled={disabled} onChange={(v) => update(item.key, "perWeek", v)} />
                  <div>
                    <ItemLabel htmlFor={fieldId(item, "side")} label="Side" name={label} />
                    <select
                      id={fieldId(item, "side")} className={inputClass} value={item.side} disabled={disabled}
                      aria-invalid={itemErrors.side ? true : undefined} aria-describedby={itemErrors.side ? `${fieldId(item, "side")}-error` : undefined}
                      onChange={(e) => update(item.key, "side", e.target.value as ProgramSide)}
                    >
                      {programSides.map((side) => (
                        <option key={side} value={side}>
                          {programSideLabels[side]}
                        </option>
                      ))}
                    </select>
                    <ErrorText id={`${fieldId(item, "side")}-error`} error={itemErrors.side} />
                  </div>
                </div>
                <div>
                  <ItemLabel htmlFor={fieldId(item, "notes")} label="Notes" name={label} />
                  <input
                    id={fieldId(item, "notes")} type="text" className={inputClass} value={item.notes} maxLength={500} disabled={disabled}
                    aria-invalid={itemErrors.notes ? true : undefined} aria-describedby={itemErrors.notes ? `${fieldId(item, "notes")}-error` : undefined}
                    onChange={(e) => update(item.key, "notes", e.target.value)}
                  />
                  <ErrorText id={`${fieldId(item, "notes")}-error`} error={itemErrors.notes} />
                </div>
              </li>
            );
          })}
        </ol>
      )}

      <AddExercise baseId={baseId} library={library} isFull={items.length >= maxItems} disabled={disabled} onAdd={add} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}

/** Exercise names, numbered when the same exercise appears twice (e.g. once per side), so labels stay unique. */
function itemLabels(items: EditorItem[]): Map<string, string> {
  const total = new Map<string, number>();
  for (const i of items) total.set(i.exerciseName, (total.get(i.exerciseName) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const i of items) {
    const n = (seen.get(i.exerciseName) ?? 0) + 1;
    seen.set(i.exerciseName, n);
    labels.set(i.key, (total.get(i.exerciseName) ?? 0) > 1 ? `${i.exerciseName} (${n})` : i.exerciseName);
  }
  return labels;
}

function ItemLabel({ htmlFor, label, name }: { htmlFor: string; label: string; name: string }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-800">
      {label}
      <span className="sr-only"> for {name}</span>
    </label>
  );
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

function NumberField(props: {
  id: string; label: string; name: string; value: string; error?: string; min: number; max: number; disabled: boolean; onChange: (value: string) => void;
}) {
  const { id, label, name, value, error, min, max, disabled, onChange } = props;
  return (
    <div>
      <ItemLabel htmlFor={id} label={label} name={name} />
      <input
        id={id} type="number" inputMode="numeric" step={1} min={min} max={max} className={inputClass} value={value} disabled={disabled}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)}
      />
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

/** Search the library, pick one, add it to the end of the list. */
function AddExercise({ baseId, library, isFull, disabled, onAdd }: {
  baseId: string; library: LibraryExercise[]; isFull: boolean; disabled: boolean; onAdd: (exercise: LibraryExercise) => void;
}) {
  const [query, setQuery] = useState("");
  const [chosenId, setChosenId] = useState("");
  const available = library.filter((e) => !e.isArchived);
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = available.filter((e) => {
    const haystack = `${e.name} ${e.category} ${e.target}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const chosen = matches.find((e) => e.id === chosenId) ?? matches[0];
  const searchId = `${baseId}-search`;
  const selectId = `${baseId}-choice`;

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter in the search box must not submit the surrounding form.
    if (event.key === "Enter") event.preventDefault();
  }

  return (
    <fieldset className="space-y-3 rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">Add an exercise from the library</legend>
      <div className="grid items-start gap-3 md:grid-cols-[1fr_1.5fr_auto]">
        <div>
          <label htmlFor={searchId} className="block text-sm font-medium text-slate-800">
            Find an exercise
          </label>
          <input
            id={searchId} type="search" className={inputClass} value={query} autoComplete="off" maxLength={100} disabled={disabled}
            aria-describedby={`${searchId}-hint`} onKeyDown={onSearchKeyDown} onChange={(e) => setQuery(e.target.value)}
          />
          <p id={`${searchId}-hint`} className="mt-1 text-sm text-slate-600">
            {matches.length === available.length ? `${available.length} exercises` : `${matches.length} of ${available.length} exercises match`}
          </p>
        </div>
        <div>
          <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
            Exercise to add
          </label>
          <select
            id={selectId} className={inputClass} value={chosen?.id ?? ""} disabled={disabled || matches.length === 0}
            onChange={(e) => setChosenId(e.target.value)}
          >
            {matches.length === 0 && <option value="">No exercise matches</option>}
            {matches.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} — {e.category}
              </option>
            ))}
          </select>
          {chosen && (
            <p className="mt-1 text-sm text-slate-600">
              {chosen.target}. Library dosage: {chosen.dosage}
            </p>
          )}
        </div>
        <div className="md:pt-6">
          <button type="button" className={buttonClass("secondary")} disabled={disabled || !chosen || isFull} onClick={() => chosen && onAdd(chosen)}>
            Add exercise
          </button>
        </div>
      </div>
      {isFull && <p className="text-sm text-slate-700">A program holds at most {maxItems} exercises.</p>}
    </fieldset>
  );
}
