import { and, eq, inArray } from "drizzle-orm";
import { exercises, programs, programVersions, runPlans } from "@/db/schema";
import { ageOn } from "@/server/domain/athletes/schemas";
import type { WeekSchedule } from "@/server/domain/progression/schedule";
import { unsafeDecideDueWeeks, unsafeLoadPlanView } from "./run-plans";
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

export type PortalPlan = {
  programName: string;
  startDate: string;
  exercises: { name: string; dosage: string; instructions: string; caution: string | null; sets: number | null; reps: number | null; holdSeconds: number | null; perWeek: number; side: string; notes: string | null }[];
  runWeek: WeekSchedule | null;
  /** The latest weekly decision's reason, in plain language. */
  latestDecision: { weekIndex: number; appliedDecision: string | null; reason: string } | null;
};

/** The athlete's current program: exercises of its current version and this week's run/walk sessions. */
export async function getOwnPlan(ctx: AthleteCtx): Promise<PortalPlan | null> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const [program] = await ctx.db
    .select()
    .from(programs)
    .where(and(eq(programs.athleteId, athlete.id), eq(programs.status, "active")))
    .limit(1);
  await recordAudit(ctx.db, ctx, { action: "portal.plan", entity: "program", entityId: program?.id ?? null, athleteId: athlete.id });
  if (!program) return null;
  const [version] = await ctx.db
    .select({ items: programVersions.items })
    .from(programVersions)
    .where(and(eq(programVersions.programId, program.id), eq(programVersions.version, program.currentVersion)));
  const items = version?.items ?? [];
  const library = items.length
    ? await ctx.db.select().from(exercises).where(inArray(exercises.id, items.map((i) => i.exerciseId)))
    : [];
  const byId = new Map(library.map((e) => [e.id, e]));
  const [plan] = await ctx.db.select({ id: runPlans.id }).from(runPlans).where(eq(runPlans.programId, program.id)).limit(1);
  let runWeek: WeekSchedule | null = null;
  let latestDecision: PortalPlan["latestDecision"] = null;
  if (plan) {
    await unsafeDecideDueWeeks(ctx, plan.id);
    const view = await unsafeLoadPlanView(ctx.db, plan.id, ctx.now);
    runWeek = view.currentWeek;
    const weekly = view.decisions.find((d) => d.kind === "weekly");
    latestDecision = weekly ? { weekIndex: weekly.weekIndex, appliedDecision: weekly.appliedDecision, reason: weekly.reason } : null;
  }
  return {
    programName: program.name,
    startDate: program.startDate,
    exercises: items.map((i) => {
      const e = byId.get(i.exerciseId);
      return {
        name: e?.name ?? "Exercise", dosage: e?.dosage ?? "", instructions: e?.cues ?? "", caution: e?.caution ?? null,
        sets: i.sets, reps: i.reps, holdSeconds: i.holdSeconds, perWeek: i.perWeek, side: i.side, notes: i.notes,
      };
    }),
    runWeek,
    latestDecision,
  };
}
