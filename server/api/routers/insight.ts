import { athleteIdInput } from "@/server/domain/athletes/schemas";
import * as insights from "@/server/services/insights";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));

export const insightRouter = createTRPCRouter({
  load: reader.input(athleteIdInput).query(({ ctx, input }) => insights.getLoadTimeline(ctx, input)),
  patterns: reader.input(athleteIdInput).query(({ ctx, input }) => insights.getPatterns(ctx, input)),
  timeline: reader.input(athleteIdInput).query(({ ctx, input }) => insights.getTimeline(ctx, input)),
});
