import { and, eq, isNull } from "drizzle-orm";
import { alerts, assessments, outcomeMeasures, planDecisions, programs, programVersions, triageResults } from "@/db/schema";
import type { AthleteIdInput } from "@/server/domain/athletes/schemas";
import { ACWR_CAVEAT, acwr, type Acwr } from "@/server/domain/load/acwr";
import { PATTERN_CAVEAT, symptomFreeTrend, symptomPatterns, type PatternFactor } from "@/server/domain/patterns/symptom-patterns";
import type { TimelineWeek } from "@/server/domain/progress/load-timeline";
import { peakOf } from "@/server/domain/progression/run-log";
import { recordAudit } from "../infra/audit";
import { todayOf, type ClinicianCtx } from "../context";
import { loadLogs, type LogDto } from "../records/logs";
import { currentProgramTimeline } from "../records/progress";
import { shoesWithMileage } from "../records/shoes";
import { getAthleteOrThrow } from "../scope";

export type LoadTimelineDto = { programName: string | null; weeks: TimelineWeek[]; acwr: Acwr; acwrCaveat: string };

/** The load timeline of the athlete's current program (R5): weekly minutes, load, ACWR with its caveat, adherence, symptoms, decisions. */
export async function getLoadTimeline(ctx: ClinicianCtx, input: AthleteIdInput): Promise<LoadTimelineDto> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "insight.load", entity: "athlete", entityId: athlete.id, athleteId: athlete.id });
  const current = await currentProgramTimeline(ctx.db, athlete, todayOf(ctx));
  if (!current) return { programName: null, weeks: [], acwr: acwr([], todayOf(ctx)), acwrCaveat: ACWR_CAVEAT };
  return { programName: current.program.name, weeks: current.weeks, acwr: current.summary.acwr, acwrCaveat: ACWR_CAVEAT };
}

export type PatternsDto = { factors: PatternFactor[]; caveat: string; symptomFree: { date: string; minutes: number }[]; runs: number };

/** Symptom triggers (R7) over all the athlete's classified runs, and the symptom-free minutes trend (DOMAIN 5.1b). */
export async function getPatterns(ctx: ClinicianCtx, input: AthleteIdInput): Promise<PatternsDto> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "insight.patterns", entity: "athlete", entityId: athlete.id, athleteId: athlete.id });
  const runs = (await loadLogs(ctx.db, athlete, null, todayOf(ctx))).reverse().flatMap((l) => (l.entry.kind === "run" ? [{ log: l, run: l.entry }] : []));
  const shoes = await shoesWithMileage(ctx.db, athlete);
  return {
    factors: symptomPatterns(
      runs.map(({ log, run }) => ({
        date: run.date, peak: peakOf(run), sessionClass: log.runClass ?? "INCOMPLETE", runMinutes: run.runMinutes, surface: run.surface,
        shoeId: run.shoeId, temperatureC: run.temperatureC,
      })),
      Object.fromEntries(shoes.map((s) => [s.id, `${s.brand} ${s.model}`])),
    ),
    caveat: PATTERN_CAVEAT,
    symptomFree: symptomFreeTrend(runs.map(({ run }) => ({ date: run.date, onsetMinute: run.onsetMinute, runMinutes: run.runMinutes }))),
    runs: runs.length,
  };
}

export type TimelineEvent = { at: string; kind: "assessment" | "outcome" | "program" | "decision" | "log" | "alert" | "triage"; title: string; detail: string | null; href: string | null };

/** Everything about the athlete in one chronological view, newest first: visits, measures, program changes, decisions, logs and alerts. */
export async function getTimeline(ctx: ClinicianCtx, input: AthleteIdInput): Promise<TimelineEvent[]> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "insight.timeline", entity: "athlete", entityId: athlete.id, athleteId: athlete.id });
  const id = athlete.id;
  const [visits, measures, versions, decisions, logs, alertRows, flags] = await Promise.all([
    ctx.db.select().from(assessments).where(and(eq(assessments.athleteId, id), isNull(assessments.discardedAt))),
    ctx.db.select().from(outcomeMeasures).where(eq(outcomeMeasures.athleteId, id)),
    ctx.db.select({ v: programVersions, name: programs.name, programId: programs.id }).from(programVersions).innerJoin(programs, eq(programs.id, programVersions.programId)).where(eq(programVersions.athleteId, id)),
    ctx.db.select().from(planDecisions).where(eq(planDecisions.athleteId, id)),
    loadLogs(ctx.db, athlete, null, todayOf(ctx)),
    ctx.db.select().from(alerts).where(eq(alerts.athleteId, id)),
    ctx.db.select().from(triageResults).where(eq(triageResults.athleteId, id)),
  ]);
  const iso = (d: Date) => d.toISOString();
  const events: TimelineEvent[] = [
    ...visits.map((v) => ({
      at: `${v.visitDate}T00:00:00.000Z`, kind: "assessment" as const, title: `${v.kind === "initial" ? "Initial assessment" : "Re-assessment"} (${v.status})`,
      detail: null, href: `/athletes/${id}/assessments/${v.id}`,
    })),
    ...measures.flatMap((m) => (m.completedAt ? [{ at: iso(m.completedAt), kind: "outcome" as const, title: `${m.instrument} completed`, detail: m.voidedAt ? "Void (entered in error)" : m.score !== null ? `Score ${m.score}` : "Incomplete", href: null }] : [])),
    ...versions.map(({ v, name }) => ({
      at: iso(v.createdAt), kind: "program" as const, title: v.version === 1 ? `Program started: ${name}` : `Program revised: ${name} (version ${v.version})`,
      detail: v.changeNote, href: `/athletes/${id}/programs`,
    })),
    ...decisions.map((d) => ({
      at: iso(d.createdAt), kind: "decision" as const,
      title: d.kind === "weekly" ? `Week ${d.weekIndex + 1} decision: ${d.appliedDecision ?? d.decision ?? ""}` : `Plan ${d.kind}`, detail: d.reason, href: `/athletes/${id}/programs`,
    })),
    ...logs.map((l) => ({ at: iso(l.loggedAt), kind: "log" as const, title: logTitle(l), detail: l.runClass ? `${l.runClass}${l.classReasons.length ? `: ${l.classReasons.join("; ")}` : ""}` : null, href: null })),
    ...alertRows.flatMap((a) => [
      { at: iso(a.raisedAt), kind: "alert" as const, title: `Alert raised (${a.type}, ${a.severity})`, detail: a.reason, href: null },
      ...(a.resolvedAt ? [{ at: iso(a.resolvedAt), kind: "alert" as const, title: `Alert resolved (${a.type})`, detail: a.note, href: null }] : []),
    ]),
    ...flags.flatMap((t) => [
      { at: iso(t.raisedAt), kind: "triage" as const, title: `Red flag raised (${t.urgency})`, detail: t.triggers.map((x) => x.id).join(", "), href: null },
      ...(t.acknowledgedAt ? [{ at: iso(t.acknowledgedAt), kind: "triage" as const, title: "Red flag acknowledged", detail: t.acknowledgementNote, href: null }] : []),
    ]),
  ];
  return events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, 300);
}

function logTitle(l: LogDto): string {
  const e = l.entry;
  if (e.kind === "run") return `Run logged for ${l.date}: ${e.runMinutes} min`;
  if (e.kind === "exercise") return `Exercise logged for ${l.date}: ${l.exerciseName ?? "exercise"} (${e.status})`;
  return `Cross-training logged for ${l.date}: ${e.activity}, ${e.minutes} min`;
}
