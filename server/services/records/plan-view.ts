import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { planDecisions, programs, runPlans } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { planStateSchema, type PlanState } from "@/server/domain/progression/plan-state";
import { addDays, daysBetween } from "@/server/domain/dates";
import { isWeekDue, planWeekDates } from "@/server/domain/progression/decide";
import { weekSchedule, type WeekSchedule } from "@/server/domain/progression/schedule";
import { longestRunBefore } from "@/server/domain/load/runs";
import { currentPlanWeek } from "@/server/domain/progression/decide";
import type { ProtocolSettings } from "@/server/domain/progression/settings";
import { todayOf } from "../context";
import type { ScopedAthlete } from "../scope";
import { settingsOf } from "./protocol";
import { hasOpenUrgentRedFlag } from "./red-flags";
import { runsBetween } from "./run-history";

export type PlanDecisionDto = {
  id: string;
  weekIndex: number;
  kind: (typeof planDecisions.$inferSelect)["kind"];
  decision: string | null;
  appliedDecision: string | null;
  reason: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
};

export type PlanPause = { byRedFlag: boolean; reason: string; at: Date };

export type RunPlanDto = {
  id: string;
  programId: string;
  athleteId: string;
  startDate: string;
  settings: ProtocolSettings;
  settingsOverrides: Record<string, number>;
  state: PlanState;
  decidedThroughWeek: number;
  /**
   * Plan weeks whose weekly decision is due (R3) but not made yet, oldest first: the next event of the
   * athlete or the hourly job makes them. Reading a plan never decides. Empty for an ended program.
   */
  dueWeeks: number[];
  /** An emergency or urgent red flag is open: the plan cannot be resumed until it is acknowledged. */
  redFlagOpen: boolean;
  /** Why the plan is paused (the latest pause decision), or null when it is not paused. */
  pause: PlanPause | null;
  currentWeek: WeekSchedule;
  decisions: PlanDecisionDto[];
};

/** A run as the due check reads it: its date, next-morning answer and when it was logged. */
type DueRun = { date: string; nextMorningNrs: number | null; at: Date };

/**
 * The plan weeks after `decidedThroughWeek` whose decision is due at `now` (R3: the week is over and
 * every run has its next-morning answer, or 36 h passed since its last run), oldest first, stopping at
 * the first week not yet due: exactly the weeks the engine's next run decides.
 */
export function dueWeeksOf(plan: { startDate: string; decidedThroughWeek: number }, runs: readonly DueRun[], now: Date): number[] {
  const due: number[] = [];
  for (let weekIndex = plan.decidedThroughWeek + 1; ; weekIndex++) {
    const { startDate, endDate } = planWeekDates(plan.startDate, weekIndex);
    const weekEnd = new Date(`${addDays(endDate, 1)}T00:00:00Z`);
    if (now < weekEnd) return due;
    const weekRuns = runs.filter((r) => daysBetween(startDate, r.date) >= 0 && daysBetween(r.date, endDate) >= 0);
    if (!isWeekDue({ weekRuns, weekEnd, now })) return due;
    due.push(weekIndex);
  }
}

/** The first day of the first plan week without a weekly decision: the due check reads runs from there. */
const firstUndecidedDay = (plan: { startDate: string; decidedThroughWeek: number }) => planWeekDates(plan.startDate, plan.decidedThroughWeek + 1).startDate;
const earliest = (a: string, b: string) => (a < b ? a : b);

/** A plan of the athlete as shown to the therapist and (its current week) to the athlete. Reads only. */
export async function loadPlanView(db: DbOrTx, athlete: ScopedAthlete, planId: string, now: Date): Promise<RunPlanDto> {
  const [row] = await db
    .select({ plan: runPlans, programStatus: programs.status })
    .from(runPlans)
    .innerJoin(programs, eq(programs.id, runPlans.programId))
    .where(and(eq(runPlans.id, planId), eq(runPlans.athleteId, athlete.id), eq(runPlans.clinicId, athlete.clinicId)))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND", "Plan not found");
  const { plan } = row;
  const settings = await settingsOf(db, plan);
  const state = planStateSchema.parse(plan.state);
  const today = todayOf({ now });
  const redFlagOpen = await hasOpenUrgentRedFlag(db, athlete);
  // What the view reads: the 30-day longest run (R4 single-run cap) and the weeks not decided yet (due check).
  const runs = await runsBetween(db, athlete, { from: earliest(addDays(today, -30), firstUndecidedDay(plan)), through: today });
  // The longest run from 30 days before today through today (walk-only sessions are no reference either way).
  const longest = longestRunBefore(runs, addDays(today, 1), 31);
  // One rule: the plan is paused when its state says so (a red flag or a therapist paused it, and no therapist resumed it).
  const currentWeek = weekSchedule({
    planStartDate: plan.startDate, weekIndex: currentPlanWeek(plan.startDate, today), state, settings, longestRunLast30Days: longest,
  });
  const decisions = await db.select().from(planDecisions).where(eq(planDecisions.planId, plan.id)).orderBy(desc(planDecisions.createdAt));
  const lastPause = state.paused ? decisions.find((d) => d.kind === "pause") : undefined;
  return {
    id: plan.id, programId: plan.programId, athleteId: plan.athleteId, startDate: plan.startDate, settings,
    settingsOverrides: plan.settingsOverrides, state, decidedThroughWeek: plan.decidedThroughWeek,
    dueWeeks: row.programStatus === "active" ? dueWeeksOf(plan, runs, now) : [],
    redFlagOpen, currentWeek,
    pause: state.paused ? { byRedFlag: Boolean(lastPause?.triageId), reason: lastPause?.reason ?? "Paused until a therapist resumes the plan", at: lastPause?.createdAt ?? plan.updatedAt } : null,
    decisions: decisions.map((d) => ({
      id: d.id, weekIndex: d.weekIndex, kind: d.kind, decision: d.decision, appliedDecision: d.appliedDecision, reason: d.reason,
      before: d.before, after: d.after, createdAt: d.createdAt,
    })),
  };
}

/** The due, undecided weeks of the athlete's plan in an active program (none without one), e.g. for a report preview. */
export async function activePlanDueWeeks(db: DbOrTx, athlete: ScopedAthlete, now: Date): Promise<number[]> {
  const [plan] = await db
    .select({ startDate: runPlans.startDate, decidedThroughWeek: runPlans.decidedThroughWeek })
    .from(runPlans)
    .innerJoin(programs, eq(programs.id, runPlans.programId))
    .where(and(eq(runPlans.athleteId, athlete.id), eq(runPlans.clinicId, athlete.clinicId), eq(programs.status, "active")))
    .limit(1);
  if (!plan) return [];
  return dueWeeksOf(plan, await runsBetween(db, athlete, { from: firstUndecidedDay(plan), through: todayOf({ now }) }), now);
}
