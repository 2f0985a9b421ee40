import { z } from "zod";

/** Shared building blocks of the section schemas. Every field is nullish so a draft can be partial. */

/** An integer in [min, max], optional and nullable. */
export const int = (min: number, max: number) =>
  z.number().int("Use a whole number").min(min, `At least ${min}`).max(max, `At most ${max}`).nullish();

/** A number in [min, max], optional and nullable. */
export const num = (min: number, max: number) =>
  z.number().min(min, `At least ${min}`).max(max, `At most ${max}`).nullish();

/** 11-point numeric rating scale, 0 = none, 10 = worst imaginable (docs/clinical-rules.md R1.1, 1.1). */
export const nrs = int(0, 10);

/** MRC muscle grade 0–5, stored as a number (docs/clinical-rules.md 1.4). */
export const mrc = int(0, 5);

export const yesNo = z.enum(["yes", "no"]);
export type YesNo = z.infer<typeof yesNo>;

export const text = (max = 2000) => z.string().trim().max(max, `At most ${max} characters`).nullish();

export const flag = z.boolean().nullish();

/** A multi-select: unique values of an enum. */
export const multi = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .refine((xs) => new Set(xs).size === xs.length, "Each option once")
    .nullish();

/** A left/right pair of the same measurement (keys L and R as in body-map sides). */
export const perSide = <T extends z.ZodType>(schema: T) =>
  z.object({ L: schema.nullish(), R: schema.nullish() }).nullish();
