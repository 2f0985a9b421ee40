import { and, eq, sql } from "drizzle-orm";
import { clinicSettings } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { resolveSettings } from "@/server/domain/progression/settings";
import type { UpdateLicensedAddOnsInput, UpdateProtocolSettingsInput } from "@/server/domain/settings/schemas";
import type { ClinicianCtx } from "../context";
import { recordAudit } from "../infra/audit";
import { loadClinicSettings, toClinicSettingsDto, type ClinicSettingsDto } from "../records/settings";

export type { ClinicSettingsDto };

/** The clinic's settings (R10 defaults until the owner changes them). */
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
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(clinicSettings)
      .set({ ...values, version: sql`${clinicSettings.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(clinicSettings.clinicId, ctx.actor.clinicId), eq(clinicSettings.version, version)))
      .returning();
    if (!row) throw new DomainError("CONFLICT");
    await recordAudit(tx, ctx, { action, entity: "clinic_settings" });
    return toClinicSettingsDto(row);
  });
}
