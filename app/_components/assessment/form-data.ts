import type { z } from "zod";

/**
 * Section forms are plain uncontrolled inputs whose `name` is the dotted path of the value in the
 * section's data (`L.tinel.result`, `nrs.tingling.duringRun`) and whose `data-kind` says how to read it.
 * One reader turns any section form into the nested object its zod schema expects.
 */
export type FieldKind = "number" | "text" | "enum" | "bool" | "multi";

export type PathErrors = Record<string, string>;

type Tree = Record<string, unknown>;

/** The value at a dotted path ("L.sensory.monofilament.plantarHallux"), or undefined. */
export function getAt(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Tree)[key];
  }
  return current;
}

function setAt(tree: Tree, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object" || Array.isArray(next)) node[key] = {};
    node = node[key] as Tree;
  }
  node[keys.at(-1)!] = value;
}

function pushAt(tree: Tree, path: string, value: string): void {
  const existing = getAt(tree, path);
  setAt(tree, path, Array.isArray(existing) ? [...existing, value] : [value]);
}

/** Whether a value holds nothing worth showing: null, undefined, "", [] or an object of such. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value as Tree).every(isBlank);
  return false;
}

/** Drops empty nested objects, so an untouched group is simply absent (every section field is nullish). */
function prune(tree: Tree): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const inner = prune(value as Tree);
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * The section data held by a form: empty inputs are left out (never 0 or "no"), numbers are parsed,
 * "true"/"false" selects become booleans and checked boxes of one name become an array. A number input
 * the browser cannot parse is reported as a problem rather than silently dropped.
 */
export function readSectionForm(form: HTMLFormElement): { data: Tree; problems: PathErrors } {
  const data: Tree = {};
  const problems: PathErrors = {};
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
    const kind = element.dataset.kind as FieldKind | undefined;
    const path = element.name;
    if (!kind || !path || element.disabled) continue;
    const isToggle = element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox");
    if (isToggle && !(element as HTMLInputElement).checked) continue;
    const value = element.value.trim();
    switch (kind) {
      case "number":
        if (element instanceof HTMLInputElement && element.validity.badInput) problems[path] = "Enter a number";
        else if (value !== "") setAt(data, path, Number(value));
        break;
      case "text":
      case "enum":
        if (value !== "") setAt(data, path, value);
        break;
      case "bool":
        if (value === "true" || value === "false") setAt(data, path, value === "true");
        break;
      case "multi":
        pushAt(data, path, element.value);
        break;
    }
  }
  return { data: prune(data), problems };
}

/**
 * Checks data with the section's zod schema (the one the procedure uses). Errors are keyed by the
 * dotted path of the field, one message per field, so each input can show its own.
 */
export function validateSection<S extends z.ZodType>(
  schema: S,
  data: unknown,
  mapPath: (path: string) => string = (p) => p,
): { ok: true; data: z.output<S> } | { ok: false; errors: PathErrors } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  const errors: PathErrors = {};
  for (const issue of result.error.issues) {
    const path = mapPath(issue.path.map(String).join("."));
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A DOM id for a field of a section: `symptomHistory-nrs-tingling-duringRun`. */
export function fieldId(section: string, path: string): string {
  return `${section}-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
