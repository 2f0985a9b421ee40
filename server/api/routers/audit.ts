import { listAuditInput } from "@/server/domain/clinics/schemas";
import * as auditLog from "@/server/services/audit-log";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: clinicianProcedure
    .use(requirePermission("audit.read"))
    .input(listAuditInput)
    .query(({ ctx, input }) => auditLog.listAuditEvents(ctx, input)),
});
