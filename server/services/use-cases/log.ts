import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { todayOf, type ClinicianCtx } from "../context";
import { recordAudit } from "../infra/audit";
import { loadLogs, type LogDto } from "../records/logs";
import { getAthleteOrThrow } from "../scope";

export type { LogDto };

/** Everything the athlete logged, newest first, with corrections and run classes, for the therapist. */
export async function listAthleteLogs(ctx: ClinicianCtx, input: AthleteIdInput): Promise<LogDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "log.list", entity: "activity_log", athleteId: athlete.id });
  return loadLogs(ctx.db, athlete, null, todayOf(ctx));
}
