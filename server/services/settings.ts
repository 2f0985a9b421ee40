import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { clinicSettings } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { resolveSettings, type ProtocolSettings } from "@/server/domain/progression/settings";
import type { UpdateLicensedAddOnsInput, UpdateProtocolSettingsInput } from "@/server/domain/settings/schemas";
import { recordAudit } from "./infra/audit";
import type { ClinicianCtx } from "./context";

export type ClinicSettingsDto = {
  licensedAddOns: Record<string, string>;
  neuroAsymmetryFlagDegrees: number;
  /** The clinic's values that differ from R10's defaults. */
  protocolOverrides: Record<string, number>;
  /** The complete protocol plans of this clinic start from. */
  protocol: ProtocolSettings;
  version: number;
};

const toDto = (row: typeof clinicSettings.$inferSelect): ClinicSettingsDto => ({
  licensedAddOns: row.licensedAddOns,
  neuroAsymmetryFlagDegrees: row.neuroAsymmetryFlagDegrees,
  protocolOverrides: row.protocol,
  protocol: resolveSettings(row.protocol, null),
  version: row.version,
});

/** The clinic's settings; a clinic that never saved any gets the defaults. */
export async function loadClinicSettings(db: DbOrTx, clinicId: string): Promise<ClinicSettingsDto> {
  await db.insert(clinicSettings).values({ clinicId }).onConflictDoNothing();
  const [row] = await db.select().from(clinicSettings).where(eq(clinicSettings.clinicId, clinicId)).limit(1);
  return toDto(row!);
}

export async function getClinicSettings(ctx: ClinicianCtx): Promise<ClinicSettingsDto> {
  return loadClinicSettings(ctx.db, ctx.actor.clinicId);
}

/** Turns licensed add-on questionnaires on or off (owner), recording each licence. */
export async function updateLicensedAddOns(ctx: ClinicianCtx, input: UpdateLicensedAddOnsInput): Promise<ClinicSettingsDto> {
  return saveSettings(ctx, input.version, { licensedAddOns: input.licensedAddOns as Record<string, string> }, "settings.addOns");
}

/** Changes the clinic's protocol thresholds (owner); the merged protocol must be consistent. */
export async function updateProtocolSettings(ctx: ClinicianCtx, input: UpdateProtocolSettingsInput): Promise<ClinicSettingsDto> {
  const overrides = Object.fromEntries(Object.entries(input.protocol).filter(([, v]) => v !== undefined)) as Record<string, number>;
  const resolved = resolveSettings(overrides, null);
  return saveSettings(ctx, input.version, { protocol: overrides, neuroAsymmetryFlagDegrees: resolved.neuroAsymmetryFlagDegrees }, "settings.protocol");
}

async function saveSettings(
  ctx: ClinicianCtx,
  version: number,
  values: Partial<Pick<typeof clinicSettings.$inferInsert, "licensedAddOns" | "neuroAsymmetryFlagDegrees" | "protocol">>,
  action: string,
): Promise<ClinicSettingsDto> {
  await loadClinicSettings(ctx.db, ctx.actor.clinicId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(clinicSettings)
      .set({ ...values, version: sql`${clinicSettings.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(clinicSettings.clinicId, ctx.actor.clinicId), eq(clinicSettings.version, version)))
      .returning();
    if (!row) throw new DomainError("CONFLICT");
    await recordAudit(tx, ctx, { action, entity: "clinic_settings" });
    return toDto(row);
  });
}
