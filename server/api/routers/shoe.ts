import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { createShoeInput, shoeIdInput, updateShoeInput } from "@/server/domain/shoes/schemas";
import { keyed } from "@/server/domain/ids";
import * as shoeUseCases from "@/server/services/use-cases/shoe";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const shoeRouter = createTRPCRouter({
  list: reader.input(athleteIdInput).query(({ ctx, input }) => shoeUseCases.listShoes(ctx, input)),
  create: writer.input(keyed(createShoeInput)).mutation(({ ctx, input }) => shoeUseCases.createShoe(ctx, input)),
  update: writer.input(updateShoeInput).mutation(({ ctx, input }) => shoeUseCases.updateShoe(ctx, input)),
  retire: writer.input(shoeIdInput).mutation(({ ctx, input }) => shoeUseCases.retireShoe(ctx, input)),
});
