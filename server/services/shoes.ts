import { and, asc, eq, sql } from "drizzle-orm";
import { shoes } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { DomainError } from "@/server/domain/errors";
import type { CreateShoeInput, ShoeIdInput, UpdateShoeInput } from "@/server/domain/shoes/schemas";
import { recordAudit } from "./audit";
import type { ClinicianCtx } from "./context";
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
};

const toDto = (s: typeof shoes.$inferSelect): ShoeDto => ({
  id: s.id, athleteId: s.athleteId, brand: s.brand, model: s.model, purchaseDate: s.purchaseDate, use: s.use,
  startingKm: s.startingKm, reviewDistanceKm: s.reviewDistanceKm, retiredAt: s.retiredAt, version: s.version,
});

/** The athlete's shoes, in use first. */
export async function listShoes(ctx: ClinicianCtx, input: AthleteIdInput): Promise<ShoeDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const rows = await ctx.db
    .select()
    .from(shoes)
    .where(eq(shoes.athleteId, athlete.id))
    .orderBy(sql`${shoes.retiredAt} is not null`, asc(shoes.brand), asc(shoes.model));
  await recordAudit(ctx.db, ctx, { action: "shoe.list", entity: "shoe", athleteId: athlete.id });
  return rows.map(toDto);
}

/** Adds a shoe to the athlete's record. */
export async function createShoe(ctx: ClinicianCtx, input: CreateShoeInput): Promise<ShoeDto> {
  const { athleteId, ...fields } = input;
  const athlete = await getAthleteOrThrow(ctx, athleteId, { activeOnly: true });
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(shoes)
      .values({ ...fields, clinicId: ctx.actor.clinicId, athleteId: athlete.id, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    await recordAudit(tx, ctx, { action: "shoe.create", entity: "shoe", entityId: row!.id, athleteId: athlete.id });
    return toDto(row!);
  });
}

/** Edits a shoe; CONFLICT when someone saved it meanwhile. */
export async function updateShoe(ctx: ClinicianCtx, input: UpdateShoeInput): Promise<ShoeDto> {
  const { shoeId, version, ...fields } = input;
  const shoe = await getShoeOrThrow(ctx, shoeId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(shoes)
      .set({ ...fields, version: sql`${shoes.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(shoes.id, shoe.id), eq(shoes.version, version)))
      .returning();
    if (!row) throw new DomainError("CONFLICT");
    await recordAudit(tx, ctx, { action: "shoe.update", entity: "shoe", entityId: shoe.id, athleteId: shoe.athleteId });
    return toDto(row);
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
    return toDto(row!);
  });
}
