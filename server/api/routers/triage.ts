import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { acknowledgeTriageInput } from "@/server/domain/triage/schemas";
import * as checks from "@/server/services/red-flag-checks";
import * as triage from "@/server/services/triage";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

export const triageRouter = createTRPCRouter({
  list: clinicianProcedure.use(requirePermission("athlete.read")).input(athleteIdInput).query(({ ctx, input }) => triage.listTriage(ctx, input)),
  checklistStatus: clinicianProcedure.use(requirePermission("athlete.read")).input(athleteIdInput).query(({ ctx, input }) => checks.getChecklistStatus(ctx, input)),
  acknowledge: clinicianProcedure
    .use(requirePermission("triage.acknowledge"))
    .input(acknowledgeTriageInput)
    .mutation(({ ctx, input }) => triage.acknowledgeTriage(ctx, input)),
});
