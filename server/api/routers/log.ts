import { athleteIdInput } from "@/server/domain/athletes/schemas";
import * as logUseCases from "@/server/services/use-cases/log";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

export const logRouter = createTRPCRouter({
  list: clinicianProcedure.use(requirePermission("athlete.read")).input(athleteIdInput).query(({ ctx, input }) => logUseCases.listAthleteLogs(ctx, input)),
});
