import { athleteIdInput } from "@/server/domain/athletes/schemas";
import {
  createRunPlanInput, overridePlanInput, planActionInput, programPlanInput, updatePlanSettingsInput,
} from "@/server/domain/plans/schemas";
import * as plans from "@/server/services/run-plans";
import { keyed } from "@/server/domain/ids";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const planRouter = createTRPCRouter({
  get: reader.input(programPlanInput).query(({ ctx, input }) => plans.getRunPlan(ctx, input)),
  suggestEntry: reader.input(athleteIdInput).query(({ ctx, input }) => plans.suggestEntry(ctx, input)),
  create: writer.input(keyed(createRunPlanInput)).mutation(({ ctx, input }) => plans.createRunPlan(ctx, input)),
  override: writer.input(overridePlanInput).mutation(({ ctx, input }) => plans.overridePlan(ctx, input)),
  signOff: writer.input(planActionInput).mutation(({ ctx, input }) => plans.signOffPlan(ctx, input)),
  pause: writer.input(planActionInput).mutation(({ ctx, input }) => plans.pausePlan(ctx, input)),
  resume: writer.input(planActionInput).mutation(({ ctx, input }) => plans.resumePlan(ctx, input)),
  updateSettings: writer.input(updatePlanSettingsInput).mutation(({ ctx, input }) => plans.updatePlanSettings(ctx, input)),
});
