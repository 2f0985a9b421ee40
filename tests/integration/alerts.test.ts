// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { alerts, runPlans, shoes } from "@/db/schema";
import { evaluateAllAlerts } from "@/server/services/engine/alerts";
import { auditEventsOf } from "../helpers/audit";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, createShoeRecord, createTemplateRecord, greenRun, type ClinicFixture } from "../helpers/factories";

const db = useTestDb();
const at = (day: string, time = "19:00:00") => new Date(`${day}T${time}Z`);
const portal = (fx: ClinicFixture, day: string) => callerFor(db(), fx.athlete.actor!, at(day)).portal;
const logRun = (fx: ClinicFixture, date: string, over: Parameters<typeof greenRun>[1] = {}) =>
  portal(fx, date).log({ kind: "run", clientId: randomUUID(), ...greenRun(date, over) });
const alertsOf = (fx: ClinicFixture) => db().select().from(alerts).where(eq(alerts.athleteId, fx.athlete.athlete.id));

async function startPlan(fx: ClinicFixture, start = "2026-11-02") {
  const { template } = await createTemplateRecord(db(), fx);
  return callerFor(db(), fx.therapist, at(start, "08:00:00")).program.start({ requestKey: randomUUID(),
    athleteId: fx.athlete.athlete.id, name: "Return", startDate: start, templateId: template.id, runPlan: { stage: 1, targetWeeklyMinutes: 150 },
  });
}

describe("alerts between visits (R6)", () => {
  it("a RED run raises a high alert with its reason; resolving it keeps it from coming back; a new red run alerts again", async () => {
    const fx = await createClinicFixture(db());
    const first = await logRun(fx, "2026-11-04", { tingling: 7 });
    const [alert] = await alertsOf(fx);
    expect(alert).toMatchObject({ type: "red-run", severity: "high", status: "open", cause: `run:${first.logId}`, reason: expect.stringContaining("7/10") });
    const api = callerFor(db(), fx.therapist, at("2026-11-05"));
    const requestId = randomUUID();
    await callerFor(db(), fx.therapist, at("2026-11-05"), { requestId }).alert.acknowledge({ alertId: alert!.id, note: "Called; will review Friday" });
    expect((await api.alert.list({ athleteId: fx.athlete.athlete.id }))[0]).toMatchObject({ status: "acknowledged", note: "Called; will review Friday" });
    await api.alert.resolve({ alertId: alert!.id, note: "Reviewed: shoes changed" });
    await expect(api.alert.resolve({ alertId: alert!.id, note: "again" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await auditEventsOf(db(), requestId)).map((e) => e.action)).toContain("alert.acknowledge");
    // Another log re-evaluates the rules: the resolved run does not alert again; a new red run does.
    await logRun(fx, "2026-11-06");
    expect((await alertsOf(fx)).filter((a) => a.status !== "resolved")).toEqual([]);
    await logRun(fx, "2026-11-08", { pain: 6 });
    expect((await alertsOf(fx)).filter((a) => a.status === "open").map((a) => a.type)).toEqual(["red-run"]);
    expect(await api.alert.list({ athleteId: fx.athlete.athlete.id, includeResolved: true })).toHaveLength(2);
  });

  it("two runs not settled by the next morning within 7 days raise one medium alert", async () => {
    const fx = await createClinicFixture(db());
    await logRun(fx, "2026-11-02", { preNrs: 1, nextMorningNrs: 2 });
    expect((await alertsOf(fx)).map((a) => a.type)).toEqual(["red-run"]);
    await logRun(fx, "2026-11-05", { preNrs: 0, nextMorningNrs: 1 });
    const notSettled = (await alertsOf(fx)).filter((a) => a.type === "not-settled");
    expect(notSettled).toEqual([expect.objectContaining({ severity: "medium", status: "open" })]);
  });

  it("a run far above the longest of the last 30 days raises a single-run spike", async () => {
    const fx = await createClinicFixture(db());
    await logRun(fx, "2026-11-02", { plannedRunMinutes: null, runMinutes: 20 });
    await logRun(fx, "2026-11-04", { plannedRunMinutes: null, runMinutes: 22 });
    expect((await alertsOf(fx)).map((a) => a.type)).toEqual([]);
    await logRun(fx, "2026-11-06", { plannedRunMinutes: null, runMinutes: 25 });
    expect((await alertsOf(fx)).map((a) => [a.type, a.severity])).toEqual([["single-run-spike", "medium"]]);
  });

  it("a red flag is an alert until it is acknowledged", async () => {
    const fx = await createClinicFixture(db());
    await logRun(fx, "2026-11-04", { motorSign: true });
    const triageAlert = (await alertsOf(fx)).find((a) => a.type === "triage");
    expect(triageAlert).toMatchObject({ severity: "urgent", status: "open" });
    const [flag] = await callerFor(db(), fx.therapist, at("2026-11-05")).triage.list({ athleteId: fx.athlete.athlete.id });
    await callerFor(db(), fx.therapist, at("2026-11-05")).triage.acknowledge({ triageId: flag!.id, action: "referred", note: "GP review booked" });
    expect((await alertsOf(fx)).find((a) => a.type === "triage")).toMatchObject({ status: "resolved", note: expect.stringContaining("GP review booked") });
  });

  it("the daily job raises no-logs after 5 quiet days of an active plan, and shoe review at its distance", async () => {
    const fx = await createClinicFixture(db());
    await startPlan(fx, "2026-11-02");
    const shoe = await createShoeRecord(db(), fx);
    await db().update(shoes).set({ startingKm: 598 }).where(eq(shoes.id, shoe.id));
    await logRun(fx, "2026-11-02", { shoeId: shoe.id, distanceKm: 2 });
    await evaluateAllAlerts(db(), at("2026-11-06"), randomUUID(), { clinicId: fx.clinicId });
    expect((await alertsOf(fx)).map((a) => a.type).sort()).toEqual(["shoe-review"]);
    await evaluateAllAlerts(db(), at("2026-11-07"), randomUUID(), { clinicId: fx.clinicId });
    expect((await alertsOf(fx)).map((a) => [a.type, a.severity]).sort()).toEqual([["no-logs", "low"], ["shoe-review", "low"]]);
    // Running the job again changes nothing.
    await evaluateAllAlerts(db(), at("2026-11-07", "20:00:00"), randomUUID(), { clinicId: fx.clinicId });
    expect((await alertsOf(fx)).map((a) => a.type).sort()).toEqual(["no-logs", "shoe-review"]);
  });

  it("a frozen plan raises a review alert; the therapist's sign-off resolves it", async () => {
    const fx = await createClinicFixture(db());
    const program = await startPlan(fx, "2026-11-02");
    const api = callerFor(db(), fx.therapist, at("2026-11-10"));
    const plan = (await api.plan.get({ programId: program.id }))!;
    await db().update(runPlans).set({ state: { ...plan.state, frozen: true } }).where(eq(runPlans.id, plan.id));
    await logRun(fx, "2026-11-10");
    expect((await alertsOf(fx)).find((a) => a.type === "review")).toMatchObject({ severity: "high", status: "open" });
    await api.plan.signOff({ planId: plan.id, reason: "Reviewed in clinic, symptoms stable" });
    expect((await alertsOf(fx)).find((a) => a.type === "review")).toMatchObject({ status: "resolved" });
    const open = await db().select().from(alerts).where(and(eq(alerts.athleteId, fx.athlete.athlete.id), eq(alerts.status, "open")));
    expect(open.map((a) => a.type)).not.toContain("review");
  });
});
