import { alertActionInput, listAlertsInput } from "@/server/domain/alerts/schemas";
import * as alertUseCases from "@/server/services/use-cases/alert";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const alertRouter = createTRPCRouter({
  list: reader.input(listAlertsInput).query(({ ctx, input }) => alertUseCases.listAlerts(ctx, input)),
  acknowledge: writer.input(alertActionInput).mutation(({ ctx, input }) => alertUseCases.acknowledgeAlert(ctx, input)),
  resolve: writer.input(alertActionInput).mutation(({ ctx, input }) => alertUseCases.resolveAlert(ctx, input)),
});
