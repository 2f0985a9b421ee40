import { and, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activityLogs, alerts, athletes, planDecisions, programs, runPlans, triageResults } from "@/db/schema";
import type { Actor } from "@/server/domain/access";
import { alertCandidates, onePerTypeAlerts, sortAlertsBySeverity, type AlertCandidate } from "@/server/domain/alerts/rules";
import type { AlertActionInput, ListAlertsInput } from "@/server/domain/alerts/schemas";
import { DomainError } from "@/server/domain/errors";
import { addDays } from "@/server/domain/progression/dates";
import { planStateSchema } from "@/server/domain/progression/apply";
import { recordAudit } from "./infra/audit";
import { todayOf, type ClinicianCtx } from "./context";
import { unsafeLoadLogs } from "./log-history";
import { unsafeAthleteProtocol } from "./run-plans";
import { getAlertOrThrow, getAthleteOrThrow } from "./scope";
import { unsafeShoesWithMileage } from "./shoes";

type AlertRow = typeof alerts.$inferSelect;
type EngineCtx = { db: DbOrTx; now: Date; requestId: string; actor: Actor | null };

export type AlertDto = Pick<AlertRow, "id" | "athleteId" | "type" | "cause" | "severity" | "reason" | "data" | "status" | "raisedAt" | "acknowledgedAt" | "resolvedAt" | "note">;

const toDto = (a: AlertRow): AlertDto => ({
  id: a.id, athleteId: a.athleteId, type: a.type, cause: a.cause, severity: a.severity, reason: a.reason, data: a.data, status: a.status,
  raisedAt: a.raisedAt, acknowledgedAt: a.acknowledgedAt, resolvedAt: a.resolvedAt, note: a.note,
});

/** Days of logs the rules look at: 14-day windows, 30 days before them for the longest run, 28 for ACWR. */
const RULE_LOOKBACK_DAYS = 60;

/**
 * Evaluates the R6 rules for one athlete and stores the alerts that are new. Unscoped (the scheduled
 * job has no actor): pass an athlete from a scoped load or the job's list. Idempotent: one alert per
 * athlete, type and cause ever (a unique index), and a "one at a time" type only while none is open.
 */
export async function unsafeEvaluateAlerts(ctx: EngineCtx, athlete: { id: string; clinicId: string }): Promise<number> {
  const today = todayOf(ctx);
  const [logs, openTriage, plan, settings, shoes] = await Promise.all([
    unsafeLoadLogs(ctx.db, athlete, addDays(today, -RULE_LOOKBACK_DAYS), today),
    ctx.db
      .select({ id: triageResults.id, urgency: triageResults.urgency, triggers: triageResults.triggers, acknowledgedAt: triageResults.acknowledgedAt })
      .from(triageResults)
      .where(eq(triageResults.athleteId, athlete.id)),
    activePlanOf(ctx.db, athlete.id),
    unsafeAthleteProtocol(ctx.db, athlete),
    unsafeShoesWithMileage(ctx.db, athlete.id),
  ]);
  const oldestFirst = [...logs].reverse();
  const candidates = alertCandidates({
    today, settings,
    openTriage: openTriage.filter((t) => !t.acknowledgedAt),
    runs: oldestFirst.flatMap((l) => (l.entry.kind === "run"
      ? [{
          id: l.id, date: l.date, runMinutes: l.entry.runMinutes, plannedRunMinutes: l.entry.plannedRunMinutes, sessionClass: l.runClass ?? "INCOMPLETE",
          classReasons: l.classReasons, preNrs: l.entry.preNrs, nextMorningNrs: l.entry.nextMorningNrs,
        }]
      : [])),
    plan,
    lastLogDate: logs[0]?.date ?? (await unsafeLastLogDate(ctx.db, athlete.id)),
    // A run without a rated effort has no session load (R5), so it is left out rather than counted as 0.
    loads: oldestFirst.flatMap((l) => (l.entry.kind === "run"
      ? l.entry.rpe === null ? [] : [{ date: l.date, minutes: l.entry.durationMinutes ?? l.entry.runMinutes, rpe: l.entry.rpe }]
      : l.entry.kind === "cross_training" ? [{ date: l.date, minutes: l.entry.minutes, rpe: l.entry.rpe }] : [])),
    shoes: shoes.map((s) => ({ id: s.id, label: `${s.brand} ${s.model}`, totalKm: s.totalKm, reviewDistanceKm: s.reviewDistanceKm, retired: s.retiredAt !== null })),
  });
  return storeAlerts(ctx, athlete, candidates);
}

async function storeAlerts(ctx: EngineCtx, athlete: { id: string; clinicId: string }, candidates: AlertCandidate[]): Promise<number> {
  if (candidates.length === 0) return 0;
  const open = await ctx.db
    .select({ type: alerts.type })
    .from(alerts)
    .where(and(eq(alerts.athleteId, athlete.id), ne(alerts.status, "resolved")));
  const openTypes = new Set(open.map((o) => o.type));
  const fresh = candidates.filter((c) => !(onePerTypeAlerts.includes(c.type) && openTypes.has(c.type)));
  if (fresh.length === 0) return 0;
  return ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(alerts)
      .values(fresh.map((c) => ({ clinicId: athlete.clinicId, athleteId: athlete.id, ...c, raisedAt: ctx.now })))
      .onConflictDoNothing({ target: [alerts.athleteId, alerts.type, alerts.cause] })
      .returning({ id: alerts.id });
    for (const row of inserted) {
      await recordAudit(tx, ctx, { action: "alert.raise", entity: "alert", entityId: row.id, athleteId: athlete.id, clinicId: athlete.clinicId });
    }
    return inserted.length;
  });
}

async function activePlanOf(db: DbOrTx, athleteId: string) {
  const [row] = await db
    .select({ id: runPlans.id, state: runPlans.state, startDate: runPlans.startDate })
    .from(runPlans)
    .innerJoin(programs, eq(programs.id, runPlans.programId))
    .where(and(eq(runPlans.athleteId, athleteId), eq(programs.status, "active")))
    .limit(1);
  if (!row) return null;
  const signOffs = await db
    .select({ id: planDecisions.id })
    .from(planDecisions)
    .where(and(eq(planDecisions.planId, row.id), eq(planDecisions.kind, "signoff")));
  return { id: row.id, frozen: planStateSchema.parse(row.state).frozen, startDate: row.startDate, signOffs: signOffs.length };
}

async function unsafeLastLogDate(db: DbOrTx, athleteId: string): Promise<string | null> {
  const [row] = await db.select({ date: activityLogs.date }).from(activityLogs).where(eq(activityLogs.athleteId, athleteId)).orderBy(desc(activityLogs.date)).limit(1);
  return row?.date ?? null;
}

/** The athlete's alerts: unresolved first, then by severity, then newest first (R6). */
export async function listAlerts(ctx: ClinicianCtx, input: ListAlertsInput): Promise<AlertDto[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const rows = await ctx.db
    .select()
    .from(alerts)
    .where(and(eq(alerts.athleteId, athlete.id), input.includeResolved ? undefined : ne(alerts.status, "resolved")))
    .orderBy(desc(alerts.raisedAt));
  await recordAudit(ctx.db, ctx, { action: "alert.list", entity: "alert", athleteId: athlete.id });
  return sortAlertsBySeverity(rows.map(toDto));
}

/** Marks an alert as being handled, with a note; it stays open until resolved. */
export async function acknowledgeAlert(ctx: ClinicianCtx, input: AlertActionInput): Promise<AlertDto> {
  const alert = await getAlertOrThrow(ctx, input.alertId);
  if (alert.status !== "open") throw new DomainError("INVALID_STATE", alert.status === "resolved" ? "This alert is already resolved" : "This alert is already acknowledged");
  return changeAlert(ctx, alert, "open", { status: "acknowledged", acknowledgedAt: ctx.now, acknowledgedBy: ctx.actor.userId, note: input.note }, "alert.acknowledge");
}

/** Ends an alert, with what was done; the same cause never alerts again, a new episode can. */
export async function resolveAlert(ctx: ClinicianCtx, input: AlertActionInput): Promise<AlertDto> {
  const alert = await getAlertOrThrow(ctx, input.alertId);
  if (alert.status === "resolved") throw new DomainError("INVALID_STATE", "This alert is already resolved");
  const note = alert.note ? `${alert.note}\n${input.note}` : input.note;
  return changeAlert(ctx, alert, alert.status, { status: "resolved", resolvedAt: ctx.now, resolvedBy: ctx.actor.userId, note }, "alert.resolve");
}

async function changeAlert(ctx: ClinicianCtx, alert: AlertRow, from: AlertRow["status"], set: Partial<AlertRow>, action: string): Promise<AlertDto> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(alerts).set(set).where(and(eq(alerts.id, alert.id), eq(alerts.status, from))).returning();
    if (!row) throw new DomainError("CONFLICT", "Someone changed this alert meanwhile; reload and try again");
    await recordAudit(tx, ctx, { action, entity: "alert", entityId: alert.id, athleteId: alert.athleteId });
    return toDto(row);
  });
}

/**
 * Resolves the open alerts of given causes when what they point at was dealt with elsewhere (a red flag
 * acknowledged, a frozen plan signed off), with that note. Runs inside the caller's transaction.
 */
export async function resolveAlertsFor(tx: DbOrTx, ctx: ClinicianCtx, athleteId: string, causes: { type: AlertRow["type"]; cause: string }[], note: string): Promise<void> {
  for (const c of causes) {
    const resolved = await tx
      .update(alerts)
      .set({ status: "resolved", resolvedAt: ctx.now, resolvedBy: ctx.actor.userId, note })
      .where(and(eq(alerts.athleteId, athleteId), eq(alerts.type, c.type), eq(alerts.cause, c.cause), ne(alerts.status, "resolved")))
      .returning({ id: alerts.id });
    for (const r of resolved) await recordAudit(tx, ctx, { action: "alert.resolve", entity: "alert", entityId: r.id, athleteId });
  }
}

/** Open alerts of several athletes (caseload page rows), most severe first. Unscoped: pass ids from a scoped list. */
export async function unsafeOpenAlerts(db: DbOrTx, athleteIds: string[]): Promise<AlertDto[]> {
  if (athleteIds.length === 0) return [];
  const rows = await db.select().from(alerts).where(and(inArray(alerts.athleteId, athleteIds), ne(alerts.status, "resolved"))).orderBy(desc(alerts.raisedAt));
  return sortAlertsBySeverity(rows.map(toDto));
}


/** Every active athlete's alerts (the daily job), optionally of one clinic. Unscoped by design: the job acts for every clinic. */
export async function unsafeEvaluateAllAlerts(db: DbOrTx, now: Date, requestId: string, opts: { clinicId?: string } = {}): Promise<number> {
  const list = await db
    .select({ id: athletes.id, clinicId: athletes.clinicId })
    .from(athletes)
    .where(and(isNull(athletes.archivedAt), opts.clinicId ? eq(athletes.clinicId, opts.clinicId) : undefined));
  let raised = 0;
  for (const athlete of list) raised += await unsafeEvaluateAlerts({ db, now, requestId, actor: null }, athlete);
  return raised;
}
