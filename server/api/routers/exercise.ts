import { createExerciseInput, exerciseIdInput, listExercisesInput, updateExerciseInput } from "@/server/domain/exercises/schemas";
import { keyed } from "@/server/domain/ids";
import * as exerciseUseCases from "@/server/services/use-cases/exercise";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("library.read"));
const writer = clinicianProcedure.use(requirePermission("library.write"));

export const exerciseRouter = createTRPCRouter({
  list: reader.input(listExercisesInput).query(({ ctx, input }) => exerciseUseCases.listExercises(ctx, input)),
  get: reader.input(exerciseIdInput).query(({ ctx, input }) => exerciseUseCases.getExercise(ctx, input)),
  create: writer.input(keyed(createExerciseInput)).mutation(({ ctx, input }) => exerciseUseCases.createExercise(ctx, input)),
  update: writer.input(updateExerciseInput).mutation(({ ctx, input }) => exerciseUseCases.updateExercise(ctx, input)),
  archive: writer.input(exerciseIdInput).mutation(({ ctx, input }) => exerciseUseCases.setExerciseArchived(ctx, { ...input, archived: true })),
  restore: writer.input(exerciseIdInput).mutation(({ ctx, input }) => exerciseUseCases.setExerciseArchived(ctx, { ...input, archived: false })),
});
