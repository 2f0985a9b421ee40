import { and, asc, desc, eq, exists, gte, ilike, inArray, isNotNull, isNull, ne, notExists, or, sql, type SQL } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import { activityLogs, alerts, athletes, caseloadAssignments, planDecisions, programs, programVersions, runPlans } from "@/db/schema";
import { severityRank, type AlertSeverity } from "@/server/domain/alerts/rules";
import type { CaseloadInput } from "@/server/domain/caseload/schemas";
import { recentAdherence, weeklyNumbnessTinglingMax } from "@/server/domain/progress/caseload-figures";
import { exerciseVersionsFrom, weekStatesFrom } from "@/server/domain/progress/planned";
import { progressSummary } from "@/server/domain/progress/summary";
import { currentPlanWeek } from "@/server/domain/progression/decide";
import { planStateSchema } from "@/server/domain/progression/plan-state";
import { addDays } from "@/server/domain/dates";
import { stageCode } from "@/server/domain/progression/ladder";
import { runLogSchema } from "@/server/domain/progression/run-log";
import { resolveSettings } from "@/server/domain/progression/settings";
import { exerciseKey } from "@/server/domain/logs/rules";
import { openAlertsOf, type AlertDto } from "../records/alerts";
import { therapistsByAthlete } from "../records/athletes";
import { recordAuditMany } from "../infra/audit";
import { todayOf, type ClinicianCtx } from "../context";
import { parseProgramLogs } from "../records/progress";
import { dueWeeksOf } from "../records/plan-view";
import { athleteVisibility } from "../scope";
import { loadClinicSettings } from "../records/settings";

const qb = new QueryBuilder({ casing: "snake_case" });

export type CaseloadRow = {
  id: string;
  firstName: string;
  lastName: string;
  archivedAt: Date | null;
  therapists: { userId: string; name: string }[];
  lastLogDate: string | null;
  /** R5 adherence, exercises and runs together, over the last 7 and 28 days. */
  adherence7: number | null;
  adherence28: number | null;
  /** Highest numbness or tingling per 7-day period, the last 8 periods, oldest first. */
  symptomSparkline: (number | null)[];
  plan: {
    programName: string; weekIndex: number; stageCode: string | null; paused: boolean; frozen: boolean;
    lastDecision: { weekIndex: number; appliedDecision: string | null; reason: string } | null;
    /** Finished plan weeks whose decision is due but not made yet (R3), as on the plan page; the caseload never decides. */
    dueWeeks: number[];
  } | null;
  alerts: Pick<AlertDto, "id" | "type" | "severity" | "reason" | "status">[];
  topSeverity: AlertSeverity | null;
};

export type CaseloadPage = { rows: CaseloadRow[]; total: number; page: number; pageSize: number };

const SPARKLINE_WEEKS = 8;

const severityRankSql = sql<number>`max(case ${alerts.severity} ${sql.raw(
  Object.entries(severityRank).map(([s, r]) => `when '${s}' then ${r}`).join(" "),
)} end)`;

/**
 * The therapist's caseload (owners: the clinic's), R6 order by default: open emergency and urgent red
 * flags, then high, medium, low alerts, then longest since the last log. A fixed number of queries
 * whatever the caseload's size: one for the page (with the total), then one per kind of detail.
 */
export async function listCaseload(ctx: ClinicianCtx, input: CaseloadInput): Promise<CaseloadPage> {
  const today = todayOf(ctx);
  const lastLog = qb.select({ d: sql`max(${activityLogs.date})` }).from(activityLogs).where(eq(activityLogs.athleteId, athletes.id));
  const topRank = qb.select({ r: severityRankSql }).from(alerts).where(and(eq(alerts.athleteId, athletes.id), ne(alerts.status, "resolved")));
  const lastLogSql = sql<string | null>`(${lastLog})`;
  const topRankSql = sql<number | null>`(${topRank})`;
  const order: SQL[] =
    input.sort === "name" ? [asc(athletes.lastName), asc(athletes.firstName)]
    : input.sort === "lastLog" ? [sql`${lastLogSql} desc nulls last`, asc(athletes.lastName)]
    : [sql`${topRankSql} desc nulls last`, sql`${lastLogSql} asc nulls first`, asc(athletes.lastName), asc(athletes.firstName)];
  const page = await ctx.db
    .select({
      id: athletes.id, firstName: athletes.firstName, lastName: athletes.lastName, archivedAt: athletes.archivedAt, clinicId: athletes.clinicId,
      lastLogDate: lastLogSql, total: sql<number>`count(*) over ()`,
    })
    .from(athletes)
    .where(and(athleteVisibility(ctx.actor), ...filters(input)))
    .orderBy(...order)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const ids = page.map((r) => r.id);
  await recordAuditMany(ctx.db, ctx, ids.length ? ids.map((id) => ({ action: "caseload.list", entity: "athlete", entityId: id, athleteId: id })) : [{ action: "caseload.list", entity: "athlete" }]);
  if (ids.length === 0) {
    // Past the last page the window count has no row to ride on: count apart, so the page can say where the list ends.
    const [counted] = input.page > 1
      ? await ctx.db.select({ n: sql<number>`count(*)` }).from(athletes).where(and(athleteVisibility(ctx.actor), ...filters(input)))
      : [{ n: 0 }];
    return { rows: [], total: Number(counted?.n ?? 0), page: input.page, pageSize: input.pageSize };
  }

  const since = addDays(today, -7 * SPARKLINE_WEEKS);
  const [therapists, openAlerts, logs, active, clinic] = await Promise.all([
    therapistsByAthlete(ctx.db, ids),
    openAlertsOf(ctx.db, ids),
    ctx.db
      .select({ id: activityLogs.id, athleteId: activityLogs.athleteId, kind: activityLogs.kind, data: activityLogs.data, createdAt: activityLogs.createdAt })
      .from(activityLogs)
      .where(and(inArray(activityLogs.athleteId, ids), gte(activityLogs.date, since)))
      .orderBy(asc(activityLogs.date), asc(activityLogs.createdAt)),
    ctx.db
      .select({ program: programs, plan: runPlans })
      .from(programs)
      .leftJoin(runPlans, eq(runPlans.programId, programs.id))
      .where(and(inArray(programs.athleteId, ids), eq(programs.status, "active"))),
    loadClinicSettings(ctx.db, ctx.actor.clinicId),
  ]);
  const programIds = active.map((a) => a.program.id);
  const planIds = active.flatMap((a) => (a.plan ? [a.plan.id] : []));
  const [versions, decisions] = await Promise.all([
    programIds.length ? ctx.db.select().from(programVersions).where(inArray(programVersions.programId, programIds)) : [],
    planIds.length
      ? ctx.db
          .select({ planId: planDecisions.planId, weekIndex: planDecisions.weekIndex, before: planDecisions.before, appliedDecision: planDecisions.appliedDecision, reason: planDecisions.reason })
          .from(planDecisions)
          .where(and(inArray(planDecisions.planId, planIds), eq(planDecisions.kind, "weekly")))
          .orderBy(desc(planDecisions.weekIndex))
      : [],
  ]);

  const rows = page.map((a): CaseloadRow => {
    const own = logs.filter((l) => l.athleteId === a.id);
    const runs = own.flatMap((l) => {
      const r = l.kind === "run" ? runLogSchema.safeParse(l.data) : null;
      return r?.success ? [{ ...r.data, at: l.createdAt }] : [];
    });
    const program = active.find((p) => p.program.athleteId === a.id);
    const alertsOf = openAlerts.filter((al) => al.athleteId === a.id);
    // openAlertsOf lists them most severe first.
    const topSeverity = alertsOf[0]?.severity ?? null;
    let adherence7: number | null = null;
    let adherence28: number | null = null;
    let plan: CaseloadRow["plan"] = null;
    if (program) {
      const p = program.program;
      const weekIndex = currentPlanWeek(p.startDate, today);
      const planDecisionsOf = program.plan ? decisions.filter((d) => d.planId === program.plan!.id) : [];
      const parsed = parseProgramLogs(own, p.id);
      const summary = progressSummary({
        today, programStart: p.startDate, exerciseVersions: exerciseVersionsFrom(p, versions.filter((v) => v.programId === p.id)),
        exerciseLogs: parsed.exerciseSessions.map((e) => ({ id: e.id, key: exerciseKey(e), date: e.date, status: e.status })),
        runPlan: program.plan
          ? { weekStates: weekStatesFrom(program.plan, planDecisionsOf, weekIndex), settings: resolveSettings(clinic.protocolOverrides, program.plan.settingsOverrides) }
          : null,
        runs: parsed.runs, crossTraining: parsed.crossTraining,
        // 28 days of figures, and the 2 days before them whose late logs may count (R5).
        from: addDays(today, -30),
      });
      adherence7 = recentAdherence(summary, today, 7);
      adherence28 = recentAdherence(summary, today, 28);
      const state = program.plan ? planStateSchema.parse(program.plan.state) : null;
      const last = planDecisionsOf[0];
      plan = {
        programName: p.name, weekIndex, stageCode: state ? stageCode(state.stage) : null, paused: Boolean(state?.paused),
        frozen: Boolean(state?.frozen), lastDecision: last ? { weekIndex: last.weekIndex, appliedDecision: last.appliedDecision, reason: last.reason } : null,
        // Weeks that ended before the logs loaded here are long past their 36 h (entries are backdated 30 days at most).
        dueWeeks: program.plan ? dueWeeksOf(program.plan, runs, ctx.now) : [],
      };
    }
    return {
      id: a.id, firstName: a.firstName, lastName: a.lastName, archivedAt: a.archivedAt, therapists: therapists.get(a.id) ?? [],
      lastLogDate: a.lastLogDate, adherence7, adherence28, symptomSparkline: weeklyNumbnessTinglingMax(runs, today, SPARKLINE_WEEKS), plan,
      alerts: alertsOf.map((al) => ({ id: al.id, type: al.type, severity: al.severity, reason: al.reason, status: al.status })), topSeverity,
    };
  });
  return { rows, total: Number(page[0]!.total), page: input.page, pageSize: input.pageSize };
}

function filters(input: CaseloadInput): (SQL | undefined)[] {
  const search = input.search ? `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const openAlert = (type?: string) =>
    qb.select({ one: sql`1` }).from(alerts).where(and(eq(alerts.athleteId, athletes.id), ne(alerts.status, "resolved"), type ? sql`${alerts.type} = ${type}` : undefined));
  return [
    input.status === "archived" ? isNotNull(athletes.archivedAt) : isNull(athletes.archivedAt),
    search
      ? or(ilike(athletes.firstName, search), ilike(athletes.lastName, search), ilike(sql`${athletes.firstName} || ' ' || ${athletes.lastName}`, search))
      : undefined,
    input.therapistUserId
      ? exists(qb.select({ one: sql`1` }).from(caseloadAssignments).where(and(eq(caseloadAssignments.athleteId, athletes.id), eq(caseloadAssignments.therapistUserId, input.therapistUserId))))
      : undefined,
    input.alert === "any" ? exists(openAlert()) : input.alert === "none" ? notExists(openAlert()) : input.alert ? exists(openAlert(input.alert)) : undefined,
  ];
}

