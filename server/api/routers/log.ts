import { athleteIdInput } from "@/server/domain/athletes/schemas";
import * as history from "@/server/services/log-history";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

export const logRouter = createTRPCRouter({
  list: clinicianProcedure.use(requirePermission("athlete.read")).input(athleteIdInput).query(({ ctx, input }) => history.listAthleteLogs(ctx, input)),
});
