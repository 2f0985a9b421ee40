import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  activityLogs, alerts, assessmentSections, caseloadAssignments, memberships, planDecisions, programVersions, runPlans, shoes, triageResults, users,
} from "@/db/schema";
import { LARGE_SCALE, seedLarge } from "@/server/seed/seed-large";
import { exerciseKey } from "@/server/domain/logs/rules";
import { crossTrainingLogSchema, exerciseLogSchema } from "@/server/domain/logs/schemas";
import { assertPlanState, planStateSchema } from "@/server/domain/progression/plan-state";
import { addDays } from "@/server/domain/dates";
import { planWeekOf } from "@/server/domain/progression/decide";
import { runLogSchema, type RunLog } from "@/server/domain/progression/run-log";
import { defaultProtocolSettings } from "@/server/domain/progression/settings";
import { processWeek } from "@/server/domain/progression/week";
import { verifyPassword } from "@/server/services/infra/passwords";
import { fingerprint } from "@/server/services/infra/fingerprint";
import { DEMO_PASSWORD } from "@/server/seed/demo-logins";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";

const db = useTestDb();

const today = "2026-11-26";
const scale = { athletes: 12, therapists: 3, weeks: 8 };
const settings = { ...defaultProtocolSettings };

describe("the large-data seed, at a tiny scale", () => {
  it("is the benchmark scale by default", () => {
    expect(LARGE_SCALE).toEqual({ athletes: 10_000, therapists: 50, weeks: 52 });
  });

  it("writes a clinic the app reads as its own: valid logs, decisions the engine agrees with, one therapist per athlete; once", async () => {
    // Its own clinic name and email domain: the PostgreSQL test database is shared between runs.
    const tag = randomUUID().slice(0, 8);
    const opts = { scale, today, clinicName: `Large Clinic ${tag}`, emailDomain: `${tag}.large.test` };
    const result = await seedLarge(db(), opts);
    expect(result.created).toBe(true);
    const { clinicId, counts } = result;
    expect(counts).toMatchObject({
      users: 4, athletes: 12, caseload_assignments: 12, assessments: 12, assessment_sections: 24, exercises: 34,
      programs: 12, program_versions: 12, run_plans: 12,
    });
    expect(counts.shoes).toBeGreaterThanOrEqual(12);
    expect(counts.shoes).toBeLessThanOrEqual(24);
    expect(counts.plan_decisions).toBeGreaterThanOrEqual(12 * scale.weeks);
    // About 3 runs, 1 exercise session and 0.2 cross-training sessions per athlete and week.
    expect(counts.activity_logs).toBeGreaterThan(12 * scale.weeks * 3.3);
    expect(counts.activity_logs).toBeLessThan(12 * scale.weeks * 5);

    const again = await seedLarge(db(), opts);
    expect(again).toMatchObject({ created: false, clinicId });

    // Logins: the owner and therapist1…3, the demo password.
    const staff = await db()
      .select({ email: users.email, role: memberships.role, hash: users.passwordHash, userId: users.id })
      .from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.clinicId, clinicId));
    expect(staff.map((s) => s.email).sort()).toEqual([`owner@${tag}.large.test`, ...[1, 2, 3].map((i) => `therapist${i}@${tag}.large.test`)]);
    expect(await verifyPassword(staff[0]!.hash, DEMO_PASSWORD)).toBe(true);

    // Each athlete on exactly one therapist's caseload, 4 each.
    const assignments = await db().select().from(caseloadAssignments).where(eq(caseloadAssignments.clinicId, clinicId));
    expect(new Set(assignments.map((a) => a.athleteId)).size).toBe(12);
    const perTherapist = new Map<string, number>();
    for (const a of assignments) perTherapist.set(a.therapistUserId, (perTherapist.get(a.therapistUserId) ?? 0) + 1);
    expect([...perTherapist.values()]).toEqual([4, 4, 4]);
    expect([...perTherapist.keys()].every((id) => staff.some((s) => s.userId === id && s.role === "therapist"))).toBe(true);

    // Every log parses with its schema, is dated in the plan year, and carries the app's fingerprint and answer.
    const logs = await db().select().from(activityLogs).where(eq(activityLogs.clinicId, clinicId)).orderBy(asc(activityLogs.date), asc(activityLogs.createdAt));
    const start = addDays(today, -7 * scale.weeks);
    const schemas = { run: runLogSchema, exercise: exerciseLogSchema, cross_training: crossTrainingLogSchema } as const;
    const versions = await db().select().from(programVersions).where(eq(programVersions.clinicId, clinicId));
    const shoeRows = await db().select().from(shoes).where(eq(shoes.clinicId, clinicId));
    const bodyMaps = new Map(
      (await db().select().from(assessmentSections).where(and(eq(assessmentSections.clinicId, clinicId), eq(assessmentSections.kind, "symptomHistory"))))
        .map((s) => [s.athleteId, (s.data as { regions: string[] }).regions]),
    );
    for (const log of logs) {
      const parsed = schemas[log.kind].safeParse(log.data);
      expect(parsed.success, `${log.kind} ${JSON.stringify(log.data)}`).toBe(true);
      expect(log.date >= start && log.date < today).toBe(true);
      expect(log.data.date).toBe(log.date);
      expect(log.payloadHash).toBe(fingerprint(log.kind === "run" ? { ...log.data, nextMorningNrs: null } : log.data));
      expect(log.response).toMatchObject({ logId: log.id, kind: log.kind, date: log.date });
      if (log.kind === "exercise") {
        const entry = exerciseLogSchema.parse(log.data);
        const items = versions.find((v) => v.programId === log.programId)!.items;
        expect(entry.programId).toBe(log.programId);
        expect(items.map(exerciseKey)).toContain(exerciseKey(entry));
      }
      if (log.kind === "run") {
        const run = runLogSchema.parse(log.data);
        if (run.shoeId) expect(shoeRows.find((s) => s.id === run.shoeId)?.athleteId).toBe(log.athleteId);
        expect(run.regions.every((r) => bodyMaps.get(log.athleteId)!.includes(r))).toBe(true);
        expect(run.runMinutes).toBeGreaterThanOrEqual(8);
        expect(run.runMinutes).toBeLessThanOrEqual(60);
      }
    }
    const runs = logs.filter((l) => l.kind === "run");
    const peaks = runs.map((l) => Math.max(...(["numbness", "tingling", "burning", "pain"] as const).map((k) => Number(l.data[k] ?? 0))));
    expect(peaks.filter((p) => p <= 3).length / peaks.length).toBeGreaterThan(0.8);
    expect(peaks.some((p) => p >= 6)).toBe(true);

    // Plan states parse and keep the invariants of docs/clinical-rules.md R4; every weekly decision is the one the engine makes from the logged runs.
    const plans = await db().select().from(runPlans).where(eq(runPlans.clinicId, clinicId));
    const decisions = await db().select().from(planDecisions).where(eq(planDecisions.clinicId, clinicId));
    const triage = await db().select().from(triageResults).where(eq(triageResults.clinicId, clinicId));
    const redRuns: string[] = [];
    for (const plan of plans) {
      const state = planStateSchema.parse(plan.state);
      assertPlanState(state, settings);
      expect(plan).toMatchObject({ startDate: start, decidedThroughWeek: scale.weeks - 1 });
      const athleteRuns = runs.filter((l) => l.athleteId === plan.athleteId).map((l) => ({ id: l.id, run: runLogSchema.parse(l.data) as RunLog }));
      const weekly = decisions.filter((d) => d.planId === plan.id && d.kind === "weekly").sort((a, b) => a.weekIndex - b.weekIndex);
      expect(weekly.map((d) => d.weekIndex)).toEqual(Array.from({ length: scale.weeks }, (_, w) => w));
      for (const d of weekly) {
        const weekEnd = new Date(`${addDays(start, 7 * d.weekIndex + 7)}T00:00:00Z`);
        const outcome = processWeek({
          settings, state: planStateSchema.parse(d.before), knownRegions: bodyMaps.get(plan.athleteId)!,
          weekRuns: athleteRuns.filter((r) => planWeekOf(start, r.run.date) === d.weekIndex).map((r) => r.run),
          earlierRuns: athleteRuns.filter((r) => planWeekOf(start, r.run.date) < d.weekIndex).map((r) => r.run),
          previousWeekRuns: athleteRuns.filter((r) => planWeekOf(start, r.run.date) === d.weekIndex - 1).map((r) => r.run),
          openUrgentTriage: triage.some((t) => t.athleteId === plan.athleteId && t.urgency === "urgent" && !t.acknowledgedAt && t.raisedAt < weekEnd),
        });
        const where = `athlete ${plan.athleteId} week ${d.weekIndex}`;
        expect({ decision: outcome.decision.decision, rule: outcome.decision.rule, applied: outcome.result.appliedDecision }, where)
          .toEqual({ decision: d.decision, rule: d.rule, applied: d.appliedDecision });
        expect(outcome.result.next, where).toEqual(d.after);
        expect(d.createdAt.getTime()).toBe(weekEnd.getTime());
        outcome.runs.forEach((r, i) => {
          if (r.sessionClass === "RED" && r.date >= addDays(today, -13)) redRuns.push(athleteRuns.filter((x) => planWeekOf(start, x.run.date) === d.weekIndex)[i]!.id);
        });
      }
      const last = weekly.at(-1)!;
      expect(state).toEqual(planStateSchema.parse(last.after));
    }

    // Red-run alerts are exactly the RED runs of the last 14 days; the motor sign of athlete 1's last run is an open urgent red flag.
    const alertRows = await db().select().from(alerts).where(eq(alerts.clinicId, clinicId));
    expect(alertRows.filter((a) => a.type === "red-run").map((a) => a.cause).sort()).toEqual(redRuns.map((id) => `run:${id}`).sort());
    const urgent = triage.filter((t) => t.urgency === "urgent");
    expect(urgent).toHaveLength(1);
    expect(urgent[0]).toMatchObject({ source: "run", acknowledgedAt: null });
    expect(alertRows.some((a) => a.type === "triage" && a.cause === `triage:${urgent[0]!.id}` && a.status === "open")).toBe(true);

    // The owner's caseload reads it: every athlete, the flagged one first with its plan paused.
    const owner = staff.find((s) => s.role === "owner")!;
    const page = await callerFor(db(), { kind: "clinician", userId: owner.userId, clinicId, role: "owner" }, new Date(`${today}T10:00:00Z`)).caseload.list({});
    expect(page.total).toBe(12);
    expect(page.rows[0]).toMatchObject({ id: urgent[0]!.athleteId, topSeverity: "urgent", plan: { programName: "Return to run", weekIndex: scale.weeks, paused: true } });
  });
});
