import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { issueReportInput, reportDraftInput, reportIdInput, voidReportInput } from "@/server/domain/reports/schemas";
import * as reportUseCases from "@/server/services/use-cases/report";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const reportRouter = createTRPCRouter({
  preview: reader.input(reportDraftInput).query(({ ctx, input }) => reportUseCases.previewReport(ctx, input)),
  issue: writer.input(issueReportInput).mutation(({ ctx, input }) => reportUseCases.issueReport(ctx, input)),
  list: reader.input(athleteIdInput).query(({ ctx, input }) => reportUseCases.listReports(ctx, input)),
  release: writer.input(reportIdInput).mutation(({ ctx, input }) => reportUseCases.releaseReport(ctx, input)),
  void: writer.input(voidReportInput).mutation(({ ctx, input }) => reportUseCases.voidReport(ctx, input)),
});
