// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { alerts, athletes } from "@/db/schema";
import { eq } from "drizzle-orm";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createAthleteRecord, createClinicFixture, createRunLogRecord, createTemplateRecord, greenRun, type ClinicFixture } from "../helpers/factories";
import { countingDb } from "../helpers/query-count";
import { decideAllDuePlans } from "@/server/services/engine/weekly-decisions";

const db = useTestDb();
const NOW = new Date("2026-11-26T10:00:00Z");

async function withAlert(fx: ClinicFixture, athleteId: string, type: typeof alerts.$inferInsert["type"], severity: typeof alerts.$inferInsert["severity"]) {
  await db().insert(alerts).values({ clinicId: fx.clinicId, athleteId, type, cause: randomUUID(), severity, reason: `${type} alert`, data: {} });
}

async function athleteNamed(fx: ClinicFixture, lastName: string) {
  return (await createAthleteRecord(db(), fx.therapist, { fields: { lastName } })).athlete;
}

describe("caseload.list", () => {
  it("puts who needs attention first (R6): emergency, urgent, then high, medium, low alerts, then longest since the last log", async () => {
    const fx = await createClinicFixture(db());
    const [low, , recent, old, high, urgent, emergency, medium] = await Promise.all(
      ["Low", "Never", "Recent", "Old", "High", "Urgent", "Emergency", "Medium"].map((n) => athleteNamed(fx, n)),
    );
    await withAlert(fx, emergency!.id, "triage", "emergency");
    await withAlert(fx, urgent!.id, "triage", "urgent");
    await withAlert(fx, high!.id, "red-run", "high");
    await withAlert(fx, high!.id, "no-logs", "low");
    await withAlert(fx, medium!.id, "not-settled", "medium");
    await withAlert(fx, low!.id, "shoe-review", "low");
    const logFor = (athleteId: string, date: string) => createRunLogRecord(db(), fx, greenRun(date), new Date(`${date}T07:00:00Z`), athleteId);
    await logFor(recent!.id, "2026-11-25");
    await logFor(old!.id, "2026-11-10");
    const page = await callerFor(db(), fx.therapist, NOW).caseload.list({ search: undefined });
    const order = page.rows.map((r) => r.lastName).filter((n) => n !== fx.athlete.athlete.lastName);
    expect(order).toEqual(["Emergency", "Urgent", "High", "Medium", "Low", "Never", "Old", "Recent"]);
    expect(page.rows.find((r) => r.lastName === "High")).toMatchObject({ topSeverity: "high", alerts: expect.arrayContaining([expect.objectContaining({ type: "red-run" })]) });
    expect(page.rows.find((r) => r.lastName === "Recent")).toMatchObject({ lastLogDate: "2026-11-25", topSeverity: null });
  });

  it("filters by alert, name, status and (owners) therapist, and pages with a total", async () => {
    const fx = await createClinicFixture(db());
    const a = await athleteNamed(fx, "Alpha");
    const b = await athleteNamed(fx, "Bravo");
    await withAlert(fx, a.id, "red-run", "high");
    await db().update(athletes).set({ archivedAt: NOW }).where(eq(athletes.id, b.id));
    const api = callerFor(db(), fx.therapist, NOW);
    expect((await api.caseload.list({ alert: "red-run" })).rows.map((r) => r.lastName)).toEqual(["Alpha"]);
    expect((await api.caseload.list({ alert: "none" })).rows.map((r) => r.lastName)).not.toContain("Alpha");
    expect((await api.caseload.list({ search: "brav", status: "archived" })).rows.map((r) => r.lastName)).toEqual(["Bravo"]);
    const paged = await api.caseload.list({ sort: "name", pageSize: 5, page: 1 });
    expect(paged.total).toBe(2);
    // Past the last page: no rows, but the total still says where the list ends.
    expect(await api.caseload.list({ sort: "name", pageSize: 5, page: 99 })).toMatchObject({ rows: [], total: 2, page: 99 });
    const owner = callerFor(db(), fx.owner, NOW);
    expect((await owner.caseload.list({ therapistUserId: fx.otherTherapist.userId })).rows.map((r) => r.id)).toEqual([fx.otherAthlete.athlete.id]);
    // A therapist never sees a colleague's athletes, whatever the filter says.
    expect((await api.caseload.list({ therapistUserId: fx.otherTherapist.userId })).rows).toEqual([]);
  });

  it("shows adherence, the symptom sparkline and the plan week with its last decision", async () => {
    const fx = await createClinicFixture(db());
    const { template } = await createTemplateRecord(db(), fx);
    await callerFor(db(), fx.therapist, new Date("2026-11-02T08:00:00Z")).program.start({ requestKey: randomUUID(),
      athleteId: fx.athlete.athlete.id, name: "Return", startDate: "2026-11-02", templateId: template.id, runPlan: { stage: 1, targetWeeklyMinutes: 150 },
    });
    for (const date of ["2026-11-16", "2026-11-18", "2026-11-20", "2026-11-23", "2026-11-25"]) {
      await createRunLogRecord(db(), fx, greenRun(date, { tingling: date === "2026-11-25" ? 4 : 1 }));
    }
    // Weekly decisions are made by the hourly job (or by the event that made them due), never by a read.
    await decideAllDuePlans(db(), NOW, randomUUID(), { clinicId: fx.clinicId });
    const [row] = (await callerFor(db(), fx.therapist, NOW).caseload.list({ search: fx.athlete.athlete.lastName })).rows;
    expect(row!.plan).toMatchObject({ programName: "Return", weekIndex: 3, stageCode: expect.any(String), lastDecision: expect.objectContaining({ weekIndex: expect.any(Number) }) });
    expect(row!.symptomSparkline.slice(-2)).toEqual([1, 4]);
    expect(row!.adherence28).not.toBeNull();
    expect(row!.adherence7).toBeGreaterThan(0);
  });

  it("takes a fixed number of queries whatever the caseload's size", async () => {
    const counts: number[] = [];
    for (const size of [2, 12]) {
      const fx = await createClinicFixture(db());
      const { template } = await createTemplateRecord(db(), fx);
      for (let i = 0; i < size; i++) {
        const { athlete } = await createAthleteRecord(db(), fx.therapist);
        await callerFor(db(), fx.therapist, new Date("2026-11-02T08:00:00Z")).program.start({ requestKey: randomUUID(),
          athleteId: athlete.id, name: "Plan", startDate: "2026-11-02", templateId: template.id, runPlan: { stage: 1, targetWeeklyMinutes: 150 },
        });
        await withAlert(fx, athlete.id, "red-run", "high");
      }
      const counting = countingDb(db());
      await callerFor(counting.db, fx.therapist, NOW).caseload.list({ pageSize: 50 });
      counts.push(counting.count());
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(12);
  });
});
