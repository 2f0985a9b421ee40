import { updateLicensedAddOnsInput, updateProtocolSettingsInput } from "@/server/domain/settings/schemas";
import * as settings from "@/server/services/settings";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const manager = clinicianProcedure.use(requirePermission("settings.manage"));

export const settingsRouter = createTRPCRouter({
  get: clinicianProcedure.use(requirePermission("settings.read")).query(({ ctx }) => settings.getClinicSettings(ctx)),
  updateAddOns: manager.input(updateLicensedAddOnsInput).mutation(({ ctx, input }) => settings.updateLicensedAddOns(ctx, input)),
  updateProtocol: manager.input(updateProtocolSettingsInput).mutation(({ ctx, input }) => settings.updateProtocolSettings(ctx, input)),
});
