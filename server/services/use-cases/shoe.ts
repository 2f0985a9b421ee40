import { and, eq, sql } from "drizzle-orm";
import { shoes } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { assertDates } from "@/server/domain/dates";
import { DomainError } from "@/server/domain/errors";
import type { Keyed } from "@/server/domain/ids";
import { shoeDatesOn, type CreateShoeInput, type ShoeIdInput, type UpdateShoeInput } from "@/server/domain/shoes/schemas";
import { recordAudit } from "../infra/audit";
import { todayOf, type ClinicianCtx } from "../context";
import { findReplay, requestKeyOf, storeKeyed } from "../infra/request-keys";
import { loggedKmByShoe, shoesWithMileage, toShoeDto as toDto, type ShoeDto } from "../records/shoes";
import { athleteOf, getAthleteOrThrow, getShoeOrThrow } from "../scope";

/** The athlete's shoes, in use first. */
export async function listShoes(ctx: ClinicianCtx, input: AthleteIdInput): Promise<ShoeDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "shoe.list", entity: "shoe", athleteId: athlete.id });
  return shoesWithMileage(ctx.db, athlete);
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
  return toDto(shoe, (await loggedKmByShoe(ctx.db, athleteOf(shoe))).get(shoe.id) ?? 0);
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
    return toDto(row, (await loggedKmByShoe(tx, athleteOf(shoe))).get(shoe.id) ?? 0);
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
    return toDto(row!, (await loggedKmByShoe(tx, athleteOf(shoe))).get(shoe.id) ?? 0);
  });
}
