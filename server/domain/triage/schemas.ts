import { z } from "zod";
import { idInput } from "../ids";

export const triageActions = ["referred", "advised", "discussed"] as const;
export const triageActionLabels: Record<(typeof triageActions)[number], string> = {
  referred: "Referred",
  advised: "Advised the athlete",
  discussed: "Discussed with the athlete",
};

/** A therapist acknowledges a red flag with what was done; the app never clears one by itself. */
export const acknowledgeTriageInput = z.object({
  triageId: idInput,
  action: z.enum(triageActions, { message: "Choose what was done" }),
  note: z.string().trim().min(3, "Say briefly what was done").max(2000),
});
export type AcknowledgeTriageInput = z.infer<typeof acknowledgeTriageInput>;
