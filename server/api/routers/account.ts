import { changePasswordInput, updateProfileInput } from "@/server/domain/clinics/schemas";
import * as accountUseCases from "@/server/services/use-cases/account";
import { authedProcedure, clinicianProcedure, createTRPCRouter } from "../trpc";

export const accountRouter = createTRPCRouter({
  me: authedProcedure.query(({ ctx }) => accountUseCases.getMe(ctx)),
  updateProfile: clinicianProcedure.input(updateProfileInput).mutation(({ ctx, input }) => accountUseCases.updateProfile(ctx, input)),
  changePassword: authedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => accountUseCases.changePassword(ctx, input)),
});
