import { z } from "zod";
import { protocolSettingsOverridesSchema } from "../progression/settings";

/** Add-on questionnaires need a licence the clinic holds (docs/clinical-rules.md R9.6); the note records it. */
export const addOnInstrumentIds = ["DN4", "LANSS", "PAINDETECT"] as const;
export type AddOnInstrumentId = (typeof addOnInstrumentIds)[number];

export const updateLicensedAddOnsInput = z.object({
  /** Enabled add-ons with the clinic's licence reference; absent = off. */
  licensedAddOns: z.partialRecord(z.enum(addOnInstrumentIds), z.string().trim().min(3, "Record the licence (holder, reference, date)").max(500)),
  version: z.number().int().min(1),
});
export type UpdateLicensedAddOnsInput = z.infer<typeof updateLicensedAddOnsInput>;

/** The clinic's protocol (docs/clinical-rules.md R10): the values that differ from the defaults, each within its range. */
export const updateProtocolSettingsInput = z.object({
  protocol: protocolSettingsOverridesSchema,
  version: z.number().int().min(1),
});
export type UpdateProtocolSettingsInput = z.infer<typeof updateProtocolSettingsInput>;
