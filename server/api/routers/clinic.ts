import { addTherapistInput, setUserDisabledInput, signUpClinicInput, updateClinicDetailsInput } from "@/server/domain/clinics/schemas";
import { keyed } from "@/server/domain/ids";
import * as clinicUseCases from "@/server/services/use-cases/clinic";
import { clinicianProcedure, createTRPCRouter, publicProcedure, requirePermission } from "../trpc";

const manager = clinicianProcedure.use(requirePermission("team.manage"));

export const clinicRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpClinicInput).mutation(({ ctx, input }) => clinicUseCases.signUpClinic(ctx, input)),
  team: clinicianProcedure.use(requirePermission("team.read")).query(({ ctx }) => clinicUseCases.listTeam(ctx)),
  addTherapist: manager.input(keyed(addTherapistInput)).mutation(({ ctx, input }) => clinicUseCases.addTherapist(ctx, input)),
  setUserDisabled: manager.input(setUserDisabledInput).mutation(({ ctx, input }) => clinicUseCases.setUserDisabled(ctx, input)),
  details: clinicianProcedure.use(requirePermission("settings.read")).query(({ ctx }) => clinicUseCases.getClinicDetails(ctx)),
  updateDetails: clinicianProcedure.use(requirePermission("settings.manage")).input(updateClinicDetailsInput).mutation(({ ctx, input }) => clinicUseCases.updateClinicDetails(ctx, input)),
});
