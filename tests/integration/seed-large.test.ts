import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedLarge } from "@/db/seed-large";
import { activityLogs, athletes, caseloadAssignments, clinics, runPlans } from "@/db/schema";
import { crossTrainingLogSchema, exerciseLogSchema } from "@/server/domain/logs/schemas";
import { planStateSchema } from "@/server/domain/progression/apply";
import { runLogSchema } from "@/server/domain/progression/run-log";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";

const db = useTestDb();

describe("the large-data seed (at a tiny scale)", () => {
  it("makes a clinic whose logs, plans and caseloads the app reads as its own, once", async () => {
    const today = "2026-11-26";
    const result = await seedLarge(db(), { scale: { athletes: 12, therapists: 3, weeks: 4 }, today });
    expect(result.created).toBe(true);
    expect(result.counts).toMatchObject({ athletes: 12, users: 4, caseload_assignments: 12, programs: 12, run_plans: 12, plan_decisions: 48 });
    // 3 runs + 1 exercise session a week, and cross-training in week 4: 12 × (4 × 4 + 1).
    expect(result.counts.activity_logs).toBe(12 * 17);
    expect((await seedLarge(db(), { scale: { athletes: 12, therapists: 3, weeks: 4 }, today })).created).toBe(false);

    const [clinic] = await db().select().from(clinics).where(eq(clinics.name, "Large Clinic"));
    const logs = await db().select().from(activityLogs).where(eq(activityLogs.clinicId, clinic!.id));
    const schemas = { run: runLogSchema, exercise: exerciseLogSchema, cross_training: crossTrainingLogSchema } as const;
    for (const log of logs) expect(schemas[log.kind].safeParse(log.data).success, JSON.stringify(log.data)).toBe(true);
    expect(logs.every((l) => l.date < today)).toBe(true);
    for (const plan of await db().select().from(runPlans).where(eq(runPlans.clinicId, clinic!.id))) expect(planStateSchema.safeParse(plan.state).success).toBe(true);
    const perAthlete = await db()
      .select({ athleteId: caseloadAssignments.athleteId, n: sql<number>`count(*)::int` })
      .from(caseloadAssignments)
      .innerJoin(athletes, and(eq(athletes.id, caseloadAssignments.athleteId), eq(athletes.clinicId, clinic!.id)))
      .groupBy(caseloadAssignments.athleteId);
    expect(perAthlete.map((r) => Number(r.n))).toEqual(Array(12).fill(1));

    // The owner's dashboard reads it: every athlete, in R6 order.
    const [owner] = await db().execute<{ user_id: string }>(sql`select user_id from memberships where clinic_id = ${clinic!.id} and role = 'owner'`).then((r) => ((r as unknown as { rows?: { user_id: string }[] }).rows ?? (r as unknown as { user_id: string }[])));
    const page = await callerFor(db(), { kind: "clinician", userId: owner!.user_id, clinicId: clinic!.id, role: "owner" }, new Date(`${today}T10:00:00Z`)).caseload.list({});
    expect(page.total).toBe(12);
    expect(page.rows[0]!.plan).toMatchObject({ programName: "Return to run", weekIndex: 4 });
  });
});
