import { acceptInviteInput, createAthleteInviteInput, inspectInviteInput, inviteIdInput } from "@/server/domain/invites/schemas";
import { keyed } from "@/server/domain/ids";
import * as inviteUseCases from "@/server/services/use-cases/invite";
import { clinicianProcedure, createTRPCRouter, publicProcedure, requirePermission } from "../trpc";

const inviter = clinicianProcedure.use(requirePermission("athlete.invite"));

export const inviteRouter = createTRPCRouter({
  create: inviter
    .input(keyed(createAthleteInviteInput))
    .mutation(({ ctx, input }) => inviteUseCases.createAthleteInvite(ctx, input)),
  revoke: inviter.input(inviteIdInput).mutation(({ ctx, input }) => inviteUseCases.revokeInvite(ctx, input)),
  resend: inviter.input(keyed(inviteIdInput)).mutation(({ ctx, input }) => inviteUseCases.resendInvite(ctx, input)),
  inspect: publicProcedure.input(inspectInviteInput).query(({ ctx, input }) => inviteUseCases.inspectInvite(ctx, input)),
  accept: publicProcedure.input(acceptInviteInput).mutation(({ ctx, input }) => inviteUseCases.acceptInvite(ctx, input)),
});
