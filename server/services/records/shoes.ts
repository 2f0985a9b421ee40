import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activityLogs, shoes } from "@/db/schema";
import { isShoeDueForReview, roundKm, shoeTotalKm } from "@/server/domain/shoes/mileage";
import type { ScopedAthlete } from "../scope";

export type ShoeDto = {
  id: string;
  athleteId: string;
  brand: string;
  model: string;
  purchaseDate: string | null;
  use: (typeof shoes.$inferSelect)["use"];
  startingKm: number;
  reviewDistanceKm: number;
  retiredAt: Date | null;
  version: number;
  /** Kilometres of the runs logged in this shoe. */
  loggedKm: number;
  /** Starting plus logged km, to one decimal. */
  totalKm: number;
  /** The shoe has reached its review distance (DOMAIN 4.3). */
  isDueForReview: boolean;
};

export const toShoeDto = (s: typeof shoes.$inferSelect, loggedKm = 0): ShoeDto => {
  const totalKm = shoeTotalKm(s.startingKm, loggedKm);
  return {
    id: s.id, athleteId: s.athleteId, brand: s.brand, model: s.model, purchaseDate: s.purchaseDate, use: s.use,
    startingKm: s.startingKm, reviewDistanceKm: s.reviewDistanceKm, retiredAt: s.retiredAt, version: s.version,
    loggedKm: roundKm(loggedKm), totalKm, isDueForReview: isShoeDueForReview(totalKm, s.reviewDistanceKm),
  };
};

/** Kilometres logged per shoe of the athlete, from the current version of each run (its distance grows as runs are logged). */
export async function loggedKmByShoe(db: DbOrTx, athlete: ScopedAthlete): Promise<Map<string, number>> {
  const shoeId = sql<string>`${activityLogs.data}->>'shoeId'`;
  const rows = await db
    .select({ shoeId, km: sql<string>`coalesce(sum((${activityLogs.data}->>'distanceKm')::numeric), 0)` })
    .from(activityLogs)
    .where(and(eq(activityLogs.athleteId, athlete.id), eq(activityLogs.clinicId, athlete.clinicId), eq(activityLogs.kind, "run"), isNotNull(shoeId)))
    .groupBy(shoeId);
  return new Map(rows.map((r) => [r.shoeId, Number(r.km)]));
}

/** The athlete's shoes with their mileage, in use first. */
export async function shoesWithMileage(db: DbOrTx, athlete: ScopedAthlete): Promise<ShoeDto[]> {
  const rows = await db
    .select()
    .from(shoes)
    .where(and(eq(shoes.athleteId, athlete.id), eq(shoes.clinicId, athlete.clinicId)))
    .orderBy(sql`${shoes.retiredAt} is not null`, asc(shoes.brand), asc(shoes.model));
  const km = await loggedKmByShoe(db, athlete);
  return rows.map((r) => toShoeDto(r, km.get(r.id) ?? 0));
}
