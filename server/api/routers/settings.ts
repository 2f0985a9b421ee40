import { updateLicensedAddOnsInput, updateProtocolSettingsInput } from "@/server/domain/settings/schemas";
import * as settingsUseCases from "@/server/services/use-cases/settings";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const manager = clinicianProcedure.use(requirePermission("settings.manage"));

export const settingsRouter = createTRPCRouter({
  get: clinicianProcedure.use(requirePermission("settings.read")).query(({ ctx }) => settingsUseCases.getClinicSettings(ctx)),
  updateAddOns: manager.input(updateLicensedAddOnsInput).mutation(({ ctx, input }) => settingsUseCases.updateLicensedAddOns(ctx, input)),
  updateProtocol: manager.input(updateProtocolSettingsInput).mutation(({ ctx, input }) => settingsUseCases.updateProtocolSettings(ctx, input)),
});
