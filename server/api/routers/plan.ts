import { athleteIdInput } from "@/server/domain/athletes/schemas";
import {
  createRunPlanInput, overridePlanInput, planActionInput, programPlanInput, updatePlanSettingsInput,
} from "@/server/domain/plans/schemas";
import { keyed } from "@/server/domain/ids";
import * as planUseCases from "@/server/services/use-cases/plan";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const planRouter = createTRPCRouter({
  get: reader.input(programPlanInput).query(({ ctx, input }) => planUseCases.getRunPlan(ctx, input)),
  suggestEntry: reader.input(athleteIdInput).query(({ ctx, input }) => planUseCases.suggestEntry(ctx, input)),
  create: writer.input(keyed(createRunPlanInput)).mutation(({ ctx, input }) => planUseCases.createRunPlan(ctx, input)),
  override: writer.input(overridePlanInput).mutation(({ ctx, input }) => planUseCases.overridePlan(ctx, input)),
  signOff: writer.input(planActionInput).mutation(({ ctx, input }) => planUseCases.signOffPlan(ctx, input)),
  pause: writer.input(planActionInput).mutation(({ ctx, input }) => planUseCases.pausePlan(ctx, input)),
  resume: writer.input(planActionInput).mutation(({ ctx, input }) => planUseCases.resumePlan(ctx, input)),
  updateSettings: writer.input(updatePlanSettingsInput).mutation(({ ctx, input }) => planUseCases.updatePlanSettings(ctx, input)),
});
