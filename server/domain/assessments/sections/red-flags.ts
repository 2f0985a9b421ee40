import { z } from "zod";
import { triggerIds, type TriggerId } from "../../triage/triggers";
import { text, yesNo } from "./common";

export const SCHEMA_VERSION = 1;

const answerShape = Object.fromEntries(triggerIds.map((id) => [id, yesNo.nullish()])) as Record<
  TriggerId,
  z.ZodOptional<z.ZodNullable<typeof yesNo>>
>;

/**
 * Red-flag screen (docs/clinical-rules.md R8.3, 7): one answer per trigger id, "yes" | "no"; an absent or null answer is
 * unanswered, never "no" (R8.2).
 */
export const redFlagScreenSchema = z.object({ ...answerShape, notes: text(4000) });
export type RedFlagScreen = z.infer<typeof redFlagScreenSchema>;
