import { addTherapistInput, setUserDisabledInput, signUpClinicInput, updateClinicDetailsInput } from "@/server/domain/clinics/schemas";
import * as clinics from "@/server/services/clinics";
import { keyed } from "@/server/domain/ids";
import { clinicianProcedure, createTRPCRouter, publicProcedure, requirePermission } from "../trpc";

const manager = clinicianProcedure.use(requirePermission("team.manage"));

export const clinicRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpClinicInput).mutation(({ ctx, input }) => clinics.signUpClinic(ctx, input)),
  team: clinicianProcedure.use(requirePermission("team.read")).query(({ ctx }) => clinics.listTeam(ctx)),
  addTherapist: manager.input(keyed(addTherapistInput)).mutation(({ ctx, input }) => clinics.addTherapist(ctx, input)),
  setUserDisabled: manager.input(setUserDisabledInput).mutation(({ ctx, input }) => clinics.setUserDisabled(ctx, input)),
  details: clinicianProcedure.use(requirePermission("settings.read")).query(({ ctx }) => clinics.getClinicDetails(ctx)),
  updateDetails: clinicianProcedure.use(requirePermission("settings.manage")).input(updateClinicDetailsInput).mutation(({ ctx, input }) => clinics.updateClinicDetails(ctx, input)),
});
