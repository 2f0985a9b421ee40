import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { acknowledgeTriageInput } from "@/server/domain/triage/schemas";
import * as triageUseCases from "@/server/services/use-cases/triage";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

export const triageRouter = createTRPCRouter({
  list: clinicianProcedure.use(requirePermission("athlete.read")).input(athleteIdInput).query(({ ctx, input }) => triageUseCases.listTriage(ctx, input)),
  checklistStatus: clinicianProcedure.use(requirePermission("athlete.read")).input(athleteIdInput).query(({ ctx, input }) => triageUseCases.getChecklistStatus(ctx, input)),
  acknowledge: clinicianProcedure
    .use(requirePermission("triage.acknowledge"))
    .input(acknowledgeTriageInput)
    .mutation(({ ctx, input }) => triageUseCases.acknowledgeTriage(ctx, input)),
});
