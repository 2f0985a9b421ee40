import { and, desc, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activityLogs, alerts, planDecisions, programs, runPlans, triageResults } from "@/db/schema";
import { alertCandidates, onePerTypeAlerts, type AlertCandidate } from "@/server/domain/alerts/rules";
import { loadEntriesOfRun } from "@/server/domain/progress/summary";
import { planStateSchema } from "@/server/domain/progression/plan-state";
import { addDays } from "@/server/domain/dates";
import { todayOf, type EngineCtx } from "../context";
import { recordAudit } from "../infra/audit";
import { loadLogs } from "../records/logs";
import { athleteProtocol } from "../records/protocol";
import { shoesWithMileage } from "../records/shoes";
import { systemScope, type ScopedAthlete } from "../scope";

type AlertRow = typeof alerts.$inferSelect;

/** Days of logs the rules look at: 14-day windows, 30 days before them for the longest run, 28 for ACWR. */
const RULE_LOOKBACK_DAYS = 60;

/**
 * Evaluates the R6 rules for one athlete and stores the alerts that are new. Idempotent: one alert per
 * athlete, type and cause ever (a unique index), and a "one at a time" type only while none is open.
 */
export async function evaluateAlerts(ctx: EngineCtx, athlete: ScopedAthlete): Promise<number> {
  const today = todayOf(ctx);
  const [logs, openTriage, plan, settings, shoes] = await Promise.all([
    loadLogs(ctx.db, athlete, addDays(today, -RULE_LOOKBACK_DAYS), today),
    ctx.db
      .select({ id: triageResults.id, urgency: triageResults.urgency, triggers: triageResults.triggers, acknowledgedAt: triageResults.acknowledgedAt })
      .from(triageResults)
      .where(and(eq(triageResults.athleteId, athlete.id), eq(triageResults.clinicId, athlete.clinicId))),
    activePlanOf(ctx.db, athlete),
    athleteProtocol(ctx.db, athlete),
    shoesWithMileage(ctx.db, athlete),
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
    lastLogDate: logs[0]?.date ?? (await lastLogDate(ctx.db, athlete)),
    loads: oldestFirst.flatMap((l) => (l.entry.kind === "run"
      ? loadEntriesOfRun({ ...l.entry, date: l.date })
      : l.entry.kind === "cross_training" ? [{ date: l.date, minutes: l.entry.minutes, rpe: l.entry.rpe }] : [])),
    shoes: shoes.map((s) => ({ id: s.id, label: `${s.brand} ${s.model}`, totalKm: s.totalKm, reviewDistanceKm: s.reviewDistanceKm, retired: s.retiredAt !== null })),
  });
  return storeAlerts(ctx, athlete, candidates);
}

async function storeAlerts(ctx: EngineCtx, athlete: ScopedAthlete, candidates: AlertCandidate[]): Promise<number> {
  if (candidates.length === 0) return 0;
  const open = await ctx.db
    .select({ type: alerts.type })
    .from(alerts)
    .where(and(eq(alerts.athleteId, athlete.id), eq(alerts.clinicId, athlete.clinicId), ne(alerts.status, "resolved")));
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

async function activePlanOf(db: DbOrTx, athlete: ScopedAthlete) {
  const [row] = await db
    .select({ id: runPlans.id, state: runPlans.state, startDate: runPlans.startDate })
    .from(runPlans)
    .innerJoin(programs, eq(programs.id, runPlans.programId))
    .where(and(eq(runPlans.athleteId, athlete.id), eq(runPlans.clinicId, athlete.clinicId), eq(programs.status, "active")))
    .limit(1);
  if (!row) return null;
  const signOffs = await db
    .select({ id: planDecisions.id })
    .from(planDecisions)
    .where(and(eq(planDecisions.planId, row.id), eq(planDecisions.kind, "signoff")));
  return { id: row.id, frozen: planStateSchema.parse(row.state).frozen, startDate: row.startDate, signOffs: signOffs.length };
}

async function lastLogDate(db: DbOrTx, athlete: ScopedAthlete): Promise<string | null> {
  const [row] = await db
    .select({ date: activityLogs.date })
    .from(activityLogs)
    .where(and(eq(activityLogs.athleteId, athlete.id), eq(activityLogs.clinicId, athlete.clinicId)))
    .orderBy(desc(activityLogs.date))
    .limit(1);
  return row?.date ?? null;
}

/**
 * Resolves the open alerts of given causes when what they point at was dealt with elsewhere (a red flag
 * acknowledged, a frozen plan signed off), with that note. Runs inside the caller's transaction.
 */
export async function resolveAlertsFor(
  tx: DbOrTx, ctx: EngineCtx & { actor: { userId: string } }, athlete: ScopedAthlete, causes: { type: AlertRow["type"]; cause: string }[], note: string,
): Promise<void> {
  for (const c of causes) {
    const resolved = await tx
      .update(alerts)
      .set({ status: "resolved", resolvedAt: ctx.now, resolvedBy: ctx.actor.userId, note })
      .where(and(
        eq(alerts.athleteId, athlete.id), eq(alerts.clinicId, athlete.clinicId), eq(alerts.type, c.type), eq(alerts.cause, c.cause), ne(alerts.status, "resolved"),
      ))
      .returning({ id: alerts.id });
    for (const r of resolved) await recordAudit(tx, ctx, { action: "alert.resolve", entity: "alert", entityId: r.id, athleteId: athlete.id });
  }
}

/** Every active athlete's alerts (the daily job), optionally of one clinic; athletes come from `systemScope`. */
export async function evaluateAllAlerts(db: DbOrTx, now: Date, requestId: string, opts: { clinicId?: string } = {}): Promise<number> {
  let raised = 0;
  for (const athlete of await systemScope(db, opts).activeAthletes()) raised += await evaluateAlerts({ db, now, requestId, actor: null }, athlete);
  return raised;
}
