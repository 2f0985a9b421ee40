import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { recordOutcomeInput, requestOutcomeInput, supersedeOutcomeInput, voidOutcomeInput } from "@/server/domain/outcomes/schemas";
import { keyed } from "@/server/domain/ids";
import * as outcomeUseCases from "@/server/services/use-cases/outcome";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const outcomeRouter = createTRPCRouter({
  list: reader.input(athleteIdInput).query(({ ctx, input }) => outcomeUseCases.listOutcomes(ctx, input)),
  record: writer.input(keyed(recordOutcomeInput)).mutation(({ ctx, input }) => outcomeUseCases.recordOutcome(ctx, input)),
  request: writer.input(keyed(requestOutcomeInput)).mutation(({ ctx, input }) => outcomeUseCases.requestOutcome(ctx, input)),
  void: writer.input(voidOutcomeInput).mutation(({ ctx, input }) => outcomeUseCases.voidOutcome(ctx, input)),
  supersede: writer.input(keyed(supersedeOutcomeInput)).mutation(({ ctx, input }) => outcomeUseCases.supersedeOutcome(ctx, input)),
});
