import { and, eq, gte, isNull, lt, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { clinics, programVersions, runPlans, triageResults, users } from "@/db/schema";
import { formatDate } from "@/server/domain/format";
import { adherenceOf } from "@/server/domain/progress/summary";
import { planStateSchema } from "@/server/domain/progression/plan-state";
import { addDays } from "@/server/domain/dates";
import { prescriptionText } from "@/server/domain/progression/ladder";
import { peakOf, symptomFreeMinutesOf } from "@/server/domain/progression/run-log";
import { doseOf, type ReportInput } from "@/server/domain/reports/report-model";
import { triageActionLabels } from "@/server/domain/triage/schemas";
import type { Scoped } from "../scope";
import { compareVisitsOf, signedVisits } from "./assessments";
import { describeItems } from "./library";
import { loadLogs, type LogDto } from "./logs";
import { currentProgramTimeline } from "./progress";

/**
 * Loading a report's data, apart from rendering it (the use cases are in use-cases/report.ts), for an
 * athlete the caller scoped; the caller audits the export.
 */

type Period = { from: string; to: string };
type Timeline = NonNullable<Awaited<ReturnType<typeof currentProgramTimeline>>>;
type Athlete = Scoped<{ id: string; clinicId: string; firstName: string; lastName: string; dateOfBirth: string; goalRace: string | null; goalDate: string | null }>;

/** What a report shows about the athlete: everything of its input except the kind, paper, date and the therapist's words. */
export type ReportData = Omit<
  ReportInput, "kind" | "paper" | "issuedOn" | "referrer" | "claim" | "impression" | "planText" | "diagnosis" | "goals" | "dataOnly" | "discharge" | "replaces"
>;

const startOf = (date: string) => new Date(`${date}T00:00:00Z`);
const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const within = (period: Period) => (date: string) => date >= period.from && date <= period.to;

/** The period's data, read from the database as it is now. */
export async function reportData(db: DbOrTx, athlete: Athlete, therapistUserId: string, period: Period, today: string): Promise<ReportData> {
  // The athlete's history is read once, from the earlier of the program start and the period start.
  const timeline = await currentProgramTimeline(db, athlete, today, { logsFrom: period.from });
  const [clinic] = await db.select({ name: clinics.name, address: clinics.address, phone: clinics.phone, email: clinics.email }).from(clinics).where(eq(clinics.id, athlete.clinicId));
  const [therapist] = await db.select({ name: users.name, registration: users.registration }).from(users).where(eq(users.id, therapistUserId));
  const comparison = await compareVisitsOf(db, athlete, period.to);
  return {
    period,
    clinic: clinic ?? { name: "", address: "", phone: "", email: "" },
    therapist: { name: therapist?.name ?? "", registration: therapist?.registration ?? null },
    athlete: {
      name: `${athlete.firstName} ${athlete.lastName}`, dateOfBirth: athlete.dateOfBirth, reference: athlete.id.slice(0, 8).toUpperCase(),
      goal: athlete.goalRace ? `${athlete.goalRace}${athlete.goalDate ? ` by ${formatDate(athlete.goalDate)}` : ""}` : null,
    },
    visits: (await signedVisits(db, athlete)).filter((v) => within(period)(v.visitDate)).length,
    runs: runsIn(timeline?.logs ?? (await loadLogs(db, athlete, period.from, today)), period),
    outcomes: comparison.outcomes.map((o) => ({
      instrument: o.instrument,
      baseline: o.baseline ? { date: dayOf(o.baseline.at), score: o.baseline.score } : null,
      latest: o.latest ? { date: dayOf(o.latest.at), score: o.latest.score } : null,
    })),
    findings: comparison.rows.map(({ label, unit, baseline, latest, change, direction, mcidLabel, passesMcid }) => ({ label, unit, baseline, latest, change, direction, mcidLabel, passesMcid })),
    redFlags: await redFlagsOf(db, athlete, period),
    ...(await programPart(db, timeline, period, today)),
  };
}

/** The runs logged in the period with their peak symptom (R1), class (R2) and symptom-free minutes. */
function runsIn(logs: readonly LogDto[], period: Period): ReportInput["runs"] {
  return logs.flatMap((l) =>
    l.entry.kind === "run" && within(period)(l.date)
      ? [{ date: l.date, peak: peakOf(l.entry), sessionClass: l.runClass ?? "INCOMPLETE", runMinutes: l.entry.runMinutes, symptomFreeMinutes: symptomFreeMinutesOf(l.entry) }]
      : [],
  );
}

/** Red flags raised in the period, and earlier ones still open or handled during it, with their handling. */
async function redFlagsOf(db: DbOrTx, athlete: Athlete, period: Period): Promise<ReportInput["redFlags"]> {
  const from = startOf(period.from);
  const flags = await db
    .select()
    .from(triageResults)
    .where(
      and(
        eq(triageResults.athleteId, athlete.id),
        eq(triageResults.clinicId, athlete.clinicId),
        lt(triageResults.raisedAt, startOf(addDays(period.to, 1))),
        or(gte(triageResults.raisedAt, from), isNull(triageResults.acknowledgedAt), gte(triageResults.acknowledgedAt, from)),
      ),
    )
    .orderBy(triageResults.raisedAt);
  return flags.map((f) => ({
    raisedOn: dayOf(f.raisedAt),
    urgency: f.urgency,
    triggers: f.triggers.map((t) => t.reason),
    handledOn: f.acknowledgedAt ? dayOf(f.acknowledgedAt) : null,
    // What was done, in the app's words; the acknowledgement note is the team's own and is never printed.
    handling: f.acknowledgementAction ? triageActionLabels[f.acknowledgementAction] : null,
  }));
}

/** The current program and run/walk plan: exercises with their dose, the weeks of the period with their decisions, adherence in the period (R5). */
async function programPart(db: DbOrTx, timeline: Timeline | null, period: Period, today: string): Promise<Pick<ReportData, "program" | "plan" | "adherence" | "weeks">> {
  if (!timeline) return { program: null, plan: null, adherence: { exercise: null, run: null, overall: null }, weeks: [] };
  const { program } = timeline;
  const weeks = timeline.weeks.filter((w) => w.startDate <= period.to && addDays(w.startDate, 6) >= period.from);
  const [version] = await db.select().from(programVersions).where(and(eq(programVersions.programId, program.id), eq(programVersions.version, program.currentVersion)));
  const items = version ? await describeItems(db, version.items) : [];
  const [plan] = await db.select().from(runPlans).where(eq(runPlans.programId, program.id)).limit(1);
  const exercise = timeline.summary.exerciseSessions.filter((s) => within(period)(s.date));
  const run = timeline.summary.runSessions.filter((s) => within(period)(s.date));
  return {
    program: { name: program.name, exercises: items.map((i) => ({ name: i.exerciseName, dose: doseOf(i) })) },
    plan: plan
      ? {
          stage: prescriptionText(planStateSchema.parse(plan.state)),
          weeklyRunMinutes: weeks.at(-1)?.plannedRunMinutes ?? 0,
          decisions: weeks.flatMap((w) => (w.decision ? [{ weekIndex: w.weekIndex, decision: w.decision.appliedDecision ?? "—", reason: w.decision.reason }] : [])),
        }
      : null,
    adherence: adherenceOf(exercise, run, today),
    weeks: weeks.map((w) => ({
      startDate: w.startDate, plannedRunMinutes: w.plannedRunMinutes, runMinutes: w.runMinutes, load: w.load, maxPeak: w.maxPeak, decision: w.decision?.appliedDecision ?? null,
    })),
  };
}
