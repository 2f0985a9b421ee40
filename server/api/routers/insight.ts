import { athleteIdInput } from "@/server/domain/athletes/schemas";
import * as insightUseCases from "@/server/services/use-cases/insight";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));

export const insightRouter = createTRPCRouter({
  load: reader.input(athleteIdInput).query(({ ctx, input }) => insightUseCases.getLoadTimeline(ctx, input)),
  patterns: reader.input(athleteIdInput).query(({ ctx, input }) => insightUseCases.getPatterns(ctx, input)),
  timeline: reader.input(athleteIdInput).query(({ ctx, input }) => insightUseCases.getTimeline(ctx, input)),
});
