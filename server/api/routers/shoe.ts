import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { createShoeInput, shoeIdInput, updateShoeInput } from "@/server/domain/shoes/schemas";
import * as shoes from "@/server/services/shoes";
import { keyed } from "@/server/domain/ids";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const shoeRouter = createTRPCRouter({
  list: reader.input(athleteIdInput).query(({ ctx, input }) => shoes.listShoes(ctx, input)),
  create: writer.input(keyed(createShoeInput)).mutation(({ ctx, input }) => shoes.createShoe(ctx, input)),
  update: writer.input(updateShoeInput).mutation(({ ctx, input }) => shoes.updateShoe(ctx, input)),
  retire: writer.input(shoeIdInput).mutation(({ ctx, input }) => shoes.retireShoe(ctx, input)),
});
