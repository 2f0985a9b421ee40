import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { exercises } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { ProgramItem } from "@/server/domain/programs/schemas";

export type ProgramItemView = ProgramItem & { exerciseName: string; glideKind: "slider" | "tensioner" | null; archived: boolean };

/** Every exercise of a program must be in the clinic's library; archived ones may stay but not be added. */
export async function assertClinicExercises(db: DbOrTx, clinicId: string, items: ProgramItem[], allowArchived: Set<string> = new Set()): Promise<void> {
  const ids = [...new Set(items.map((i) => i.exerciseId))];
  if (ids.length === 0) return;
  const found = await db
    .select({ id: exercises.id, archivedAt: exercises.archivedAt })
    .from(exercises)
    .where(and(eq(exercises.clinicId, clinicId), inArray(exercises.id, ids)));
  if (found.length !== ids.length) throw new DomainError("NOT_FOUND", "Exercise not found");
  const archived = found.find((e) => e.archivedAt && !allowArchived.has(e.id));
  if (archived) throw new DomainError("BAD_INPUT", "An archived exercise cannot be added; restore it first");
}

/** Program items with their exercise names, for display. */
export async function describeItems(db: DbOrTx, items: ProgramItem[]): Promise<ProgramItemView[]> {
  const ids = [...new Set(items.map((i) => i.exerciseId))];
  const rows = ids.length
    ? await db.select({ id: exercises.id, name: exercises.name, glideKind: exercises.glideKind, archivedAt: exercises.archivedAt }).from(exercises).where(inArray(exercises.id, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return items.map((i) => {
    const e = byId.get(i.exerciseId);
    return { ...i, exerciseName: e?.name ?? "Unknown exercise", glideKind: e?.glideKind ?? null, archived: Boolean(e?.archivedAt) };
  });
}
