import { and, asc, desc, eq, lte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activityLogs, planDecisions, programs, runPlans } from "@/db/schema";
import type { Actor } from "@/server/domain/access";
import { DomainError } from "@/server/domain/errors";
import type {
  CreateRunPlanInput, OverridePlanInput, PlanActionInput, RunPlanEntry, SimulatePlanInput, UpdatePlanSettingsInput,
} from "@/server/domain/plans/schemas";
import {
  assertPlanState, initialPlanState, overridePrescription, pausePlan as pauseState, planStateSchema, resumePlan as resumeState, signOff, type PlanState,
} from "@/server/domain/progression/apply";
import { addDays, daysBetween } from "@/server/domain/progression/dates";
import { isWeekDue, planWeekDates, planWeekOf } from "@/server/domain/progression/decide";
import { entryStage, medianSymptomFreeMinutes } from "@/server/domain/progression/ladder";
import { runLogSchema, type RunLog } from "@/server/domain/progression/run-log";
import { weekSchedule, type WeekSchedule } from "@/server/domain/progression/schedule";
import { resolveSettings, type ProtocolSettings } from "@/server/domain/progression/settings";
import { simulate } from "@/server/domain/progression/simulate";
import { processWeek } from "@/server/domain/progression/week";
import { unsafeSignedVisits, unsafeLoadSections } from "./assessments";
import { resolveAlertsFor, unsafeEvaluateAlerts } from "./alerts";
import { recordAudit } from "./infra/audit";
import { todayOf, type ClinicianCtx } from "./context";
import { getAthleteOrThrow, getProgramOrThrow, getRunPlanOrThrow } from "./scope";
import { unsafeOpenUrgentRedFlag, unsafePausePlansForRedFlag } from "./plan-pause";
import { loadClinicSettings } from "./settings";
import type { Keyed } from "@/server/domain/ids";
import { findReplay, requestKeyOf, storeKeyed, type RequestKeyValues } from "./infra/request-keys";

type PlanRow = typeof runPlans.$inferSelect;
type StoredRun = RunLog & { at: Date };

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

export type RunPlanDto = {
  id: string;
  programId: string;
  athleteId: string;
  startDate: string;
  settings: ProtocolSettings;
  settingsOverrides: Record<string, number>;
  state: PlanState;
  decidedThroughWeek: number;
  /** An emergency or urgent red flag is open: the plan cannot be resumed until it is acknowledged. */
  redFlagOpen: boolean;
  /** Why the plan is paused (the latest pause decision), or null when it is not paused. */
  pause: PlanPause | null;
  currentWeek: WeekSchedule;
  decisions: PlanDecisionDto[];
};

export type PlanPause = { byRedFlag: boolean; reason: string; at: Date };

/** Context for engine runs: a person (on read) or the scheduled job (no actor). */
type EngineCtx = { db: DbOrTx; now: Date; requestId: string; actor: Actor | null };

/** The athlete's logged runs up to a date, parsed; entries that no longer parse are left out. */
async function loadRuns(db: DbOrTx, athleteId: string, throughDate: string): Promise<StoredRun[]> {
  const rows = await db
    .select({ data: activityLogs.data, createdAt: activityLogs.createdAt })
    .from(activityLogs)
    .where(and(eq(activityLogs.athleteId, athleteId), eq(activityLogs.kind, "run"), lte(activityLogs.date, throughDate)))
    .orderBy(asc(activityLogs.date), asc(activityLogs.createdAt));
  return rows.flatMap((r) => {
    const parsed = runLogSchema.safeParse(r.data);
    return parsed.success ? [{ ...parsed.data, at: r.createdAt }] : [];
  });
}

/** Regions on the athlete's latest signed body map (R1 "known regions"). */
async function knownRegionsOf(db: DbOrTx, athleteId: string): Promise<string[]> {
  const latest = (await unsafeSignedVisits(db, athleteId)).at(-1);
  if (!latest) return [];
  return (await unsafeLoadSections(db, latest.id)).data.symptomHistory?.regions ?? [];
}

/** Whether an emergency or urgent red flag of the athlete is open (R4: the run component pauses). Unscoped. */
export async function unsafeHasOpenUrgentTriage(db: DbOrTx, athleteId: string): Promise<boolean> {
  return (await unsafeOpenUrgentRedFlag(db, athleteId)) !== null;
}

/** The plan's protocol: the clinic's with the plan's overrides (R10). */
export async function settingsOf(db: DbOrTx, plan: Pick<PlanRow, "clinicId" | "settingsOverrides">): Promise<ProtocolSettings> {
  const clinic = await loadClinicSettings(db, plan.clinicId);
  return resolveSettings(clinic.protocolOverrides, plan.settingsOverrides);
}

/**
 * The protocol the athlete's runs are judged by: their active plan's (clinic protocol with the plan's
 * overrides), or the clinic's when no plan is active. Unscoped: pass ids from a scoped load.
 */
export async function unsafeAthleteProtocol(db: DbOrTx, athlete: { id: string; clinicId: string }): Promise<ProtocolSettings> {
  const [plan] = await db
    .select({ clinicId: runPlans.clinicId, settingsOverrides: runPlans.settingsOverrides })
    .from(runPlans)
    .innerJoin(programs, eq(programs.id, runPlans.programId))
    .where(and(eq(runPlans.athleteId, athlete.id), eq(programs.status, "active")))
    .limit(1);
  return settingsOf(db, plan ?? { clinicId: athlete.clinicId, settingsOverrides: {} });
}

/** Regions on the athlete's latest signed body map (R1 "known regions"). Unscoped: pass an id from a scoped load. */
export const unsafeKnownRegions = (db: DbOrTx, athleteId: string) => knownRegionsOf(db, athleteId);

/**
 * Unscoped (the scheduled job has no actor): pass only a plan id from a scoped load or the job's list.
 * Makes every weekly decision that is due (R3: all next-morning answers in, or 36 h after the week's
 * last run, once the week is over). Idempotent: a unique index allows one weekly decision per week,
 * and the plan moves on only from the week it was at.
 */
export async function unsafeDecideDueWeeks(ctx: EngineCtx, planId: string): Promise<number> {
  let made = 0;
  for (;;) {
    const [plan] = await ctx.db.select().from(runPlans).where(eq(runPlans.id, planId)).limit(1);
    if (!plan) return made;
    const weekIndex = plan.decidedThroughWeek + 1;
    const { startDate, endDate } = planWeekDates(plan.startDate, weekIndex);
    const weekEnd = new Date(`${addDays(endDate, 1)}T00:00:00Z`);
    if (ctx.now < weekEnd) return made;
    const runs = await loadRuns(ctx.db, plan.athleteId, endDate);
    const weekOf = (r: RunLog) => planWeekOf(plan.startDate, r.date);
    const weekRuns = runs.filter((r) => daysBetween(startDate, r.date) >= 0);
    if (!isWeekDue({ weekRuns: weekRuns.map((r) => ({ nextMorningNrs: r.nextMorningNrs, at: r.at })), weekEnd, now: ctx.now })) return made;
    const settings = await settingsOf(ctx.db, plan);
    const before = planStateSchema.parse(plan.state);
    const outcome = processWeek({
      settings, state: before, knownRegions: await knownRegionsOf(ctx.db, plan.athleteId), weekRuns,
      earlierRuns: runs.filter((r) => daysBetween(startDate, r.date) < 0),
      previousWeekRuns: runs.filter((r) => weekOf(r) === weekIndex - 1),
      openUrgentTriage: await unsafeHasOpenUrgentTriage(ctx.db, plan.athleteId),
    });
    const wrote = await ctx.db.transaction(async (tx) => {
      const moved = await tx
        .update(runPlans)
        .set({ state: outcome.result.next, decidedThroughWeek: weekIndex, updatedAt: ctx.now })
        // A red flag may have paused the plan since it was read: then this decision is made again from the paused state.
        .where(and(eq(runPlans.id, plan.id), eq(runPlans.decidedThroughWeek, plan.decidedThroughWeek), eq(runPlans.updatedAt, plan.updatedAt)))
        .returning({ id: runPlans.id });
      if (moved.length === 0) return false;
      await tx.insert(planDecisions).values({
        clinicId: plan.clinicId, athleteId: plan.athleteId, planId: plan.id, weekIndex, kind: "weekly",
        decision: outcome.decision.decision, appliedDecision: outcome.result.appliedDecision, rule: outcome.decision.rule,
        reason: outcome.reason, counts: outcome.decision.counts,
        inputs: { runs: outcome.runs.map((r) => ({ date: r.date, sessionClass: r.sessionClass, reasons: r.reasons })), restDelta: outcome.decision.restDelta },
        before, after: outcome.result.next, createdAt: ctx.now,
      });
      await recordAudit(tx, ctx, { action: "plan.decide", entity: "run_plan", entityId: plan.id, athleteId: plan.athleteId, clinicId: plan.clinicId });
      return true;
    });
    if (wrote) {
      made++;
      // A decision can freeze the plan for review (R6).
      await unsafeEvaluateAlerts(ctx, { id: plan.athleteId, clinicId: plan.clinicId });
    }
  }
}

/** R4 Entry: the highest stage within 70 % of the median symptom-free minutes of the last 2 weeks (S0 without runs). */
export async function suggestEntry(ctx: ClinicianCtx, input: { athleteId: string }): Promise<{ stage: number; medianSymptomFreeMinutes: number | null }> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const today = todayOf(ctx);
  const runs = await loadRuns(ctx.db, athlete.id, today);
  const median = medianSymptomFreeMinutes(runs, today);
  // Symptoms within 5 minutes of running count as "while walking or within 5 min".
  const recent = runs.filter((r) => daysBetween(addDays(today, -13), r.date) >= 0);
  const early = recent.some((r) => r.onsetMinute !== null && r.onsetMinute <= 5);
  return { stage: median === null ? 0 : entryStage({ medianSymptomFreeMinutes: median, symptomsWhileWalkingOrWithin5Min: early }), medianSymptomFreeMinutes: median };
}

/** Creates the plan rows (inside the caller's transaction). */
export async function insertRunPlan(
  tx: DbOrTx,
  ctx: ClinicianCtx,
  input: RunPlanEntry & { programId: string; athleteId: string; startDate: string; stage: number },
  key: RequestKeyValues | null = null,
): Promise<string> {
  const clinic = await loadClinicSettings(tx, ctx.actor.clinicId);
  const settings = resolveSettings(clinic.protocolOverrides, input.settingsOverrides);
  const state = initialPlanState({ stage: input.stage, weeklyMinutes: input.weeklyMinutes, targetWeeklyMinutes: input.targetWeeklyMinutes }, settings);
  const [plan] = await tx
    .insert(runPlans)
    .values({
      clinicId: ctx.actor.clinicId, athleteId: input.athleteId, programId: input.programId, startDate: input.startDate,
      settingsOverrides: input.settingsOverrides as Record<string, number>, state, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now,
      ...key,
    })
    .onConflictDoNothing()
    .returning({ id: runPlans.id });
  if (!plan) throw new DomainError("INVALID_STATE", "This program already has a run/walk plan");
  await recordAudit(tx, ctx, { action: "plan.create", entity: "run_plan", entityId: plan.id, athleteId: input.athleteId });
  // A plan started while an emergency or urgent red flag is open starts paused, like every plan the flag met.
  const flag = await unsafeOpenUrgentRedFlag(tx, input.athleteId);
  if (flag) await unsafePausePlansForRedFlag(tx, ctx, { athleteId: input.athleteId, flag, planIds: [plan.id] });
  return plan.id;
}

/** Adds a run/walk plan to an active program, starting with the program. */
export async function createRunPlan(ctx: ClinicianCtx, input: Keyed<CreateRunPlanInput>): Promise<RunPlanDto> {
  const program = await getProgramOrThrow(ctx, input.programId);
  // A resend returns the plan its first send stored, even if the program has ended since.
  if (await findReplay(ctx, runPlans, input, { action: "plan.create", entity: "run_plan" })) return (await getRunPlan(ctx, { programId: program.id }))!;
  if (program.status !== "active") throw new DomainError("INVALID_STATE", "An ended program cannot get a plan");
  const stage = input.stage ?? (await suggestEntry(ctx, { athleteId: program.athleteId })).stage;
  const { requestKey: _requestKey, ...entry } = input;
  const key = requestKeyOf(input);
  await storeKeyed(ctx, runPlans, key, (tx) => insertRunPlan(tx, ctx, { ...entry, athleteId: program.athleteId, startDate: program.startDate, stage }, key));
  return (await getRunPlan(ctx, { programId: program.id }))!;
}

/** The program's plan with this week's sessions; due weekly decisions are made first. */
export async function getRunPlan(ctx: ClinicianCtx, input: { programId: string }): Promise<RunPlanDto | null> {
  const program = await getProgramOrThrow(ctx, input.programId);
  const [plan] = await ctx.db.select().from(runPlans).where(eq(runPlans.programId, program.id)).limit(1);
  if (!plan) return null;
  if (program.status === "active") await unsafeDecideDueWeeks(ctx, plan.id);
  await recordAudit(ctx.db, ctx, { action: "plan.read", entity: "run_plan", entityId: plan.id, athleteId: plan.athleteId });
  return unsafeLoadPlanView(ctx.db, plan.id, ctx.now);
}

/** A plan as shown to the therapist and (its current week) to the athlete. Unscoped: pass only a plan id from a scoped load. */
export async function unsafeLoadPlanView(db: DbOrTx, planId: string, now: Date): Promise<RunPlanDto> {
  const [plan] = await db.select().from(runPlans).where(eq(runPlans.id, planId)).limit(1);
  if (!plan) throw new DomainError("NOT_FOUND", "Plan not found");
  const settings = await settingsOf(db, plan);
  const state = planStateSchema.parse(plan.state);
  const today = todayOf({ now });
  const redFlagOpen = await unsafeHasOpenUrgentTriage(db, plan.athleteId);
  const runs = await loadRuns(db, plan.athleteId, today);
  const longest = runs.filter((r) => daysBetween(addDays(today, -30), r.date) >= 0).reduce<number | null>((m, r) => Math.max(m ?? 0, r.runMinutes), null);
  // One rule: the plan is paused when its state says so (a red flag or a therapist paused it, and no therapist resumed it).
  const currentWeek = weekSchedule({
    planStartDate: plan.startDate, weekIndex: Math.max(0, planWeekOf(plan.startDate, today)), state, settings, longestRunLast30Days: longest,
  });
  const decisions = await db.select().from(planDecisions).where(eq(planDecisions.planId, plan.id)).orderBy(desc(planDecisions.createdAt));
  const lastPause = state.paused ? decisions.find((d) => d.kind === "pause") : undefined;
  return {
    id: plan.id, programId: plan.programId, athleteId: plan.athleteId, startDate: plan.startDate, settings,
    settingsOverrides: plan.settingsOverrides, state, decidedThroughWeek: plan.decidedThroughWeek, redFlagOpen, currentWeek,
    pause: state.paused ? { byRedFlag: Boolean(lastPause?.triageId), reason: lastPause?.reason ?? "Paused until a therapist resumes the plan", at: lastPause?.createdAt ?? plan.updatedAt } : null,
    decisions: decisions.map((d) => ({
      id: d.id, weekIndex: d.weekIndex, kind: d.kind, decision: d.decision, appliedDecision: d.appliedDecision, reason: d.reason,
      before: d.before, after: d.after, createdAt: d.createdAt,
    })),
  };
}

/** A therapist's change of the plan state, stored as a decision with its reason and audited. */
async function changePlan(
  ctx: ClinicianCtx,
  planId: string,
  kind: "override" | "signoff" | "pause" | "resume",
  reason: string,
  change: (state: PlanState, settings: ProtocolSettings, openUrgentTriage: boolean) => PlanState,
): Promise<RunPlanDto> {
  const plan = await getRunPlanOrThrow(ctx, planId);
  const settings = await settingsOf(ctx.db, plan);
  const before = planStateSchema.parse(plan.state);
  const after = change(before, settings, await unsafeHasOpenUrgentTriage(ctx.db, plan.athleteId));
  await ctx.db.transaction(async (tx) => {
    const moved = await tx
      .update(runPlans)
      .set({ state: after, updatedAt: ctx.now })
      .where(and(eq(runPlans.id, plan.id), eq(runPlans.updatedAt, plan.updatedAt)))
      .returning({ id: runPlans.id });
    if (moved.length === 0) throw new DomainError("CONFLICT", "The plan changed meanwhile; reload and try again");
    if (kind === "signoff") {
      // The freeze episode this sign-off ends is numbered by the sign-offs before it (R6 review alert cause).
      const earlier = await tx.select({ id: planDecisions.id }).from(planDecisions).where(and(eq(planDecisions.planId, plan.id), eq(planDecisions.kind, "signoff")));
      await resolveAlertsFor(tx, ctx, plan.athleteId, [{ type: "review", cause: `plan:${plan.id}:episode:${earlier.length}` }], `Plan signed off: ${reason}`);
    }
    await tx.insert(planDecisions).values({
      clinicId: plan.clinicId, athleteId: plan.athleteId, planId: plan.id, weekIndex: plan.decidedThroughWeek + 1, kind, reason,
      before, after, decidedBy: ctx.actor.userId, createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: `plan.${kind}`, entity: "run_plan", entityId: plan.id, athleteId: plan.athleteId });
  });
  return unsafeLoadPlanView(ctx.db, plan.id, ctx.now);
}

export const overridePlan = (ctx: ClinicianCtx, input: OverridePlanInput) =>
  changePlan(ctx, input.planId, "override", input.reason, (state, settings) =>
    overridePrescription(state, { stage: input.stage, weeklyMinutes: input.weeklyMinutes, targetWeeklyMinutes: input.targetWeeklyMinutes }, settings));

export const signOffPlan = (ctx: ClinicianCtx, input: PlanActionInput) => changePlan(ctx, input.planId, "signoff", input.reason, (state) => signOff(state));
export const pausePlan = (ctx: ClinicianCtx, input: PlanActionInput) => changePlan(ctx, input.planId, "pause", input.reason, (state) => pauseState(state));
export const resumePlan = (ctx: ClinicianCtx, input: PlanActionInput) =>
  changePlan(ctx, input.planId, "resume", input.reason, (state, _settings, openUrgentTriage) => resumeState(state, { openUrgentTriage }));

/**
 * Changes the plan's own protocol overrides (R10: editable per plan). The merged protocol must stay
 * consistent and the current prescription valid under it; the change is stored as an override decision.
 */
export async function updatePlanSettings(ctx: ClinicianCtx, input: UpdatePlanSettingsInput): Promise<RunPlanDto> {
  const plan = await getRunPlanOrThrow(ctx, input.planId);
  const clinic = await loadClinicSettings(ctx.db, plan.clinicId);
  const overrides = Object.fromEntries(Object.entries(input.settingsOverrides).filter(([, v]) => v !== undefined)) as Record<string, number>;
  const settings = resolveSettings(clinic.protocolOverrides, overrides);
  const state = planStateSchema.parse(plan.state);
  assertPlanState(state, settings);
  await ctx.db.transaction(async (tx) => {
    const moved = await tx
      .update(runPlans)
      .set({ settingsOverrides: overrides, updatedAt: ctx.now })
      .where(and(eq(runPlans.id, plan.id), eq(runPlans.updatedAt, plan.updatedAt)))
      .returning({ id: runPlans.id });
    if (moved.length === 0) throw new DomainError("CONFLICT", "The plan changed meanwhile; reload and try again");
    await tx.insert(planDecisions).values({
      clinicId: plan.clinicId, athleteId: plan.athleteId, planId: plan.id, weekIndex: plan.decidedThroughWeek + 1, kind: "override",
      reason: `Protocol changed: ${input.reason}`, before: { state, settingsOverrides: plan.settingsOverrides }, after: { state, settingsOverrides: overrides },
      decidedBy: ctx.actor.userId, createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: "plan.updateSettings", entity: "run_plan", entityId: plan.id, athleteId: plan.athleteId });
  });
  return unsafeLoadPlanView(ctx.db, plan.id, ctx.now);
}

/**
 * What-if (issue 4 item 5): the very engine of the weekly decision, over the given runs; writes nothing.
 * With a plan, it starts from that plan's state (its freeze and cut-back counters, a pause) and
 * protocol, with the prescription given, and adds the athlete's body map to the known regions.
 */
export async function simulatePlan(ctx: ClinicianCtx, input: SimulatePlanInput) {
  const plan = input.planId ? await getRunPlanOrThrow(ctx, input.planId) : null;
  const clinic = await loadClinicSettings(ctx.db, ctx.actor.clinicId);
  const settings = resolveSettings(clinic.protocolOverrides, { ...plan?.settingsOverrides, ...input.settingsOverrides });
  const prescription = { stage: input.stage, weeklyMinutes: input.weeklyMinutes, targetWeeklyMinutes: input.targetWeeklyMinutes };
  const fresh = initialPlanState(prescription, settings);
  let initialState = fresh;
  if (plan) {
    const current = planStateSchema.parse(plan.state);
    initialState = current.stage === fresh.stage && current.weeklyMinutes === fresh.weeklyMinutes
      ? { ...current, targetWeeklyMinutes: fresh.targetWeeklyMinutes }
      : { ...fresh, frozen: current.frozen, paused: current.paused, consecutiveRegressions: current.consecutiveRegressions, weeksWithoutProgress: current.weeksWithoutProgress };
    assertPlanState(initialState, settings);
  }
  const knownRegions = plan ? [...new Set([...input.knownRegions, ...(await knownRegionsOf(ctx.db, plan.athleteId))])] : input.knownRegions;
  return {
    settings,
    weeks: simulate({
      settings, planStartDate: input.startDate, initialState, knownRegions, runs: input.runs,
      openUrgentTriageWeeks: input.openUrgentTriageWeeks, weeks: input.weeks,
    }),
  };
}

/** Every active plan's due decisions (the scheduled job), optionally of one clinic. */
export async function decideAllDuePlans(db: DbOrTx, now: Date, requestId: string, opts: { clinicId?: string } = {}): Promise<number> {
  const plans = await db
    .select({ id: runPlans.id })
    .from(runPlans)
    .innerJoin(programs, eq(programs.id, runPlans.programId))
    .where(and(eq(programs.status, "active"), opts.clinicId ? eq(runPlans.clinicId, opts.clinicId) : undefined));
  let made = 0;
  for (const p of plans) made += await unsafeDecideDueWeeks({ db, now, requestId, actor: null }, p.id);
  return made;
}
