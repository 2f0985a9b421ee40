import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { acknowledgeTriageInput } from "@/server/domain/triage/schemas";
import * as triage from "@/server/services/triage";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

export const triageRouter = createTRPCRouter({
  list: clinicianProcedure.use(requirePermission("athlete.read")).input(athleteIdInput).query(({ ctx, input }) => triage.listTriage(ctx, input)),
  acknowledge: clinicianProcedure
    .use(requirePermission("triage.acknowledge"))
    .input(acknowledgeTriageInput)
    .mutation(({ ctx, input }) => triage.acknowledgeTriage(ctx, input)),
});
