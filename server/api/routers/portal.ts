import { answerNextMorningInput, correctLogInput, logInput, submitChecklistInput } from "@/server/domain/logs/schemas";
import { completeOutcomeInput } from "@/server/domain/outcomes/schemas";
import * as logs from "@/server/services/activity-logs";
import * as history from "@/server/services/log-history";
import * as outcomes from "@/server/services/outcomes";
import * as portal from "@/server/services/portal";
import * as checks from "@/server/services/red-flag-checks";
import * as reports from "@/server/services/reports";
import * as triage from "@/server/services/triage";
import { athleteProcedure, createTRPCRouter } from "../trpc";

export const portalRouter = createTRPCRouter({
  profile: athleteProcedure.query(({ ctx }) => portal.getOwnProfile(ctx)),
  plan: athleteProcedure.query(({ ctx }) => portal.getOwnPlan(ctx)),
  pendingOutcomes: athleteProcedure.query(({ ctx }) => outcomes.listPendingOutcomes(ctx)),
  outcomeSchedule: athleteProcedure.query(({ ctx }) => outcomes.getOwnOutcomeSchedule(ctx)),
  completeOutcome: athleteProcedure.input(completeOutcomeInput).mutation(({ ctx, input }) => outcomes.completeOutcome(ctx, input)),
  log: athleteProcedure.input(logInput).mutation(({ ctx, input }) => logs.logEntry(ctx, input)),
  correctLog: athleteProcedure.input(correctLogInput).mutation(({ ctx, input }) => logs.correctLog(ctx, input)),
  answerNextMorning: athleteProcedure.input(answerNextMorningInput).mutation(({ ctx, input }) => logs.answerNextMorning(ctx, input)),
  submitChecklist: athleteProcedure.input(submitChecklistInput).mutation(({ ctx, input }) => checks.submitChecklist(ctx, input)),
  logs: athleteProcedure.query(({ ctx }) => history.listOwnLogs(ctx)),
  checkIns: athleteProcedure.query(({ ctx }) => portal.getCheckIns(ctx)),
  safety: athleteProcedure.query(({ ctx }) => triage.getOwnSafety(ctx)),
  shoes: athleteProcedure.query(({ ctx }) => portal.getOwnShoes(ctx)),
  progress: athleteProcedure.query(({ ctx }) => portal.getOwnProgress(ctx)),
  reports: athleteProcedure.query(({ ctx }) => reports.listOwnReports(ctx)),
});
