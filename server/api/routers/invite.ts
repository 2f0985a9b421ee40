import { acceptInviteInput, createAthleteInviteInput, inspectInviteInput } from "@/server/domain/invites/schemas";
import * as invites from "@/server/services/invites";
import { clinicianProcedure, createTRPCRouter, publicProcedure, requirePermission } from "../trpc";

export const inviteRouter = createTRPCRouter({
  create: clinicianProcedure
    .use(requirePermission("athlete.invite"))
    .input(createAthleteInviteInput)
    .mutation(({ ctx, input }) => invites.createAthleteInvite(ctx, input)),
  inspect: publicProcedure.input(inspectInviteInput).query(({ ctx, input }) => invites.inspectInvite(ctx, input)),
  accept: publicProcedure.input(acceptInviteInput).mutation(({ ctx, input }) => invites.acceptInvite(ctx, input)),
});
