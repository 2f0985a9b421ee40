import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { clinicSettings } from "@/db/schema";
import { resolveSettings, type ProtocolSettings } from "@/server/domain/progression/settings";

export type ClinicSettingsDto = {
  licensedAddOns: Record<string, string>;
  neuroAsymmetryFlagDegrees: number;
  /** The clinic's values that differ from R10's defaults. */
  protocolOverrides: Record<string, number>;
  /** The complete protocol plans of this clinic start from. */
  protocol: ProtocolSettings;
  version: number;
};

export const toClinicSettingsDto = (row: typeof clinicSettings.$inferSelect): ClinicSettingsDto => ({
  licensedAddOns: row.licensedAddOns,
  neuroAsymmetryFlagDegrees: row.neuroAsymmetryFlagDegrees,
  protocolOverrides: row.protocol,
  protocol: resolveSettings(row.protocol, null),
  version: row.version,
});

/**
 * The clinic's settings. Read only: the row is made with the clinic (sign-up, seeds; migration 0013
 * made it for older clinics) and holds R10's defaults until the owner changes them.
 */
export async function loadClinicSettings(db: DbOrTx, clinicId: string): Promise<ClinicSettingsDto> {
  const [row] = await db.select().from(clinicSettings).where(eq(clinicSettings.clinicId, clinicId)).limit(1);
  if (!row) throw new Error(`Clinic ${clinicId} has no settings row; every clinic gets one when it is created`);
  return toClinicSettingsDto(row);
}
