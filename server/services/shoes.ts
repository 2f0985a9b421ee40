import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activityLogs, shoes } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { assertDates } from "@/server/domain/calendar-date";
import { DomainError } from "@/server/domain/errors";
import type { Keyed } from "@/server/domain/ids";
import { shoeDatesOn, type CreateShoeInput, type ShoeIdInput, type UpdateShoeInput } from "@/server/domain/shoes/schemas";
import { recordAudit } from "./infra/audit";
import { todayOf, type ClinicianCtx } from "./context";
import { findReplay, requestKeyOf, storeKeyed } from "./infra/request-keys";
import { getAthleteOrThrow, getShoeOrThrow } from "./scope";

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

const toDto = (s: typeof shoes.$inferSelect, loggedKm = 0): ShoeDto => {
  const totalKm = Math.round((s.startingKm + loggedKm) * 10) / 10;
  return {
    id: s.id, athleteId: s.athleteId, brand: s.brand, model: s.model, purchaseDate: s.purchaseDate, use: s.use,
    startingKm: s.startingKm, reviewDistanceKm: s.reviewDistanceKm, retiredAt: s.retiredAt, version: s.version,
    loggedKm: Math.round(loggedKm * 10) / 10, totalKm, isDueForReview: totalKm >= s.reviewDistanceKm,
  };
};

/** Kilometres logged per shoe of the athlete, from the current version of each run (its distance grows as runs are logged). */
async function loggedKmByShoe(db: DbOrTx, athleteId: string): Promise<Map<string, number>> {
  const shoeId = sql<string>`${activityLogs.data}->>'shoeId'`;
  const rows = await db
    .select({ shoeId, km: sql<string>`coalesce(sum((${activityLogs.data}->>'distanceKm')::numeric), 0)` })
    .from(activityLogs)
    .where(and(eq(activityLogs.athleteId, athleteId), eq(activityLogs.kind, "run"), isNotNull(shoeId)))
    .groupBy(shoeId);
  return new Map(rows.map((r) => [r.shoeId, Number(r.km)]));
}

/** The athlete's shoes with their mileage, in use first. Unscoped: pass an athlete id from a scoped load. */
export async function unsafeShoesWithMileage(db: DbOrTx, athleteId: string): Promise<ShoeDto[]> {
  const rows = await db
    .select()
    .from(shoes)
    .where(eq(shoes.athleteId, athleteId))
    .orderBy(sql`${shoes.retiredAt} is not null`, asc(shoes.brand), asc(shoes.model));
  const km = await loggedKmByShoe(db, athleteId);
  return rows.map((r) => toDto(r, km.get(r.id) ?? 0));
}

/** The athlete's shoes, in use first. */
export async function listShoes(ctx: ClinicianCtx, input: AthleteIdInput): Promise<ShoeDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "shoe.list", entity: "shoe", athleteId: athlete.id });
  return unsafeShoesWithMileage(ctx.db, athlete.id);
}

/** Adds a shoe to the athlete's record, once per request key (a double click stores one shoe). */
export async function createShoe(ctx: ClinicianCtx, input: Keyed<CreateShoeInput>): Promise<ShoeDto> {
  const replayed = await findReplay(ctx, shoes, input, { action: "shoe.create", entity: "shoe" });
  if (replayed) return shoeDtoOf(ctx, replayed);
  const { athleteId, requestKey: _key, ...fields } = input;
  const athlete = await getAthleteOrThrow(ctx, athleteId, { activeOnly: true });
  assertDates(shoeDatesOn(todayOf(ctx)), fields);
  const key = requestKeyOf(input);
  const id = await storeKeyed(ctx, shoes, key, async (tx) => {
    const [row] = await tx
      .insert(shoes)
      .values({ ...fields, ...key, clinicId: ctx.actor.clinicId, athleteId: athlete.id, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: shoes.id });
    await recordAudit(tx, ctx, { action: "shoe.create", entity: "shoe", entityId: row!.id, athleteId: athlete.id });
    return row!.id;
  });
  return shoeDtoOf(ctx, id);
}

async function shoeDtoOf(ctx: ClinicianCtx, shoeId: string): Promise<ShoeDto> {
  const shoe = await getShoeOrThrow(ctx, shoeId);
  return toDto(shoe, (await loggedKmByShoe(ctx.db, shoe.athleteId)).get(shoe.id) ?? 0);
}

/** Edits a shoe; CONFLICT when someone saved it meanwhile. */
export async function updateShoe(ctx: ClinicianCtx, input: UpdateShoeInput): Promise<ShoeDto> {
  const { shoeId, version, ...fields } = input;
  const shoe = await getShoeOrThrow(ctx, shoeId);
  assertDates(shoeDatesOn(todayOf(ctx)), fields);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(shoes)
      .set({ ...fields, version: sql`${shoes.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(shoes.id, shoe.id), eq(shoes.version, version)))
      .returning();
    if (!row) throw new DomainError("CONFLICT");
    await recordAudit(tx, ctx, { action: "shoe.update", entity: "shoe", entityId: shoe.id, athleteId: shoe.athleteId });
    return toDto(row, (await loggedKmByShoe(tx, shoe.athleteId)).get(shoe.id) ?? 0);
  });
}

/** Retires a shoe (kept for history). */
export async function retireShoe(ctx: ClinicianCtx, input: ShoeIdInput): Promise<ShoeDto> {
  const shoe = await getShoeOrThrow(ctx, input.shoeId);
  if (shoe.retiredAt) throw new DomainError("INVALID_STATE", "The shoe is already retired");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(shoes)
      .set({ retiredAt: ctx.now, version: sql`${shoes.version} + 1`, updatedAt: ctx.now })
      .where(eq(shoes.id, shoe.id))
      .returning();
    await recordAudit(tx, ctx, { action: "shoe.retire", entity: "shoe", entityId: shoe.id, athleteId: shoe.athleteId });
    return toDto(row!, (await loggedKmByShoe(tx, shoe.athleteId)).get(shoe.id) ?? 0);
  });
}
