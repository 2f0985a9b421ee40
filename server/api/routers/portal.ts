import { answerNextMorningInput, correctLogInput, logInput, submitChecklistInput } from "@/server/domain/logs/schemas";
import { completeOutcomeInput } from "@/server/domain/outcomes/schemas";
import * as portalUseCases from "@/server/services/use-cases/portal";
import { athleteProcedure, createTRPCRouter } from "../trpc";

export const portalRouter = createTRPCRouter({
  profile: athleteProcedure.query(({ ctx }) => portalUseCases.getOwnProfile(ctx)),
  plan: athleteProcedure.query(({ ctx }) => portalUseCases.getOwnPlan(ctx)),
  pendingOutcomes: athleteProcedure.query(({ ctx }) => portalUseCases.listPendingOutcomes(ctx)),
  outcomeSchedule: athleteProcedure.query(({ ctx }) => portalUseCases.getOwnOutcomeSchedule(ctx)),
  completeOutcome: athleteProcedure.input(completeOutcomeInput).mutation(({ ctx, input }) => portalUseCases.completeOutcome(ctx, input)),
  log: athleteProcedure.input(logInput).mutation(({ ctx, input }) => portalUseCases.logEntry(ctx, input)),
  correctLog: athleteProcedure.input(correctLogInput).mutation(({ ctx, input }) => portalUseCases.correctLog(ctx, input)),
  answerNextMorning: athleteProcedure.input(answerNextMorningInput).mutation(({ ctx, input }) => portalUseCases.answerNextMorning(ctx, input)),
  submitChecklist: athleteProcedure.input(submitChecklistInput).mutation(({ ctx, input }) => portalUseCases.submitChecklist(ctx, input)),
  logs: athleteProcedure.query(({ ctx }) => portalUseCases.listOwnLogs(ctx)),
  checkIns: athleteProcedure.query(({ ctx }) => portalUseCases.getCheckIns(ctx)),
  safety: athleteProcedure.query(({ ctx }) => portalUseCases.getOwnSafety(ctx)),
  shoes: athleteProcedure.query(({ ctx }) => portalUseCases.getOwnShoes(ctx)),
  progress: athleteProcedure.query(({ ctx }) => portalUseCases.getOwnProgress(ctx)),
  reports: athleteProcedure.query(({ ctx }) => portalUseCases.listOwnReports(ctx)),
});
