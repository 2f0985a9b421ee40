import {
  assignCaseloadInput, athleteIdInput, createAthleteInput, listAthletesInput, updateAthleteInput,
} from "@/server/domain/athletes/schemas";
import { keyed } from "@/server/domain/ids";
import * as athleteUseCases from "@/server/services/use-cases/athlete";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));
const assigner = clinicianProcedure.use(requirePermission("caseload.assign"));

export const athleteRouter = createTRPCRouter({
  list: reader.input(listAthletesInput).query(({ ctx, input }) => athleteUseCases.listAthletes(ctx, input)),
  get: reader.input(athleteIdInput).query(({ ctx, input }) => athleteUseCases.getAthlete(ctx, input)),
  create: writer.input(keyed(createAthleteInput)).mutation(({ ctx, input }) => athleteUseCases.createAthlete(ctx, input)),
  update: writer.input(updateAthleteInput).mutation(({ ctx, input }) => athleteUseCases.updateAthlete(ctx, input)),
  archive: writer.input(athleteIdInput).mutation(({ ctx, input }) => athleteUseCases.archiveAthlete(ctx, input)),
  restore: writer.input(athleteIdInput).mutation(({ ctx, input }) => athleteUseCases.restoreAthlete(ctx, input)),
  assign: assigner.input(assignCaseloadInput).mutation(({ ctx, input }) => athleteUseCases.assignCaseload(ctx, input)),
  unassign: assigner.input(assignCaseloadInput).mutation(({ ctx, input }) => athleteUseCases.unassignCaseload(ctx, input)),
});
