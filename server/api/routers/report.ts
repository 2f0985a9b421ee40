import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { issueReportInput, reportDraftInput, reportIdInput, voidReportInput } from "@/server/domain/reports/schemas";
import * as reports from "@/server/services/reports";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const reportRouter = createTRPCRouter({
  preview: reader.input(reportDraftInput).query(({ ctx, input }) => reports.previewReport(ctx, input)),
  issue: writer.input(issueReportInput).mutation(({ ctx, input }) => reports.issueReport(ctx, input)),
  list: reader.input(athleteIdInput).query(({ ctx, input }) => reports.listReports(ctx, input)),
  release: writer.input(reportIdInput).mutation(({ ctx, input }) => reports.releaseReport(ctx, input)),
  void: writer.input(voidReportInput).mutation(({ ctx, input }) => reports.voidReport(ctx, input)),
});
