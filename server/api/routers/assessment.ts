import {
  assessmentIdInput, athleteAssessmentsInput, discardAssessmentInput, saveSectionInput, signAssessmentInput, startAssessmentInput,
} from "@/server/domain/assessments/schemas";
import { keyed } from "@/server/domain/ids";
import * as assessmentUseCases from "@/server/services/use-cases/assessment";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const assessmentRouter = createTRPCRouter({
  list: reader.input(athleteAssessmentsInput).query(({ ctx, input }) => assessmentUseCases.listAssessments(ctx, input)),
  get: reader.input(assessmentIdInput).query(({ ctx, input }) => assessmentUseCases.getAssessment(ctx, input)),
  compare: reader.input(athleteAssessmentsInput).query(({ ctx, input }) => assessmentUseCases.compareVisits(ctx, input)),
  start: writer.input(keyed(startAssessmentInput)).mutation(({ ctx, input }) => assessmentUseCases.startAssessment(ctx, input)),
  saveSection: writer.input(saveSectionInput).mutation(({ ctx, input }) => assessmentUseCases.saveSection(ctx, input)),
  sign: writer.input(signAssessmentInput).mutation(({ ctx, input }) => assessmentUseCases.signAssessment(ctx, input)),
  amend: writer.input(assessmentIdInput).mutation(({ ctx, input }) => assessmentUseCases.amendAssessment(ctx, input)),
  discard: writer.input(discardAssessmentInput).mutation(({ ctx, input }) => assessmentUseCases.discardAssessment(ctx, input)),
});
