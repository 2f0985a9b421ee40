import { changePasswordInput, updateProfileInput } from "@/server/domain/clinics/schemas";
import * as account from "@/server/services/account";
import { authedProcedure, clinicianProcedure, createTRPCRouter } from "../trpc";

export const accountRouter = createTRPCRouter({
  me: authedProcedure.query(({ ctx }) => account.getMe(ctx)),
  updateProfile: clinicianProcedure.input(updateProfileInput).mutation(({ ctx, input }) => account.updateProfile(ctx, input)),
  changePassword: authedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => account.changePassword(ctx, input)),
});
