import { and, eq, inArray } from "drizzle-orm";
import { exercises, programs, programVersions, runPlans } from "@/db/schema";
import type { MatchedStatus } from "@/server/domain/adherence/adherence";
import { ageOn } from "@/server/domain/athletes/schemas";
import { exerciseKey } from "@/server/domain/logs/rules";
import { recentGlideAdvice, type GlideAdvice } from "@/server/domain/programs/glides";
import type { Adherence, ProgressSummary } from "@/server/domain/progress/summary";
import { addDays, daysBetween } from "@/server/domain/progression/dates";
import type { SessionClass } from "@/server/domain/progression/classify";
import type { WeekSchedule } from "@/server/domain/progression/schedule";
import { symptomFreeMinutesOf, peakOf } from "@/server/domain/progression/run-log";
import { recordAudit } from "./infra/audit";
import { todayOf, type AthleteCtx } from "./context";
import { unsafeLoadLogs } from "./log-history";
import { unsafeProgramLogs, unsafeProgramProgress, type ProgramLogs } from "./progress";
import { unsafeChecklistStatus } from "./red-flag-checks";
import { unsafeDecideDueWeeks, unsafeLoadPlanView } from "./run-plans";
import { getAthleteOrThrow } from "./scope";
import { unsafeShoesWithMileage, type ShoeDto } from "./shoes";

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
    age: ageOn(a.dateOfBirth, todayOf(ctx)),
    email: a.email, weeklyKm: a.weeklyKm, yearsRunning: a.yearsRunning,
    goalRace: a.goalRace, goalDate: a.goalDate, usualSurface: a.usualSurface,
  };
}

/** A prescribed session of this program week and what became of it (R5: a log up to 2 days later counts). */
export type SessionStatus = { date: string; status: MatchedStatus; logId: string | null };

export type PortalExercise = {
  exerciseId: string;
  side: string;
  name: string;
  dosage: string;
  instructions: string;
  caution: string | null;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  perWeek: number;
  notes: string | null;
  glideKind: "slider" | "tensioner" | null;
  /** The glide symptom rule over the last week's sessions (lasting symptoms regress). */
  glideAdvice: GlideAdvice | null;
  week: SessionStatus[];
};

export type PortalPlan = {
  programId: string;
  programName: string;
  startDate: string;
  weekIndex: number;
  weekStart: string;
  exercises: PortalExercise[];
  runWeek: WeekSchedule | null;
  /** The run sessions of this week with what became of them, in the order of `runWeek.sessions`. */
  runStatuses: SessionStatus[];
  adherence: Adherence;
  /** The latest weekly decision's reason, in plain language. */
  latestDecision: { weekIndex: number; appliedDecision: string | null; reason: string } | null;
  /** Why runs are paused: after a red flag (the athlete's own answers or logs) or by the physio; null when not paused. */
  runPause: { byRedFlag: boolean } | null;
};

type Loaded = {
  program: typeof programs.$inferSelect; logs: ProgramLogs; summary: ProgressSummary; runWeek: WeekSchedule | null;
  latestDecision: PortalPlan["latestDecision"]; runPause: PortalPlan["runPause"];
};

/** The athlete's active program with its plan brought up to date (due weekly decisions are made first). */
async function loadActiveProgram(ctx: AthleteCtx, athleteId: string): Promise<Loaded | null> {
  const [program] = await ctx.db
    .select()
    .from(programs)
    .where(and(eq(programs.athleteId, athleteId), eq(programs.status, "active")))
    .limit(1);
  if (!program) return null;
  const [plan] = await ctx.db.select({ id: runPlans.id }).from(runPlans).where(eq(runPlans.programId, program.id)).limit(1);
  let runWeek: WeekSchedule | null = null;
  let latestDecision: PortalPlan["latestDecision"] = null;
  let runPause: PortalPlan["runPause"] = null;
  if (plan) {
    await unsafeDecideDueWeeks(ctx, plan.id);
    const view = await unsafeLoadPlanView(ctx.db, plan.id, ctx.now);
    runWeek = view.currentWeek;
    const weekly = view.decisions.find((d) => d.kind === "weekly");
    latestDecision = weekly ? { weekIndex: weekly.weekIndex, appliedDecision: weekly.appliedDecision, reason: weekly.reason } : null;
    runPause = view.pause && { byRedFlag: view.pause.byRedFlag };
  }
  const logs = await unsafeProgramLogs(ctx.db, program);
  const summary = await unsafeProgramProgress(ctx.db, program, todayOf(ctx), logs);
  return { program, logs, summary, runWeek, latestDecision, runPause };
}

/** The athlete's current program: exercises of its current version and this week's run/walk sessions, each with its status. */
export async function getOwnPlan(ctx: AthleteCtx): Promise<PortalPlan | null> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const loaded = await loadActiveProgram(ctx, athlete.id);
  await recordAudit(ctx.db, ctx, { action: "portal.plan", entity: "program", entityId: loaded?.program.id ?? null, athleteId: athlete.id });
  if (!loaded) return null;
  const { program, logs, summary } = loaded;
  const today = todayOf(ctx);
  const [version] = await ctx.db
    .select({ items: programVersions.items })
    .from(programVersions)
    .where(and(eq(programVersions.programId, program.id), eq(programVersions.version, program.currentVersion)));
  const items = version?.items ?? [];
  const library = items.length ? await ctx.db.select().from(exercises).where(inArray(exercises.id, items.map((i) => i.exerciseId))) : [];
  const byId = new Map(library.map((e) => [e.id, e]));
  const inWeek = (date: string) => daysBetween(summary.weekStart, date) >= 0 && daysBetween(date, addDays(summary.weekStart, 6)) >= 0;
  const status = (s: ProgressSummary["exerciseSessions"][number]): SessionStatus => ({ date: s.date, status: s.status, logId: s.logId });
  return {
    programId: program.id, programName: program.name, startDate: program.startDate, weekIndex: summary.weekIndex, weekStart: summary.weekStart,
    exercises: items.map((i) => {
      const e = byId.get(i.exerciseId);
      const key = exerciseKey(i);
      const glideKind = e?.glideKind ?? null;
      return {
        exerciseId: i.exerciseId, side: i.side, name: e?.name ?? "Exercise", dosage: e?.dosage ?? "", instructions: e?.cues ?? "", caution: e?.caution ?? null,
        sets: i.sets, reps: i.reps, holdSeconds: i.holdSeconds, perWeek: i.perWeek, notes: i.notes, glideKind,
        glideAdvice: glideKind ? recentGlideAdvice(glideKind, logs.exerciseSessions.filter((s) => exerciseKey(s) === key), today) : null,
        week: summary.exerciseSessions.filter((s) => s.key === key && inWeek(s.date)).map(status),
      };
    }),
    runWeek: loaded.runWeek,
    runStatuses: summary.runSessions.filter((s) => inWeek(s.date)).map(status),
    adherence: summary.adherence.week,
    latestDecision: loaded.latestDecision,
    runPause: loaded.runPause,
  };
}

export type CheckIns = {
  /** Runs waiting for their next-morning answer (R1), oldest first. */
  nextMorning: { logId: string; date: string; runMinutes: number }[];
  /** The red-flag checklist (DOMAIN 7.4) is asked weekly and after any RED run, and stays due while the last one sent has gaps. */
  checklist: { due: boolean; reason: "weekly" | "red-run" | "incomplete" | null };
};

/** What the athlete is asked today: next-morning answers of earlier runs, and the red-flag checklist when due. */
export async function getCheckIns(ctx: AthleteCtx): Promise<CheckIns> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const today = todayOf(ctx);
  const logs = await unsafeLoadLogs(ctx.db, athlete, addDays(today, -14), today);
  await recordAudit(ctx.db, ctx, { action: "portal.checkIns", entity: "activity_log", athleteId: athlete.id });
  const nextMorning = logs
    .filter((l) => l.needsNextMorning && l.date < today && l.entry.kind === "run")
    .map((l) => ({ logId: l.id, date: l.date, runMinutes: l.entry.kind === "run" ? l.entry.runMinutes : 0 }))
    .reverse();
  const { lastComplete: latest, laterIncomplete } = await unsafeChecklistStatus(ctx.db, athlete.id);
  // A run can turn RED when logged, corrected or answered next morning: any change after the last complete checklist counts.
  const redSince = logs.some((l) => l.runClass === "RED" && (!latest || l.changedAt > latest.createdAt));
  const [active] = await ctx.db.select({ id: programs.id }).from(programs).where(and(eq(programs.athleteId, athlete.id), eq(programs.status, "active"))).limit(1);
  const weeklyDue = Boolean(active) && (!latest || daysBetween(latest.date, today) >= 7);
  const checklist: CheckIns["checklist"] = laterIncomplete
    ? { due: true, reason: "incomplete" }
    : redSince ? { due: true, reason: "red-run" } : weeklyDue ? { due: true, reason: "weekly" } : { due: false, reason: null };
  return { nextMorning, checklist };
}

/** The athlete's own shoes with their mileage, in use first. */
export async function getOwnShoes(ctx: AthleteCtx): Promise<ShoeDto[]> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  await recordAudit(ctx.db, ctx, { action: "portal.shoes", entity: "shoe", athleteId: athlete.id });
  return unsafeShoesWithMileage(ctx.db, athlete.id);
}

export type OwnProgress = {
  adherence: { week: Adherence; overall: Adherence } | null;
  weeks: ProgressSummary["weeks"];
  /** Per run, oldest first: peak symptoms, symptom-free minutes (DOMAIN 5.1b) and class. */
  symptomTrend: { date: string; peak: number | null; symptomFreeMinutes: number; runMinutes: number; runClass: SessionClass | null }[];
  latestDecision: PortalPlan["latestDecision"];
  shoes: ShoeDto[];
};

/** Trend of the last 12 weeks of runs. */
const TREND_DAYS = 84;

/** The athlete's progress: adherence this week and overall, weekly run minutes vs plan, the symptom trend, the latest decision and shoes. */
export async function getOwnProgress(ctx: AthleteCtx): Promise<OwnProgress> {
  const athlete = await getAthleteOrThrow(ctx, ctx.actor.athleteId, { activeOnly: true });
  const today = todayOf(ctx);
  const loaded = await loadActiveProgram(ctx, athlete.id);
  const logs = await unsafeLoadLogs(ctx.db, athlete, addDays(today, -TREND_DAYS), today);
  await recordAudit(ctx.db, ctx, { action: "portal.progress", entity: "activity_log", athleteId: athlete.id });
  return {
    adherence: loaded ? loaded.summary.adherence : null,
    weeks: loaded?.summary.weeks ?? [],
    symptomTrend: logs
      .flatMap((l) => (l.entry.kind === "run"
        ? [{ date: l.date, peak: peakOf(l.entry), symptomFreeMinutes: symptomFreeMinutesOf(l.entry), runMinutes: l.entry.runMinutes, runClass: l.runClass }]
        : []))
      .reverse(),
    latestDecision: loaded?.latestDecision ?? null,
    shoes: await unsafeShoesWithMileage(ctx.db, athlete.id),
  };
}
