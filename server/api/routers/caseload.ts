import { caseloadInput } from "@/server/domain/caseload/schemas";
import * as caseloadUseCases from "@/server/services/use-cases/caseload";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

export const caseloadRouter = createTRPCRouter({
  list: clinicianProcedure.use(requirePermission("athlete.read")).input(caseloadInput).query(({ ctx, input }) => caseloadUseCases.listCaseload(ctx, input)),
});
