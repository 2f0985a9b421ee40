import { and, eq } from "drizzle-orm";
import { planDecisions, runPlans } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { Keyed } from "@/server/domain/ids";
import type { CreateRunPlanInput, OverridePlanInput, PlanActionInput, UpdatePlanSettingsInput } from "@/server/domain/plans/schemas";
import { assertPlanState, planStateSchema, type PlanState } from "@/server/domain/progression/plan-state";
import { overridePrescription, pausePlan as pauseState, resumePlan as resumeState, signOff } from "@/server/domain/progression/therapist-actions";
import type { ProtocolSettings } from "@/server/domain/progression/settings";
import { resolveSettings } from "@/server/domain/progression/settings";
import { todayOf, type ClinicianCtx } from "../context";
import { resolveAlertsFor } from "../engine/alerts";
import { insertRunPlan } from "../engine/plan-start";
import { afterAthleteEvent } from "../engine/weekly-decisions";
import { recordAudit } from "../infra/audit";
import { findReplay, requestKeyOf, storeKeyed } from "../infra/request-keys";
import { suggestEntry as entryOf } from "../records/entry";
import { loadPlanView, type PlanDecisionDto, type PlanPause, type RunPlanDto } from "../records/plan-view";
import { settingsOf } from "../records/protocol";
import { hasOpenUrgentRedFlag } from "../records/red-flags";
import { loadClinicSettings } from "../records/settings";
import { athleteOf, getAthleteOrThrow, getProgramOrThrow, getRunPlanOrThrow } from "../scope";

export type { PlanDecisionDto, PlanPause, RunPlanDto };

/** R4 Entry: the highest stage within 70 % of the median symptom-free minutes of the last 2 weeks (S0 without runs). */
export async function suggestEntry(ctx: ClinicianCtx, input: { athleteId: string }): Promise<{ stage: number; medianSymptomFreeMinutes: number | null }> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  return entryOf(ctx.db, athlete, todayOf(ctx));
}

/** Adds a run/walk plan to an active program, starting with the program; weeks already due are decided at once. */
export async function createRunPlan(ctx: ClinicianCtx, input: Keyed<CreateRunPlanInput>): Promise<RunPlanDto> {
  const program = await getProgramOrThrow(ctx, input.programId);
  const athlete = athleteOf(program);
  // A resend returns the plan its first send stored, even if the program has ended since.
  if (await findReplay(ctx, runPlans, input, { action: "plan.create", entity: "run_plan" })) return (await getRunPlan(ctx, { programId: program.id }))!;
  if (program.status !== "active") throw new DomainError("INVALID_STATE", "An ended program cannot get a plan");
  const stage = input.stage ?? (await entryOf(ctx.db, athlete, todayOf(ctx))).stage;
  const { requestKey: _requestKey, ...entry } = input;
  const key = requestKeyOf(input);
  await storeKeyed(ctx, runPlans, key, (tx) => insertRunPlan(tx, ctx, athlete, { ...entry, startDate: program.startDate, stage }, key));
  await afterAthleteEvent(ctx, athlete, { alerts: "ifDecided" });
  return (await getRunPlan(ctx, { programId: program.id }))!;
}

/** The program's plan with this week's sessions, as stored: reading never decides (a due week shows in `dueWeeks`). */
export async function getRunPlan(ctx: ClinicianCtx, input: { programId: string }): Promise<RunPlanDto | null> {
  const program = await getProgramOrThrow(ctx, input.programId);
  const [plan] = await ctx.db
    .select({ id: runPlans.id, athleteId: runPlans.athleteId })
    .from(runPlans)
    .where(and(eq(runPlans.programId, program.id), eq(runPlans.clinicId, program.clinicId)))
    .limit(1);
  if (!plan) return null;
  await recordAudit(ctx.db, ctx, { action: "plan.read", entity: "run_plan", entityId: plan.id, athleteId: plan.athleteId });
  return loadPlanView(ctx.db, athleteOf(program), plan.id, ctx.now);
}

/**
 * A therapist acts on the plan as they saw it: the weekly decisions due by now are made first (the
 * plan page shows them as due), then the plan is loaded again for the action.
 */
async function planAfterDueWeeks(ctx: ClinicianCtx, planId: string) {
  const plan = await getRunPlanOrThrow(ctx, planId);
  if ((await afterAthleteEvent(ctx, athleteOf(plan), { alerts: "ifDecided" })) === 0) return plan;
  return getRunPlanOrThrow(ctx, planId);
}

/** A therapist's change of the plan state, stored as a decision with its reason and audited. */
async function changePlan(
  ctx: ClinicianCtx,
  planId: string,
  kind: "override" | "signoff" | "pause" | "resume",
  reason: string,
  change: (state: PlanState, settings: ProtocolSettings, openUrgentTriage: boolean) => PlanState,
): Promise<RunPlanDto> {
  const plan = await planAfterDueWeeks(ctx, planId);
  const settings = await settingsOf(ctx.db, plan);
  const before = planStateSchema.parse(plan.state);
  const after = change(before, settings, await hasOpenUrgentRedFlag(ctx.db, athleteOf(plan)));
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
      await resolveAlertsFor(tx, ctx, athleteOf(plan), [{ type: "review", cause: `plan:${plan.id}:episode:${earlier.length}` }], `Plan signed off: ${reason}`);
    }
    await tx.insert(planDecisions).values({
      clinicId: plan.clinicId, athleteId: plan.athleteId, planId: plan.id, weekIndex: plan.decidedThroughWeek + 1, kind, reason,
      before, after, decidedBy: ctx.actor.userId, createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: `plan.${kind}`, entity: "run_plan", entityId: plan.id, athleteId: plan.athleteId });
  });
  return loadPlanView(ctx.db, athleteOf(plan), plan.id, ctx.now);
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
  const plan = await planAfterDueWeeks(ctx, input.planId);
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
  return loadPlanView(ctx.db, athleteOf(plan), plan.id, ctx.now);
}

