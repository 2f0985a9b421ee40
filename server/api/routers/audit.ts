import { listAuditInput } from "@/server/domain/clinics/schemas";
import * as auditUseCases from "@/server/services/use-cases/audit";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: clinicianProcedure
    .use(requirePermission("audit.read"))
    .input(listAuditInput)
    .query(({ ctx, input }) => auditUseCases.listAuditEvents(ctx, input)),
});
