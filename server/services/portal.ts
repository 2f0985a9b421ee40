import { ageOn } from "@/server/domain/athletes/schemas";
import { recordAudit } from "./audit";
import type { AthleteCtx } from "./context";
import { getAthleteOrThrow } from "./scope";

export type OwnProfile = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  age: number;
  email: string | null;
  weeklyKm: number | null;
  yearsRunning: number | null;
  goalRace: string | null;
  goalDate: string | null;
  usualSurface: string | null;
};

/** The athlete's own profile; the portal shows nothing else of the clinic's data. */
export async function getOwnProfile(ctx: AthleteCtx): Promise<OwnProfile> {
  const a = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  await recordAudit(ctx.db, ctx, { action: "portal.profile", entity: "athlete", entityId: a.id, athleteId: a.id });
  return {
    firstName: a.firstName, lastName: a.lastName, dateOfBirth: a.dateOfBirth,
    age: ageOn(a.dateOfBirth, ctx.now.toISOString().slice(0, 10)),
    email: a.email, weeklyKm: a.weeklyKm, yearsRunning: a.yearsRunning,
    goalRace: a.goalRace, goalDate: a.goalDate, usualSurface: a.usualSurface,
  };
}
