import { alertActionInput, listAlertsInput } from "@/server/domain/alerts/schemas";
import * as alerts from "@/server/services/alerts";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const alertRouter = createTRPCRouter({
  list: reader.input(listAlertsInput).query(({ ctx, input }) => alerts.listAlerts(ctx, input)),
  acknowledge: writer.input(alertActionInput).mutation(({ ctx, input }) => alerts.acknowledgeAlert(ctx, input)),
  resolve: writer.input(alertActionInput).mutation(({ ctx, input }) => alerts.resolveAlert(ctx, input)),
});
