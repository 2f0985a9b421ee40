import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { programIdInput, reviseProgramInput, startProgramInput } from "@/server/domain/programs/schemas";
import { simulatePlanInput } from "@/server/domain/plans/schemas";
import { keyed } from "@/server/domain/ids";
import * as programUseCases from "@/server/services/use-cases/program";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const programRouter = createTRPCRouter({
  list: reader.input(athleteIdInput).query(({ ctx, input }) => programUseCases.listPrograms(ctx, input)),
  get: reader.input(programIdInput).query(({ ctx, input }) => programUseCases.getProgram(ctx, input)),
  start: writer.input(keyed(startProgramInput)).mutation(({ ctx, input }) => programUseCases.startProgram(ctx, input)),
  revise: writer.input(reviseProgramInput).mutation(({ ctx, input }) => programUseCases.reviseProgram(ctx, input)),
  end: writer.input(programIdInput).mutation(({ ctx, input }) => programUseCases.endProgram(ctx, input)),
  /** What-if: the weekly-decision engine over given runs; reads no athlete data and writes nothing (POST for its size). */
  simulate: reader.input(simulatePlanInput).mutation(({ ctx, input }) => programUseCases.simulatePlan(ctx, input)),
});
