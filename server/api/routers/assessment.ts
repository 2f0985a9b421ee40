import {
  assessmentIdInput, athleteAssessmentsInput, discardAssessmentInput, saveSectionInput, signAssessmentInput, startAssessmentInput,
} from "@/server/domain/assessments/schemas";
import * as assessments from "@/server/services/assessments";
import * as comparison from "@/server/services/assessment-comparison";
import { keyed } from "@/server/domain/ids";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));

export const assessmentRouter = createTRPCRouter({
  list: reader.input(athleteAssessmentsInput).query(({ ctx, input }) => assessments.listAssessments(ctx, input)),
  get: reader.input(assessmentIdInput).query(({ ctx, input }) => assessments.getAssessment(ctx, input)),
  compare: reader.input(athleteAssessmentsInput).query(({ ctx, input }) => comparison.compareVisits(ctx, input)),
  start: writer.input(keyed(startAssessmentInput)).mutation(({ ctx, input }) => assessments.startAssessment(ctx, input)),
  saveSection: writer.input(saveSectionInput).mutation(({ ctx, input }) => assessments.saveSection(ctx, input)),
  sign: writer.input(signAssessmentInput).mutation(({ ctx, input }) => assessments.signAssessment(ctx, input)),
  amend: writer.input(assessmentIdInput).mutation(({ ctx, input }) => assessments.amendAssessment(ctx, input)),
  discard: writer.input(discardAssessmentInput).mutation(({ ctx, input }) => assessments.discardAssessment(ctx, input)),
});
