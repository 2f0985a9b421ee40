import {
  assignCaseloadInput, athleteIdInput, createAthleteInput, listAthletesInput, updateAthleteInput,
} from "@/server/domain/athletes/schemas";
import * as athletes from "@/server/services/athletes";
import { keyed } from "@/server/domain/ids";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("athlete.read"));
const writer = clinicianProcedure.use(requirePermission("athlete.write"));
const assigner = clinicianProcedure.use(requirePermission("caseload.assign"));

export const athleteRouter = createTRPCRouter({
  list: reader.input(listAthletesInput).query(({ ctx, input }) => athletes.listAthletes(ctx, input)),
  get: reader.input(athleteIdInput).query(({ ctx, input }) => athletes.getAthlete(ctx, input)),
  create: writer.input(keyed(createAthleteInput)).mutation(({ ctx, input }) => athletes.createAthlete(ctx, input)),
  update: writer.input(updateAthleteInput).mutation(({ ctx, input }) => athletes.updateAthlete(ctx, input)),
  archive: writer.input(athleteIdInput).mutation(({ ctx, input }) => athletes.archiveAthlete(ctx, input)),
  restore: writer.input(athleteIdInput).mutation(({ ctx, input }) => athletes.restoreAthlete(ctx, input)),
  assign: assigner.input(assignCaseloadInput).mutation(({ ctx, input }) => athletes.assignCaseload(ctx, input)),
  unassign: assigner.input(assignCaseloadInput).mutation(({ ctx, input }) => athletes.unassignCaseload(ctx, input)),
});
