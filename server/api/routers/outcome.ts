import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { recordOutcomeInput, requestOutcomeInput, supersedeOutcomeInput, voidOutcomeInput } from "@/server/domain/outcomes/schemas";
import * as outcomes from "@/server/services/outcomes";
import { keyed } from "@/server/domain/ids";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const outcomeRouter = createTRPCRouter({
  list: reader.input(athleteIdInput).query(({ ctx, input }) => outcomes.listOutcomes(ctx, input)),
  record: writer.input(keyed(recordOutcomeInput)).mutation(({ ctx, input }) => outcomes.recordOutcome(ctx, input)),
  request: writer.input(keyed(requestOutcomeInput)).mutation(({ ctx, input }) => outcomes.requestOutcome(ctx, input)),
  void: writer.input(voidOutcomeInput).mutation(({ ctx, input }) => outcomes.voidOutcome(ctx, input)),
  supersede: writer.input(keyed(supersedeOutcomeInput)).mutation(({ ctx, input }) => outcomes.supersedeOutcome(ctx, input)),
});
