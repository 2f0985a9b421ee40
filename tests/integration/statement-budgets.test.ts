import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { activityLogRevisions, activityLogs } from "@/db/schema";
import { addDays } from "@/server/domain/dates";
import type { RunLog } from "@/server/domain/progression/run-log";
import { decideAllDuePlans } from "@/server/services/engine/weekly-decisions";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, createTemplateRecord, greenRun, type ClinicFixture } from "../helpers/factories";
import { countingDb } from "../helpers/query-count";

const db = useTestDb();
const TODAY = "2026-11-26";
const NOW = new Date(`${TODAY}T10:00:00Z`);
const PLAN_START = "2026-11-09";

/**
 * SQL statements per procedure (docs/performance.md): a fixed budget, and the same count whatever the
 * athlete's history, because each request loads only the window its rules read (R2's comparison run,
 * the 30-day longest run, the 28-day load), not every run ever logged.
 */
const budgets = { "portal.log": 28, "portal.plan": 16, "plan.get": 8, "report.issue": 28 } as const;
type Procedure = keyof typeof budgets;

/** The run of day `i` of the history: planned minutes that vary, symptoms with an onset on some days, now and then amber. */
function historyRun(date: string, i: number): RunLog {
  const planned = [8, 12, 18, 20][i % 4]!;
  return greenRun(date, { plannedRunMinutes: planned, runMinutes: planned, onsetMinute: i % 3 === 0 ? Math.max(1, planned - 4) : null, tingling: i % 5 === 0 ? 3 : 1 });
}

/** An athlete with a plan started 2026-11-09 and `days` of logs before today: runs every other day, cross-training between, a few corrected. */
async function athleteWithHistory(days: number, opts: { planStart?: string; runJob?: boolean } = {}): Promise<{ fx: ClinicFixture; programId: string }> {
  const planStart = opts.planStart ?? PLAN_START;
  const fx = await createClinicFixture(db());
  const athleteId = fx.athlete.athlete.id;
  const { template } = await createTemplateRecord(db(), fx);
  const program = await callerFor(db(), fx.therapist, new Date(`${planStart}T08:00:00Z`)).program.start({
    requestKey: randomUUID(), athleteId, name: "Return to run", startDate: planStart, templateId: template.id, runPlan: { stage: 1, targetWeeklyMinutes: 150 },
  });
  const rows = Array.from({ length: days }, (_, k) => {
    const date = addDays(TODAY, -days + k);
    const at = new Date(`${date}T07:00:00Z`);
    const data = k % 2 === 0 ? historyRun(date, k) : { date, activity: "cycling", minutes: 30, rpe: 3, note: null };
    return {
      id: randomUUID(), clinicId: fx.clinicId, athleteId, clientId: randomUUID(), kind: k % 2 === 0 ? ("run" as const) : ("cross_training" as const), date,
      data, payloadHash: randomUUID(), response: {}, createdAt: at, updatedAt: at, version: k % 10 === 0 ? 2 : 1,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db().insert(activityLogs).values(rows.slice(i, i + 500));
  const corrected = rows.filter((r) => r.version === 2);
  if (corrected.length) {
    await db().insert(activityLogRevisions).values(corrected.map((r) => ({
      clinicId: fx.clinicId, athleteId, logId: r.id, version: 1, data: r.data, clientId: randomUUID(), createdAt: r.createdAt,
    })));
  }
  // Decisions are up to date (the hourly job ran), as they are in use.
  if (opts.runJob ?? true) await decideAllDuePlans(db(), NOW, randomUUID(), { clinicId: fx.clinicId });
  return { fx, programId: program.id };
}

/** The statements one call of each procedure sends. */
async function statementsOf(days: number): Promise<Record<Procedure, number>> {
  const { fx, programId } = await athleteWithHistory(days);
  const counting = countingDb(db());
  const measure = async (call: () => Promise<unknown>) => {
    counting.reset();
    await call();
    return counting.count();
  };
  const athlete = callerFor(counting.db, fx.athlete.actor!, NOW);
  const therapist = callerFor(counting.db, fx.therapist, NOW);
  return {
    "portal.log": await measure(() => athlete.portal.log({ kind: "run", clientId: randomUUID(), ...historyRun(TODAY, 3) })),
    "portal.plan": await measure(() => athlete.portal.plan()),
    "plan.get": await measure(() => therapist.plan.get({ programId })),
    "report.issue": await measure(() => therapist.report.issue({
      requestKey: randomUUID(), draft: { athleteId: fx.athlete.athlete.id, kind: "progress", paper: "A4", from: addDays(TODAY, -27), to: TODAY },
      diagnosis: "", goals: "", referrer: "", claim: "", impression: "Settling.", planText: "Continue.", goalsMet: "", returnAdvice: "", dataOnly: false, replaces: null,
    })),
  };
}

describe("statements per procedure", () => {
  it("stay within budget, and an athlete with two years of logs costs what one with two weeks does", async () => {
    const twoWeeks = await statementsOf(14);
    const twoYears = await statementsOf(730);
    if (process.env.STATEMENT_COUNTS) console.info(JSON.stringify({ twoWeeks, twoYears }));
    expect(twoYears).toEqual(twoWeeks);
    for (const [procedure, budget] of Object.entries(budgets)) expect(twoWeeks[procedure as Procedure], procedure).toBeLessThanOrEqual(budget);
  }, 120_000);

  it("reading a plan with eleven weeks due costs what reading an up-to-date one does: reads never decide", async () => {
    const reads = async (runJob: boolean) => {
      // Logs stop before the plan start, so the eleven weeks since are due (R3: a week without runs is due when it ends).
      const { fx, programId } = await athleteWithHistory(30, { planStart: addDays(TODAY, -7 * 11 - 3), runJob });
      const counting = countingDb(db());
      const plan = await callerFor(counting.db, fx.therapist, NOW).plan.get({ programId });
      await callerFor(counting.db, fx.athlete.actor!, NOW).portal.plan();
      return { statements: counting.count(), dueWeeks: plan!.dueWeeks.length };
    };
    const due = await reads(false);
    const upToDate = await reads(true);
    if (process.env.STATEMENT_COUNTS) console.info(JSON.stringify({ due, upToDate }));
    expect(due.dueWeeks).toBe(11);
    expect(upToDate.dueWeeks).toBe(0);
    expect(due.statements).toBe(upToDate.statements);
  }, 120_000);
});
