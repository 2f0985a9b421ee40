import { and, asc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { exercises } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { ExerciseFields, ExerciseIdInput, ListExercisesInput, UpdateExerciseInput } from "@/server/domain/exercises/schemas";
import { glideKindOfCategory } from "@/server/domain/exercises/schemas";
import { starterExercises } from "@/server/domain/exercises/starter-library";
import { recordAudit } from "../infra/audit";
import { getClinicExerciseOrThrow } from "../scope";
import type { ClinicianCtx } from "../context";
import type { Keyed } from "@/server/domain/ids";
import { findReplay, requestKeyOf, storeKeyed } from "../infra/request-keys";

type ExerciseRow = typeof exercises.$inferSelect;
export type ExerciseDto = Omit<ExerciseRow, "clinicId" | "createdBy" | "createdAt" | "updatedAt"> & { isStarter: boolean };

const toDto = ({ clinicId: _c, createdBy: _b, createdAt: _ca, updatedAt: _ua, ...e }: ExerciseRow): ExerciseDto => ({ ...e, isStarter: e.starterNumber !== null });

/** Copies the DOMAIN 9 starter library into the clinic once (idempotent), so the clinic can adapt it. */
export async function ensureStarterLibrary(db: DbOrTx, clinicId: string): Promise<void> {
  await db
    .insert(exercises)
    .values(
      starterExercises.map((e) => ({
        clinicId, starterNumber: e.number, name: e.name, category: e.category, target: e.target, dosage: e.dosage,
        cues: e.cues, caution: e.caution, sources: e.sources, glideKind: glideKindOfCategory(e.category),
      })),
    )
    .onConflictDoNothing();
}

/** The clinic's library, starter exercises in their published order, then the clinic's own by name. */
export async function listExercises(ctx: ClinicianCtx, input: ListExercisesInput): Promise<ExerciseDto[]> {
  await ensureStarterLibrary(ctx.db, ctx.actor.clinicId);
  const search = input.search ? `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await ctx.db
    .select()
    .from(exercises)
    .where(
      and(
        eq(exercises.clinicId, ctx.actor.clinicId),
        input.includeArchived ? undefined : isNull(exercises.archivedAt),
        input.category ? eq(exercises.category, input.category) : undefined,
        search ? or(ilike(exercises.name, search), ilike(exercises.target, search), ilike(exercises.category, search)) : undefined,
      ),
    )
    .orderBy(sql`${exercises.starterNumber} is null`, asc(exercises.starterNumber), asc(exercises.name));
  return rows.map(toDto);
}

/** One exercise of the clinic's library, or NOT_FOUND. */
export async function getExercise(ctx: ClinicianCtx, input: ExerciseIdInput): Promise<ExerciseDto> {
  return toDto(await getClinicExerciseOrThrow(ctx, input.exerciseId));
}

/** Adds one of the clinic's own exercises. */
export async function createExercise(ctx: ClinicianCtx, input: Keyed<ExerciseFields>): Promise<ExerciseDto> {
  const replayed = await findReplay(ctx, exercises, input, { action: "exercise.create", entity: "exercise" });
  if (replayed) return toDto(await getClinicExerciseOrThrow(ctx, replayed));
  const { requestKey: _requestKey, ...fields } = input;
  const key = requestKeyOf(input);
  const id = await storeKeyed(ctx, exercises, key, async (tx) => {
    const [row] = await tx
      .insert(exercises)
      .values({ ...fields, ...key, clinicId: ctx.actor.clinicId, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: exercises.id });
    await recordAudit(tx, ctx, { action: "exercise.create", entity: "exercise", entityId: row!.id });
    return row!.id;
  });
  return toDto(await getClinicExerciseOrThrow(ctx, id));
}

/** Edits an exercise; CONFLICT when someone saved it meanwhile. */
export async function updateExercise(ctx: ClinicianCtx, input: UpdateExerciseInput): Promise<ExerciseDto> {
  const { exerciseId, version, ...fields } = input;
  const current = await getClinicExerciseOrThrow(ctx, exerciseId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(exercises)
      .set({ ...fields, version: sql`${exercises.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(exercises.id, current.id), eq(exercises.version, version)))
      .returning();
    if (!row) throw new DomainError("CONFLICT");
    await recordAudit(tx, ctx, { action: "exercise.update", entity: "exercise", entityId: current.id });
    return toDto(row);
  });
}

/** Archives or restores an exercise; it is never deleted, since programs refer to it. */
export async function setExerciseArchived(ctx: ClinicianCtx, input: ExerciseIdInput & { archived: boolean }): Promise<ExerciseDto> {
  const current = await getClinicExerciseOrThrow(ctx, input.exerciseId);
  if ((current.archivedAt !== null) === input.archived) {
    throw new DomainError("INVALID_STATE", input.archived ? "The exercise is already archived" : "The exercise is not archived");
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(exercises)
      .set({ archivedAt: input.archived ? ctx.now : null, version: sql`${exercises.version} + 1`, updatedAt: ctx.now })
      .where(eq(exercises.id, current.id))
      .returning();
    await recordAudit(tx, ctx, { action: input.archived ? "exercise.archive" : "exercise.restore", entity: "exercise", entityId: current.id });
    return toDto(row!);
  });
}
