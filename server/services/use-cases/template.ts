import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { programTemplates } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { CreateTemplateInput, TemplateIdInput, UpdateTemplateInput } from "@/server/domain/programs/schemas";
import { recordAudit } from "../infra/audit";
import type { ClinicianCtx } from "../context";
import { assertClinicExercises, describeItems, type ProgramItemView } from "../records/library";
import { getClinicTemplateOrThrow } from "../scope";
import type { Keyed } from "@/server/domain/ids";
import { findReplay, requestKeyOf, storeKeyed } from "../infra/request-keys";

type TemplateRow = typeof programTemplates.$inferSelect;
export type TemplateDto = { id: string; name: string; description: string | null; items: ProgramItemView[]; archivedAt: Date | null; version: number };

async function toDto(db: DbOrTx, t: TemplateRow): Promise<TemplateDto> {
  return { id: t.id, name: t.name, description: t.description, items: await describeItems(db, t.items), archivedAt: t.archivedAt, version: t.version };
}

/** The clinic's program templates by name. */
export async function listTemplates(ctx: ClinicianCtx): Promise<TemplateDto[]> {
  const rows = await ctx.db
    .select()
    .from(programTemplates)
    .where(and(eq(programTemplates.clinicId, ctx.actor.clinicId), isNull(programTemplates.archivedAt)))
    .orderBy(asc(programTemplates.name));
  return Promise.all(rows.map((r) => toDto(ctx.db, r)));
}

export async function getTemplate(ctx: ClinicianCtx, input: TemplateIdInput): Promise<TemplateDto> {
  return toDto(ctx.db, await getClinicTemplateOrThrow(ctx, input.templateId));
}

/** Saves a program as a clinic template. */
export async function createTemplate(ctx: ClinicianCtx, input: Keyed<CreateTemplateInput>): Promise<TemplateDto> {
  const replayed = await findReplay(ctx, programTemplates, input, { action: "template.create", entity: "program_template" });
  if (replayed) return toDto(ctx.db, await getClinicTemplateOrThrow(ctx, replayed));
  const { requestKey: _requestKey, ...fields } = input;
  await assertClinicExercises(ctx.db, ctx.actor.clinicId, fields.items);
  const key = requestKeyOf(input);
  const id = await storeKeyed(ctx, programTemplates, key, async (tx) => {
    const [row] = await tx
      .insert(programTemplates)
      .values({ ...fields, ...key, clinicId: ctx.actor.clinicId, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: programTemplates.id });
    await recordAudit(tx, ctx, { action: "template.create", entity: "program_template", entityId: row!.id });
    return row!.id;
  });
  return toDto(ctx.db, await getClinicTemplateOrThrow(ctx, id));
}

export async function updateTemplate(ctx: ClinicianCtx, input: UpdateTemplateInput): Promise<TemplateDto> {
  const { templateId, version, ...fields } = input;
  const current = await getClinicTemplateOrThrow(ctx, templateId);
  await assertClinicExercises(ctx.db, ctx.actor.clinicId, fields.items, new Set(current.items.map((i) => i.exerciseId)));
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(programTemplates)
      .set({ ...fields, version: sql`${programTemplates.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(programTemplates.id, current.id), eq(programTemplates.version, version)))
      .returning();
    if (!row) throw new DomainError("CONFLICT");
    await recordAudit(tx, ctx, { action: "template.update", entity: "program_template", entityId: current.id });
    return toDto(tx, row);
  });
}

export async function archiveTemplate(ctx: ClinicianCtx, input: TemplateIdInput): Promise<TemplateDto> {
  const current = await getClinicTemplateOrThrow(ctx, input.templateId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(programTemplates)
      .set({ archivedAt: ctx.now, version: sql`${programTemplates.version} + 1`, updatedAt: ctx.now })
      .where(eq(programTemplates.id, current.id))
      .returning();
    await recordAudit(tx, ctx, { action: "template.archive", entity: "program_template", entityId: current.id });
    return toDto(tx, row!);
  });
}
