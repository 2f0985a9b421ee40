import { and, desc, eq, inArray } from "drizzle-orm";
import { exercises, programs, programVersions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { DomainError } from "@/server/domain/errors";
import { exerciseKey } from "@/server/domain/logs/rules";
import { glideOrderProblem, recentGlideAdvice, type GlideAdvice } from "@/server/domain/programs/glides";
import type { ProgramIdInput, ProgramItem, ReviseProgramInput, StartProgramInput } from "@/server/domain/programs/schemas";
import { recordAudit } from "../infra/audit";
import { todayOf, type ClinicianCtx } from "../context";
import type { SimulatePlanInput } from "@/server/domain/plans/schemas";
import { planStateSchema } from "@/server/domain/progression/plan-state";
import { resolveSettings } from "@/server/domain/progression/settings";
import { simulate, simulationStartState } from "@/server/domain/progression/simulate";
import { insertRunPlan } from "../engine/plan-start";
import { afterAthleteEvent } from "../engine/weekly-decisions";
import { knownRegions as knownRegionsOf } from "../records/assessments";
import { suggestEntry } from "../records/entry";
import { assertClinicExercises, describeItems, type ProgramItemView } from "../records/library";
import { programLogs } from "../records/progress";
import { loadClinicSettings } from "../records/settings";
import { athleteOf, getAthleteOrThrow, getClinicTemplateOrThrow, getProgramOrThrow, getRunPlanOrThrow, type Scoped, type ScopedAthlete } from "../scope";
import type { Keyed } from "@/server/domain/ids";
import { findReplay, requestKeyOf, storeKeyed, type RequestKeyValues } from "../infra/request-keys";

type ProgramRow = typeof programs.$inferSelect;

export type ProgramDto = {
  id: string;
  athleteId: string;
  name: string;
  templateId: string | null;
  status: ProgramRow["status"];
  startDate: string;
  endedAt: Date | null;
  currentVersion: number;
  items: ProgramItemView[];
  history: { version: number; changeNote: string | null; createdAt: Date }[];
  /** The glide symptom rule per glide of the current version, from the athlete's last 7 days of logs (active programs). */
  glideAdvice: { exerciseId: string; side: string; advice: GlideAdvice }[];
};

type StartProgramCore = { athleteId: string; name: string; startDate: string; templateId?: string | null; items?: ProgramItem[] };

/** The items a new program starts with: the template's, or the ones given. */
async function initialItems(ctx: ClinicianCtx, input: StartProgramCore): Promise<{ items: ProgramItem[]; templateId: string | null }> {
  if (input.templateId) {
    const template = await getClinicTemplateOrThrow(ctx, input.templateId);
    if (template.archivedAt) throw new DomainError("INVALID_STATE", "That template is archived");
    return { items: template.items, templateId: template.id };
  }
  const items = input.items ?? [];
  await assertClinicExercises(ctx.db, ctx.actor.clinicId, items);
  return { items, templateId: null };
}

/** DOMAIN 2.3: a tensioner only after a slider was part of an earlier version of the athlete's programs. */
async function assertGlideOrder(db: DbOrTx, athleteId: string, items: ProgramItem[]): Promise<void> {
  const earlier = await db.select({ items: programVersions.items }).from(programVersions).where(eq(programVersions.athleteId, athleteId));
  const ids = [...new Set([...items, ...earlier.flatMap((v) => v.items)].map((i) => i.exerciseId))];
  if (ids.length === 0) return;
  const kinds = new Map(
    (await db.select({ id: exercises.id, glideKind: exercises.glideKind }).from(exercises).where(inArray(exercises.id, ids))).map((e) => [e.id, e.glideKind]),
  );
  const withKind = (list: ProgramItem[]) => list.map((i) => ({ exerciseId: i.exerciseId, glideKind: kinds.get(i.exerciseId) ?? null }));
  const problem = glideOrderProblem(withKind(items), earlier.map((v) => withKind(v.items)));
  if (problem) throw new DomainError("INVALID_STATE", problem);
}

/** Inserts a program and its first version (inside the caller's transaction). One active program per athlete. */
async function insertProgram(
  tx: DbOrTx, ctx: ClinicianCtx, input: StartProgramCore, items: ProgramItem[], templateId: string | null, key: RequestKeyValues | null = null,
): Promise<ProgramRow> {
  const [active] = await tx.select({ id: programs.id }).from(programs).where(and(eq(programs.athleteId, input.athleteId), eq(programs.status, "active"))).limit(1);
  await assertGlideOrder(tx, input.athleteId, items);
  if (active) throw new DomainError("INVALID_STATE", "The athlete already has an active program; end it or revise it instead");
  const [program] = await tx
    .insert(programs)
    .values({
      clinicId: ctx.actor.clinicId, athleteId: input.athleteId, name: input.name, templateId, startDate: input.startDate,
      createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now, ...key,
    })
    .returning();
  await tx.insert(programVersions).values({
    clinicId: ctx.actor.clinicId, athleteId: input.athleteId, programId: program!.id, version: 1, items, changeNote: "Started",
    createdBy: ctx.actor.userId, createdAt: ctx.now,
  });
  await recordAudit(tx, ctx, { action: "program.start", entity: "program", entityId: program!.id, athleteId: input.athleteId });
  return program!;
}

/** Starts a program (and its run/walk plan) for an athlete on the actor's caseload, once per request key. */
export async function startProgram(ctx: ClinicianCtx, input: Keyed<StartProgramInput>): Promise<ProgramDto> {
  const replayed = await findReplay(ctx, programs, input, { action: "program.start", entity: "program" });
  if (replayed) return programDtoOf(ctx, await getProgramOrThrow(ctx, replayed));
  const athlete = await getAthleteOrThrow(ctx, input.athleteId, { activeOnly: true });
  const { items, templateId } = await initialItems(ctx, input);
  const runPlan = input.runPlan;
  const stage = runPlan ? (runPlan.stage ?? (await suggestEntry(ctx.db, athlete, todayOf(ctx))).stage) : null;
  const key = requestKeyOf(input);
  const programId = await storeKeyed(ctx, programs, key, async (tx) => {
    const created = await insertProgram(tx, ctx, { ...input, athleteId: athlete.id }, items, templateId, key);
    if (runPlan && stage !== null) {
      await insertRunPlan(tx, ctx, athlete, { ...runPlan, stage, programId: created.id, startDate: input.startDate });
    }
    return created.id;
  });
  // A plan that starts in the past has weeks due at once: this action makes them.
  if (runPlan) await afterAthleteEvent(ctx, athlete, { alerts: "ifDecided" });
  return programDtoOf(ctx, await getProgramOrThrow(ctx, programId));
}

/** The athlete's programs, newest first, each at its current version. */
export async function listPrograms(ctx: ClinicianCtx, input: AthleteIdInput): Promise<ProgramDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const rows = await ctx.db.select().from(programs).where(eq(programs.athleteId, athlete.id)).orderBy(desc(programs.createdAt));
  await recordAudit(ctx.db, ctx, { action: "program.list", entity: "program", athleteId: athlete.id });
  return Promise.all(rows.map((r) => loadProgram(ctx.db, athlete, r, ctx.now)));
}

/** One program at its current version, with its version history. */
export async function getProgram(ctx: ClinicianCtx, input: ProgramIdInput): Promise<ProgramDto> {
  const program = await getProgramOrThrow(ctx, input.programId);
  await recordAudit(ctx.db, ctx, { action: "program.read", entity: "program", entityId: program.id, athleteId: program.athleteId });
  return programDtoOf(ctx, program);
}

/** Changes the exercises: a new version; CONFLICT when someone revised it meanwhile. */
export async function reviseProgram(ctx: ClinicianCtx, input: ReviseProgramInput): Promise<ProgramDto> {
  const program = await getProgramOrThrow(ctx, input.programId);
  if (program.status !== "active") throw new DomainError("INVALID_STATE", "An ended program cannot be changed");
  const [current] = await ctx.db
    .select({ items: programVersions.items })
    .from(programVersions)
    .where(and(eq(programVersions.programId, program.id), eq(programVersions.version, program.currentVersion)));
  await assertClinicExercises(ctx.db, ctx.actor.clinicId, input.items, new Set(current?.items.map((i) => i.exerciseId)));
  await assertGlideOrder(ctx.db, program.athleteId, input.items);
  const row = await ctx.db.transaction(async (tx) => {
    const next = input.currentVersion + 1;
    const [updated] = await tx
      .update(programs)
      .set({ currentVersion: next, updatedAt: ctx.now })
      .where(and(eq(programs.id, program.id), eq(programs.currentVersion, input.currentVersion)))
      .returning();
    if (!updated) throw new DomainError("CONFLICT", "Someone changed this program meanwhile; reload to see the latest version");
    await tx.insert(programVersions).values({
      clinicId: program.clinicId, athleteId: program.athleteId, programId: program.id, version: next, items: input.items,
      changeNote: input.changeNote, createdBy: ctx.actor.userId, createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: "program.revise", entity: "program", entityId: program.id, athleteId: program.athleteId });
    return updated;
  });
  return loadProgram(ctx.db, athleteOf(program), row, ctx.now);
}

/** Ends a program (kept for the record). */
export async function endProgram(ctx: ClinicianCtx, input: ProgramIdInput): Promise<ProgramDto> {
  const program = await getProgramOrThrow(ctx, input.programId);
  if (program.status !== "active") throw new DomainError("INVALID_STATE", "The program has already ended");
  const row = await ctx.db.transaction(async (tx) => {
    const [ended] = await tx.update(programs).set({ status: "ended", endedAt: ctx.now, updatedAt: ctx.now }).where(eq(programs.id, program.id)).returning();
    await recordAudit(tx, ctx, { action: "program.end", entity: "program", entityId: program.id, athleteId: program.athleteId });
    return ended!;
  });
  return loadProgram(ctx.db, athleteOf(program), row, ctx.now);
}

const programDtoOf = (ctx: ClinicianCtx, program: Scoped<ProgramRow>) => loadProgram(ctx.db, athleteOf(program), program, ctx.now);

/** One program of the athlete at its current version, with its history and glide advice. */
async function loadProgram(db: DbOrTx, athlete: ScopedAthlete, p: ProgramRow, now: Date): Promise<ProgramDto> {
  const versions = await db
    .select()
    .from(programVersions)
    .where(eq(programVersions.programId, p.id))
    .orderBy(desc(programVersions.version));
  const current = versions.find((v) => v.version === p.currentVersion);
  const items = await describeItems(db, current?.items ?? []);
  return {
    id: p.id, athleteId: p.athleteId, name: p.name, templateId: p.templateId, status: p.status, startDate: p.startDate,
    endedAt: p.endedAt, currentVersion: p.currentVersion, items,
    history: versions.map((v) => ({ version: v.version, changeNote: v.changeNote, createdAt: v.createdAt })),
    glideAdvice: p.status === "active" ? await glideAdviceOf(db, athlete, p, items, todayOf({ now })) : [],
  };
}

/** The glide rule for each glide of the program, over the athlete's logged sessions of it. */
async function glideAdviceOf(db: DbOrTx, athlete: ScopedAthlete, p: ProgramRow, items: ProgramItemView[], today: string): Promise<ProgramDto["glideAdvice"]> {
  const glides = items.filter((i) => i.glideKind);
  if (glides.length === 0) return [];
  const { exerciseSessions } = await programLogs(db, athlete, p);
  return glides.flatMap((i) => {
    const advice = recentGlideAdvice(i.glideKind!, exerciseSessions.filter((s) => exerciseKey(s) === exerciseKey(i)), today);
    return advice ? [{ exerciseId: i.exerciseId, side: i.side, advice }] : [];
  });
}

/**
 * What-if simulator (docs/clinical-rules.md R4.12): the very engine of the weekly decision, over the given runs; writes nothing.
 * With a plan, it starts from that plan's state (its freeze and cut-back counters, a pause) and
 * protocol, with the prescription given, and adds the athlete's body map to the known regions.
 */
export async function simulatePlan(ctx: ClinicianCtx, input: SimulatePlanInput) {
  const plan = input.planId ? await getRunPlanOrThrow(ctx, input.planId) : null;
  const clinic = await loadClinicSettings(ctx.db, ctx.actor.clinicId);
  const settings = resolveSettings(clinic.protocolOverrides, { ...plan?.settingsOverrides, ...input.settingsOverrides });
  const prescription = { stage: input.stage, weeklyMinutes: input.weeklyMinutes, targetWeeklyMinutes: input.targetWeeklyMinutes };
  const initialState = simulationStartState(plan ? planStateSchema.parse(plan.state) : null, prescription, settings);
  const knownRegions = plan ? [...new Set([...input.knownRegions, ...(await knownRegionsOf(ctx.db, athleteOf(plan)))])] : input.knownRegions;
  return {
    settings,
    weeks: simulate({
      settings, planStartDate: input.startDate, initialState, knownRegions, runs: input.runs,
      openUrgentTriageWeeks: input.openUrgentTriageWeeks, weeks: input.weeks,
    }),
  };
}

