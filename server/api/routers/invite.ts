import { acceptInviteInput, createAthleteInviteInput, inspectInviteInput, inviteIdInput } from "@/server/domain/invites/schemas";
import * as invites from "@/server/services/invites";
import { keyed } from "@/server/domain/ids";
import { clinicianProcedure, createTRPCRouter, publicProcedure, requirePermission } from "../trpc";

const inviter = clinicianProcedure.use(requirePermission("athlete.invite"));

export const inviteRouter = createTRPCRouter({
  create: inviter
    .input(keyed(createAthleteInviteInput))
    .mutation(({ ctx, input }) => invites.createAthleteInvite(ctx, input)),
  revoke: inviter.input(inviteIdInput).mutation(({ ctx, input }) => invites.revokeInvite(ctx, input)),
  resend: inviter.input(keyed(inviteIdInput)).mutation(({ ctx, input }) => invites.resendInvite(ctx, input)),
  inspect: publicProcedure.input(inspectInviteInput).query(({ ctx, input }) => invites.inspectInvite(ctx, input)),
  accept: publicProcedure.input(acceptInviteInput).mutation(({ ctx, input }) => invites.acceptInvite(ctx, input)),
});
