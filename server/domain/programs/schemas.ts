import { z } from "zod";
import { calendarDate } from "../dates";
import { idInput } from "../ids";
import { runPlanEntry } from "../plans/schemas";

export const programSides = ["left", "right", "both", "none"] as const;
export const programSideLabels: Record<(typeof programSides)[number], string> = {
  left: "Left", right: "Right", both: "Both sides", none: "Not sided",
};

const optionalInt = (min: number, max: number, what: string) =>
  z.number().int(`${what} must be a whole number`).min(min, `${what}: at least ${min}`).max(max, `${what}: at most ${max}`).nullish().transform((v) => v ?? null);

/** One prescribed exercise: sets × reps or a hold in seconds, how often a week, which side. */
export const programItem = z
  .object({
    exerciseId: idInput,
    sets: optionalInt(1, 10, "Sets"),
    reps: optionalInt(1, 100, "Reps"),
    holdSeconds: optionalInt(1, 900, "Hold"),
    perWeek: z.number().int().min(1, "At least once a week").max(21, "At most 3 times a day"),
    side: z.enum(programSides),
    notes: z.string().trim().max(500).nullish().transform((v) => (v ? v : null)),
  })
  .refine((i) => i.reps !== null || i.holdSeconds !== null, { message: "Give reps or a hold time", path: ["reps"] });
export type ProgramItem = z.infer<typeof programItem>;

const items = z
  .array(programItem)
  .max(30, "At most 30 exercises in one program")
  .refine((list) => new Set(list.map((i) => `${i.exerciseId}|${i.side}`)).size === list.length, "Each exercise once per side");

export const templateFields = z.object({
  name: z.string().trim().min(2, "Name the template").max(120),
  description: z.string().trim().max(2000).nullish().transform((v) => (v ? v : null)),
  items: items.min(1, "Add at least one exercise"),
});
export const createTemplateInput = templateFields;
export type CreateTemplateInput = z.infer<typeof createTemplateInput>;
export const updateTemplateInput = templateFields.extend({ templateId: idInput, version: z.number().int().min(1) });
export type UpdateTemplateInput = z.infer<typeof updateTemplateInput>;
export const templateIdInput = z.object({ templateId: idInput });
export type TemplateIdInput = z.infer<typeof templateIdInput>;

export const programIdInput = z.object({ programId: idInput });
export type ProgramIdInput = z.infer<typeof programIdInput>;

/** Changing a program writes a new version; the athlete sees the newest, history stays. */
export const reviseProgramInput = z.object({
  programId: idInput,
  /** The version the form was loaded with. */
  currentVersion: z.number().int().min(1),
  items,
  changeNote: z.string().trim().max(500).nullish().transform((v) => (v ? v : null)),
});
export type ReviseProgramInput = z.infer<typeof reviseProgramInput>;


/** Starting a program for an athlete: from a clinic template, or from the exercises given. */
export const startProgramInput = z
  .object({
    athleteId: idInput,
    name: z.string().trim().min(2, "Name the program").max(120),
    startDate: calendarDate,
    templateId: idInput.nullish(),
    items: items.optional(),
    /** The graded run/walk component (docs/clinical-rules.md R4), if the program has one. */
    runPlan: runPlanEntry.optional(),
  })
  .refine((p) => Boolean(p.templateId) !== Boolean(p.items), { message: "Start from a template or from a list of exercises", path: ["items"] });
export type StartProgramInput = z.infer<typeof startProgramInput>;
