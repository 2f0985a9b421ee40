import type { z } from "zod";
import type { RouterOutputs } from "@/app/_components/router-types";
import type { GlideKind } from "@/server/domain/exercises/schemas";
import type { programSides } from "@/server/domain/programs/schemas";

/**
 * The program editor's state and its conversion to the procedure inputs. Numbers stay strings while
 * they are typed; the zod schemas of server/domain/programs/schemas.ts judge them on submit.
 */

export type ProgramSide = (typeof programSides)[number];
export type ItemField = "sets" | "reps" | "holdSeconds" | "perWeek" | "side" | "notes";

/** What the editor needs to know about a library exercise (not the whole record). */
export type LibraryExercise = {
  id: string;
  name: string;
  category: string;
  target: string;
  dosage: string;
  glideKind: GlideKind | null;
  isArchived: boolean;
};

/** A program item as the API returns it (templates and programs alike). */
export type ProgramItemView = RouterOutputs["program"]["list"][number]["items"][number];

export type EditorItem = {
  /** Stable across reordering, so focus, errors and React state follow the item. */
  key: string;
  exerciseId: string;
  exerciseName: string;
  glideKind: GlideKind | null;
  isArchived: boolean;
  sets: string;
  reps: string;
  holdSeconds: string;
  perWeek: string;
  side: ProgramSide;
  notes: string;
};

/** Slims the library to what the editor shows (the page loads it with archived exercises included). */
export function toLibrary(exercises: RouterOutputs["exercise"]["list"]): LibraryExercise[] {
  return exercises.map((e) => ({
    id: e.id, name: e.name, category: e.category, target: e.target, dosage: e.dosage, glideKind: e.glideKind, isArchived: e.archivedAt !== null,
  }));
}

const text = (value: number | null) => (value === null ? "" : String(value));

/** Saved items → editor rows. Keys are positional so the server and browser renders agree. */
export function editorItemsFrom(items: ProgramItemView[]): EditorItem[] {
  return items.map((i, index) => ({
    key: `saved-${index}`,
    exerciseId: i.exerciseId,
    exerciseName: i.exerciseName,
    glideKind: i.glideKind,
    isArchived: i.archived,
    sets: text(i.sets),
    reps: text(i.reps),
    holdSeconds: text(i.holdSeconds),
    perWeek: text(i.perWeek),
    side: i.side,
    notes: i.notes ?? "",
  }));
}

let nextKey = 0;

/** A new row for a library exercise, starting from the low end of its default dosage. */
export function newEditorItem(exercise: LibraryExercise): EditorItem {
  const suggested = suggestDosage(exercise.dosage);
  nextKey += 1;
  return {
    key: `new-${nextKey}`,
    exerciseId: exercise.id,
    exerciseName: exercise.name,
    glideKind: exercise.glideKind,
    isArchived: exercise.isArchived,
    sets: text(suggested.sets),
    reps: text(suggested.reps),
    holdSeconds: text(suggested.holdSeconds),
    perWeek: text(suggested.perWeek),
    side: "both",
    notes: "",
  };
}

type Suggested = { sets: number | null; reps: number | null; holdSeconds: number | null; perWeek: number | null };

const range = String.raw`(\d+)(?:\s*[–-]\s*\d+)?`;
const setsTimesCount = new RegExp(String.raw`${range}\s*[×x]\s*${range}\s*(s\b|sec|min\b)?`, "i");
const holdWithin = /(?:with\s+(\d+)\s*s\s+hold|holds?\s+of\s+(\d+))/i;
const perDay = new RegExp(String.raw`${range}\s*[×x]\s*/\s*day`, "i");
const perWeek = new RegExp(String.raw`${range}\s*[×x]\s*/\s*week`, "i");

/**
 * Reads a library dosage such as "2–3 × 10–15 reps, 1–3×/day" as a starting point: the low end of
 * each range (2 sets of 10, 7 times a week). Only a prefill; the therapist sets the real dose.
 */
export function suggestDosage(dosage: string): Suggested {
  const result: Suggested = { sets: null, reps: null, holdSeconds: null, perWeek: null };
  const volume = setsTimesCount.exec(dosage);
  if (volume) {
    const sets = Number(volume[1]);
    const count = Number(volume[2]);
    const unit = volume[3]?.toLowerCase();
    if (sets >= 1 && sets <= 10) result.sets = sets;
    if (unit === "min") result.holdSeconds = count * 60 <= 900 ? count * 60 : null;
    else if (unit) result.holdSeconds = count <= 900 ? count : null;
    else result.reps = count <= 100 ? count : null;
  }
  const hold = holdWithin.exec(dosage);
  if (hold && result.holdSeconds === null) result.holdSeconds = Number(hold[1] ?? hold[2]);
  const day = perDay.exec(dosage);
  const week = perWeek.exec(dosage);
  if (day) result.perWeek = Math.min(21, Number(day[1]) * 7);
  else if (week) result.perWeek = Math.min(21, Number(week[1]));
  else if (/\bdaily\b/i.test(dosage)) result.perWeek = 7;
  return result;
}

/** A typed number: blank is "not given"; anything else is left for the schema to judge. */
function toNumber(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : Number(trimmed);
}

/** Editor rows → the `items` of createTemplateInput, startProgramInput or reviseProgramInput. */
export function toItemValues(items: EditorItem[]) {
  return items.map((i) => ({
    exerciseId: i.exerciseId,
    sets: toNumber(i.sets),
    reps: toNumber(i.reps),
    holdSeconds: toNumber(i.holdSeconds),
    // Required: blank stays undefined so the schema reports it as missing.
    perWeek: toNumber(i.perWeek) ?? undefined,
    side: i.side,
    notes: i.notes.trim() || null,
  }));
}

/** Problems found before or after a round trip, placed where the form shows them. */
export type ProgramFormErrors = {
  message: string;
  /** Top-level fields of the input (name, startDate, changeNote, …). */
  fields: Record<string, string[] | undefined>;
  /** About the list as a whole (too many, duplicates, none). */
  list: string[];
  /** Per item, keyed by the item's key (so reordering keeps the message on its item). */
  items: Record<string, Partial<Record<ItemField, string>>>;
};

export const noErrors: ProgramFormErrors = { message: "", fields: {}, list: [], items: {} };

const itemFields = new Set<string>(["sets", "reps", "holdSeconds", "perWeek", "side", "notes"]);

/** Validates a whole program input with its zod schema; messages land on the item they concern. */
export function checkProgramInput<S extends z.ZodType>(
  schema: S,
  values: unknown,
  items: EditorItem[],
): { ok: true; data: z.output<S> } | { ok: false; errors: ProgramFormErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: ProgramFormErrors = { message: "Please correct the highlighted fields", fields: {}, list: [], items: {} };
  for (const issue of result.error.issues) {
    const [head, index, field] = issue.path;
    if (head === "items" && typeof index === "number" && typeof field === "string" && itemFields.has(field)) {
      const key = items[index]?.key;
      if (!key) continue;
      const forItem = (errors.items[key] ??= {});
      // One message per field; a blank number is "missing", whatever check would fail next.
      forItem[field as ItemField] ??= issue.code === "invalid_type" ? "Enter a number" : issue.message;
    } else if (head === "items") {
      if (!errors.list.includes(issue.message)) errors.list.push(issue.message);
    } else if (typeof head === "string") {
      errors.fields[head] ??= [issue.message];
    } else {
      errors.message = issue.message;
    }
  }
  return { ok: false, errors };
}

/** A server refusal (describeError's shape) as form errors. */
export function serverErrors(problem: { message: string; fieldErrors: Record<string, string[] | undefined> }): ProgramFormErrors {
  const { items, ...fields } = problem.fieldErrors;
  return { message: problem.message, fields, list: items ?? [], items: {} };
}

/** docs/clinical-rules.md 2.3: a tensioner without any slider in the program deserves a second look. */
export function hasTensionerWithoutSlider(items: { glideKind: GlideKind | null }[]): boolean {
  return items.some((i) => i.glideKind === "tensioner") && !items.some((i) => i.glideKind === "slider");
}
