/**
 * Every clinician create is stored once per request key: a double click or a resend after a lost
 * answer returns the first result and adds no row; the same key with another payload is refused;
 * each clinic has its own key space.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { assessments, athletes, exercises, invites, outcomeMeasures, programs, programTemplates, runPlans, shoes } from "@/db/schema";
import type { KeyedTable } from "@/server/services/infra/request-keys";
import { auditEventsOf } from "../helpers/audit";
import { callerFor, type Caller } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import {
  athleteFieldsFixture, createAthleteRecord, createClinicFixture, createExerciseRecord, createProgramRecord, createRecordedOutcome,
  createTemplateRecord, type ClinicFixture,
} from "../helpers/factories";
import { inviteNewAthlete, quietInviteLinks } from "../helpers/invites";

const db = useTestDb();
quietInviteLinks();

const lefs = (perItem: number) => ({ items: Array.from({ length: 20 }, () => perItem) });

type Case = {
  name: string;
  table: KeyedTable;
  /** The owner sends it (team invites); otherwise fx.therapist. */
  asOwner?: boolean;
  /** What the fixture needs before the create (an athlete without portal, a program without plan…). */
  prepare?: (fx: ClinicFixture) => Promise<string>;
  /** Sends the create with `requestKey`; `changed` alters the payload. */
  send: (api: Caller, fx: ClinicFixture, requestKey: string, prepared: string, changed: boolean) => Promise<unknown>;
  /** The part of the answer that must be the same on a replay. */
  same?: (result: never) => unknown;
};

const cases: Case[] = [
  {
    name: "athlete.create", table: athletes,
    send: (api, _fx, requestKey, _p, changed) => api.athlete.create({ requestKey, ...athleteFieldsFixture({ firstName: changed ? "Jo" : "Jamie", lastName: "Keyed", email: "jamie.keyed@example.com" }) }),
  },
  {
    // An initial visit: a second one is refused, so the replay must be answered before that rule.
    name: "assessment.start", table: assessments,
    send: (api, fx, requestKey, _p, changed) => api.assessment.start({ requestKey, athleteId: fx.athlete.athlete.id, kind: "initial", visitDate: changed ? "2026-11-03" : "2026-11-02" }),
  },
  {
    name: "outcome.record", table: outcomeMeasures,
    send: (api, fx, requestKey, _p, changed) => api.outcome.record({ requestKey, athleteId: fx.athlete.athlete.id, instrument: "LEFS", answers: lefs(changed ? 3 : 2) }),
  },
  {
    name: "outcome.request", table: outcomeMeasures,
    send: (api, fx, requestKey, _p, changed) => api.outcome.request({ requestKey, athleteId: fx.athlete.athlete.id, instrument: changed ? "PSFS" : "LEFS" }),
  },
  {
    name: "outcome.supersede", table: outcomeMeasures,
    prepare: async (fx) => (await createRecordedOutcome(db(), fx)).id,
    send: (api, _fx, requestKey, outcomeId, changed) =>
      api.outcome.supersede({ requestKey, outcomeId, reason: "Typed the wrong score", instrument: "NRS", answers: { value: changed ? 2 : 3 } }),
  },
  {
    name: "shoe.create", table: shoes,
    send: (api, fx, requestKey, _p, changed) => api.shoe.create({ requestKey, athleteId: fx.athlete.athlete.id, brand: "Hoka", model: changed ? "Mach 6" : "Clifton 9", use: "road" }),
  },
  {
    // Only the hash of a link is stored, so a replay answers with the same invite and a fresh link.
    name: "invite.create", table: invites,
    prepare: async (fx) => (await createAthleteRecord(db(), fx.therapist)).athlete.id,
    send: (api, fx, requestKey, athleteId, changed) => api.invite.create({ requestKey, athleteId: changed ? fx.athlete.athlete.id : athleteId }),
    same: (issued: { inviteId: string; expiresAt: Date }) => ({ inviteId: issued.inviteId, expiresAt: issued.expiresAt }),
  },
  {
    name: "invite.resend", table: invites,
    prepare: async (fx) => (await inviteNewAthlete(db(), fx.therapist)).inviteId,
    send: (api, _fx, requestKey, inviteId, changed) => api.invite.resend({ requestKey, inviteId: changed ? randomUUID() : inviteId }),
    same: (issued: { inviteId: string; expiresAt: Date }) => ({ inviteId: issued.inviteId, expiresAt: issued.expiresAt }),
  },
  {
    name: "clinic.addTherapist", table: invites, asOwner: true,
    send: (api, _fx, requestKey, _p, changed) => api.clinic.addTherapist({ requestKey, name: changed ? "Toni B" : "Toni A", email: "toni.keyed@test.clinic" }),
    same: (issued: { inviteId: string; expiresAt: Date }) => ({ inviteId: issued.inviteId, expiresAt: issued.expiresAt }),
  },
  {
    // One active program per athlete: the replay must not be refused by its own first effect.
    name: "program.start", table: programs,
    prepare: async (fx) => (await createTemplateRecord(db(), fx)).template.id,
    send: (api, fx, requestKey, templateId, changed) =>
      api.program.start({ requestKey, athleteId: fx.athlete.athlete.id, name: changed ? "Other" : "Return to run", startDate: "2026-11-02", templateId, runPlan: { stage: 1, targetWeeklyMinutes: 150 } }),
  },
  {
    name: "plan.create", table: runPlans,
    prepare: async (fx) => (await createProgramRecord(db(), fx)).id,
    send: (api, _fx, requestKey, programId, changed) => api.plan.create({ requestKey, programId, stage: changed ? 3 : 2, targetWeeklyMinutes: 150 }),
  },
  {
    name: "template.create", table: programTemplates,
    prepare: async (fx) => (await createExerciseRecord(db(), fx.clinicId)).id,
    send: (api, _fx, requestKey, exerciseId, changed) =>
      api.template.create({ requestKey, name: changed ? "Phase 2" : "Phase 1", items: [{ exerciseId, sets: 2, reps: 10, perWeek: 7, side: "both" }] }),
  },
  {
    name: "exercise.create", table: exercises,
    send: (api, _fx, requestKey, _p, changed) =>
      api.exercise.create({ requestKey, name: changed ? "Towel curls" : "Marble pick-up", category: "Intrinsic strength", target: "Toe flexors", dosage: "2 × 20", cues: "Slowly, one at a time." }),
  },
];

const rowsOf = (table: KeyedTable, clinicId: string) => db().$count(table as PgTable, eq(table.clinicId, clinicId));

async function setUp(c: Case) {
  const fx = await createClinicFixture(db());
  const api = callerFor(db(), c.asOwner ? fx.owner : fx.therapist);
  const prepared = c.prepare ? await c.prepare(fx) : "";
  return { fx, api, prepared, before: await rowsOf(c.table, fx.clinicId) };
}

describe("clinician creates are stored once per request key", () => {
  it.each(cases)("$name: the same key twice stores one row and returns the first result", async (c) => {
    const { fx, api, prepared, before } = await setUp(c);
    const requestKey = randomUUID();
    const first = await c.send(api, fx, requestKey, prepared, false);
    const requestId = randomUUID();
    const replayApi = callerFor(db(), c.asOwner ? fx.owner : fx.therapist, new Date(), { requestId });
    const second = await c.send(replayApi, fx, requestKey, prepared, false);

    const same = c.same ?? ((r: never) => r);
    expect(same(second as never)).toEqual(same(first as never));
    expect(await rowsOf(c.table, fx.clinicId)).toBe(before + 1);
    // The replay is audited as a replay, and stores no second create event.
    const actions = (await auditEventsOf(db(), requestId)).map((e) => e.action);
    expect(actions.some((a) => a.endsWith(".replay"))).toBe(true);
  });

  it.each(cases)("$name: two sends at the same moment store one row", async (c) => {
    const { fx, api, prepared, before } = await setUp(c);
    const requestKey = randomUUID();
    const results = await Promise.allSettled([c.send(api, fx, requestKey, prepared, false), c.send(api, fx, requestKey, prepared, false)]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    expect(await rowsOf(c.table, fx.clinicId)).toBe(before + 1);
  });

  it.each(cases)("$name: the same key with a different payload is a CONFLICT and writes nothing", async (c) => {
    const { fx, api, prepared, before } = await setUp(c);
    const requestKey = randomUUID();
    await c.send(api, fx, requestKey, prepared, false);
    await expect(c.send(api, fx, requestKey, prepared, true)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("different details") });
    expect(await rowsOf(c.table, fx.clinicId)).toBe(before + 1);
  });

  it.each(cases)("$name: another clinic's key space is its own", async (c) => {
    const a = await setUp(c);
    const b = await setUp(c);
    const requestKey = randomUUID();
    await c.send(a.api, a.fx, requestKey, a.prepared, false);
    await c.send(b.api, b.fx, requestKey, b.prepared, false);
    expect(await rowsOf(c.table, a.fx.clinicId)).toBe(a.before + 1);
    expect(await rowsOf(c.table, b.fx.clinicId)).toBe(b.before + 1);
  });

  it("a replayed invite keeps one invite whose newest link works and whose first link is replaced", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const { athlete } = await createAthleteRecord(db(), fx.therapist);
    const requestKey = randomUUID();
    const first = await api.invite.create({ requestKey, athleteId: athlete.id });
    const second = await api.invite.create({ requestKey, athleteId: athlete.id });
    const anonymous = callerFor(db(), null);
    const tokenOf = (url: string | null) => url!.split("/invite/")[1]!;
    expect(await anonymous.invite.inspect({ token: tokenOf(second.url) })).toMatchObject({ status: "usable" });
    expect(await anonymous.invite.inspect({ token: tokenOf(first.url) })).toEqual({ status: "invalid" });
  });
});
