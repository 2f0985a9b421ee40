import { z } from "zod";
import { idInput } from "../ids";

export const glideKinds = ["slider", "tensioner"] as const;
export type GlideKind = (typeof glideKinds)[number];

const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

/** An exercise as the clinic records it; instructions must stand on their own in text. */
export const exerciseFields = z.object({
  name: z.string().trim().min(2, "Name the exercise").max(120),
  category: z.string().trim().min(2, "Give a category").max(80),
  target: z.string().trim().min(2, "Say what it targets").max(200),
  dosage: z.string().trim().min(2, "Give a default dosage").max(300),
  cues: z.string().trim().min(10, "Write the instructions (at least a sentence)").max(2000),
  caution: optionalText(1000),
  glideKind: z.enum(glideKinds).nullish().transform((v) => v ?? null),
  imageUrl: z
    .url({ protocol: /^https?$/, message: "Use an http(s) link" })
    .max(2000)
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((v) => v ?? null),
});
export type ExerciseFields = z.infer<typeof exerciseFields>;

export const createExerciseInput = exerciseFields;
export const updateExerciseInput = exerciseFields.extend({ exerciseId: idInput, version: z.number().int().min(1) });
export type UpdateExerciseInput = z.infer<typeof updateExerciseInput>;
export const exerciseIdInput = z.object({ exerciseId: idInput });
export type ExerciseIdInput = z.infer<typeof exerciseIdInput>;

export const listExercisesInput = z
  .object({
    search: z.string().trim().max(100).optional(),
    category: z.string().trim().max(80).optional(),
    includeArchived: z.boolean().default(false),
  })
  .default({ includeArchived: false });
export type ListExercisesInput = z.infer<typeof listExercisesInput>;

/** Starter categories name the glide kind (docs/clinical-rules.md 2.3: sliders before tensioners). */
export function glideKindOfCategory(category: string): GlideKind | null {
  if (/slider/i.test(category)) return "slider";
  if (/tensioner/i.test(category)) return "tensioner";
  return null;
}
