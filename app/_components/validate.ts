import { z } from "zod";
import type { FieldErrors } from "@/app/_trpc/client";

export type FormErrors = { message: string; fieldErrors: FieldErrors };

/** Checks form values with the same zod schema the procedure uses, before a round trip. */
export function validateInput<S extends z.ZodType>(schema: S, values: unknown): { ok: true; data: z.output<S> } | { ok: false; errors: FormErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const { formErrors, fieldErrors } = z.flattenError(result.error);
  // One message per field: later checks on an empty or malformed value only repeat the first.
  const firstErrors = Object.fromEntries(Object.entries(fieldErrors as FieldErrors).map(([field, messages]) => [field, messages?.slice(0, 1)]));
  return { ok: false, errors: { message: formErrors[0] ?? "Please correct the highlighted fields", fieldErrors: firstErrors } };
}

/** A trimmed text value from a form ("" when missing). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}
