import { changePasswordInput } from "@/server/domain/clinics/schemas";
import * as account from "@/server/services/account";
import { authedProcedure, createTRPCRouter } from "../trpc";

export const accountRouter = createTRPCRouter({
  me: authedProcedure.query(({ ctx }) => account.getMe(ctx)),
  changePassword: authedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => account.changePassword(ctx, input)),
});
