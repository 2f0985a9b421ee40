import { z } from "zod";
import { triggerIds, type TriggerId } from "../../triage/triggers";
import { text, yesNo } from "./common";

export const SCHEMA_VERSION = 1;

const answerShape = Object.fromEntries(triggerIds.map((id) => [id, yesNo.nullish()])) as Record<
  TriggerId,
  z.ZodOptional<z.ZodNullable<typeof yesNo>>
>;

/**
 * Red-flag screen (DOMAIN 7, R8): one answer per trigger id, "yes" | "no"; an absent or null answer is
 * unanswered, never "no" (7.4 [D]).
 */
export const redFlagScreenSchema = z.object({ ...answerShape, notes: text(4000) });
export type RedFlagScreen = z.infer<typeof redFlagScreenSchema>;
