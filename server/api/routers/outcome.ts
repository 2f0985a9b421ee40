import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { recordOutcomeInput, requestOutcomeInput } from "@/server/domain/outcomes/schemas";
import * as outcomes from "@/server/services/outcomes";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const outcomeRouter = createTRPCRouter({
  list: reader.input(athleteIdInput).query(({ ctx, input }) => outcomes.listOutcomes(ctx, input)),
  record: writer.input(recordOutcomeInput).mutation(({ ctx, input }) => outcomes.recordOutcome(ctx, input)),
  request: writer.input(requestOutcomeInput).mutation(({ ctx, input }) => outcomes.requestOutcome(ctx, input)),
});
