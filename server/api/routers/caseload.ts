import { caseloadInput } from "@/server/domain/caseload/schemas";
import * as caseload from "@/server/services/caseload";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

export const caseloadRouter = createTRPCRouter({
  list: clinicianProcedure.use(requirePermission("athlete.read")).input(caseloadInput).query(({ ctx, input }) => caseload.listCaseload(ctx, input)),
});
