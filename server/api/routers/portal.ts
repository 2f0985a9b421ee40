import { completeOutcomeInput } from "@/server/domain/outcomes/schemas";
import * as outcomes from "@/server/services/outcomes";
import * as portal from "@/server/services/portal";
import { athleteProcedure, createTRPCRouter } from "../trpc";

export const portalRouter = createTRPCRouter({
  profile: athleteProcedure.query(({ ctx }) => portal.getOwnProfile(ctx)),
  plan: athleteProcedure.query(({ ctx }) => portal.getOwnPlan(ctx)),
  pendingOutcomes: athleteProcedure.query(({ ctx }) => outcomes.listPendingOutcomes(ctx)),
  completeOutcome: athleteProcedure.input(completeOutcomeInput).mutation(({ ctx, input }) => outcomes.completeOutcome(ctx, input)),
});
