import { z } from "zod";
import { idInput } from "../ids";

/** A therapist acknowledges (still open, being handled) or resolves (ends) an alert, always with a note. */
export const alertActionInput = z.object({
  alertId: idInput,
  note: z.string().trim().min(3, "Say briefly what was done").max(2000, "At most 2000 characters"),
});
export type AlertActionInput = z.infer<typeof alertActionInput>;

export const listAlertsInput = z.object({
  athleteId: idInput,
  includeResolved: z.boolean().default(false),
});
export type ListAlertsInput = z.infer<typeof listAlertsInput>;
