import { createExerciseInput, exerciseIdInput, listExercisesInput, updateExerciseInput } from "@/server/domain/exercises/schemas";
import * as exercises from "@/server/services/exercises";
import { keyed } from "@/server/domain/ids";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("library.read"));
const writer = clinicianProcedure.use(requirePermission("library.write"));

export const exerciseRouter = createTRPCRouter({
  list: reader.input(listExercisesInput).query(({ ctx, input }) => exercises.listExercises(ctx, input)),
  get: reader.input(exerciseIdInput).query(({ ctx, input }) => exercises.getExercise(ctx, input)),
  create: writer.input(keyed(createExerciseInput)).mutation(({ ctx, input }) => exercises.createExercise(ctx, input)),
  update: writer.input(updateExerciseInput).mutation(({ ctx, input }) => exercises.updateExercise(ctx, input)),
  archive: writer.input(exerciseIdInput).mutation(({ ctx, input }) => exercises.setExerciseArchived(ctx, { ...input, archived: true })),
  restore: writer.input(exerciseIdInput).mutation(({ ctx, input }) => exercises.setExerciseArchived(ctx, { ...input, archived: false })),
});
