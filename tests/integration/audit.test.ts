import { randomUUID } from "node:crypto";
import { eq, inArray, or } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { roleOf, type Actor } from "@/server/domain/access";
import { signInWithPassword } from "@/server/services/infra/sessions";
import { auditEventsOf, auditEventsOfClinic, errorText } from "../helpers/audit";
import { callerFor, later, minutes, publicCtx, type Caller } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { athleteFieldsFixture, createAthleteRecord, createClinicFixture, createClinician, TEST_PASSWORD, type ClinicFixture } from "../helpers/factories";
import { inviteNewAthlete, quietInviteLinks } from "../helpers/invites";

const db = useTestDb();
quietInviteLinks();

type Case = {
  name: string;
  who: (fx: ClinicFixture, db: Db) => Actor | Promise<Actor>;
  /** Makes the call; returns the athlete ids the events must name, in any order (null = none). */
  act: (api: Caller, fx: ClinicFixture, db: Db) => Promise<(string | null)[]>;
  action: string;
};

const cases: Case[] = [
  {
    name: "athlete.list (one event per athlete shown)", action: "athlete.list", who: (fx) => fx.owner,
    act: async (api) => (await api.athlete.list()).map((a) => a.id),
  },
  {
    name: "athlete.list of an empty caseload", action: "athlete.list", who: (fx, db) => createClinician(db, fx.clinicId, "therapist"),
    act: async (api) => {
      expect(await api.athlete.list()).toEqual([]);
      return [];
    },
  },
  {
    name: "athlete.get", action: "athlete.read", who: (fx) => fx.therapist,
    act: async (api, fx) => [(await api.athlete.get({ athleteId: fx.athlete.athlete.id })).id],
  },
  {
    name: "athlete.create", action: "athlete.create", who: (fx) => fx.therapist,
    act: async (api) => [(await api.athlete.create({ ...athleteFieldsFixture(), requestKey: randomUUID() })).id],
  },
  {
    name: "athlete.update", action: "athlete.update", who: (fx) => fx.therapist,
    act: async (api, fx) => [(await api.athlete.update({ ...athleteFieldsFixture(), athleteId: fx.athlete.athlete.id, version: 1 })).id],
  },
  {
    name: "athlete.archive", action: "athlete.archive", who: (fx) => fx.therapist,
    act: async (api, fx) => [(await api.athlete.archive({ athleteId: fx.athlete.athlete.id })).id],
  },
  {
    name: "athlete.restore", action: "athlete.restore", who: (fx) => fx.therapist,
    act: async (api, fx, db) => {
      await callerFor(db, fx.owner).athlete.archive({ athleteId: fx.athlete.athlete.id });
      return [(await api.athlete.restore({ athleteId: fx.athlete.athlete.id })).id];
    },
  },
  {
    name: "athlete.assign", action: "caseload.assign", who: (fx) => fx.owner,
    act: async (api, fx) => [(await api.athlete.assign({ athleteId: fx.athlete.athlete.id, therapistUserId: fx.otherTherapist.userId })).id],
  },
  {
    name: "athlete.unassign", action: "caseload.unassign", who: (fx) => fx.owner,
    act: async (api, fx) => [(await api.athlete.unassign({ athleteId: fx.athlete.athlete.id, therapistUserId: fx.therapist.userId })).id],
  },
  {
    name: "invite.create", action: "invite.create", who: (fx) => fx.therapist,
    act: async (api, fx, db) => {
      const invitee = await createAthleteRecord(db, fx.therapist);
      await api.invite.create({ requestKey: randomUUID(), athleteId: invitee.athlete.id });
      return [invitee.athlete.id];
    },
  },
  {
    name: "invite.revoke", action: "invite.revoke", who: (fx) => fx.therapist,
    act: async (api, fx, db) => {
      const { athlete, inviteId } = await inviteNewAthlete(db, fx.therapist);
      await api.invite.revoke({ inviteId });
      return [athlete.id];
    },
  },
  {
    name: "invite.resend", action: "invite.resend", who: (fx) => fx.therapist,
    act: async (api, fx, db) => {
      const { athlete, inviteId } = await inviteNewAthlete(db, fx.therapist);
      await api.invite.resend({ requestKey: randomUUID(), inviteId });
      return [athlete.id];
    },
  },
  {
    name: "portal.profile", action: "portal.profile", who: (fx) => fx.athlete.actor!,
    act: async (api, fx) => {
      await api.portal.profile();
      return [fx.athlete.athlete.id];
    },
  },
];

describe("every read and write of athlete data is audited", () => {
  it.each(cases)("$name → $action", async ({ who, act, action }) => {
    const fx = await createClinicFixture(db());
    const actor = await who(fx, db());
    const requestId = randomUUID();
    const athleteIds = await act(callerFor(db(), actor, new Date(), { requestId }), fx, db());
    const expected = (athleteIds.length > 0 ? athleteIds : [null]).map((athleteId) =>
      expect.objectContaining({
        action, athleteId, actorUserId: actor.userId, actorRole: roleOf(actor), clinicId: fx.clinicId, outcome: "success", requestId,
      }),
    );
    const events = await auditEventsOf(db(), requestId);
    expect(events).toHaveLength(expected.length);
    expect(events).toEqual(expect.arrayContaining(expected));
  });

  it("a therapist's list names only the athletes of their caseload", async () => {
    const fx = await createClinicFixture(db());
    const requestId = randomUUID();
    await callerFor(db(), fx.therapist, new Date(), { requestId }).athlete.list();
    expect((await auditEventsOf(db(), requestId)).map((e) => e.athleteId)).toEqual([fx.athlete.athlete.id]);
  });
});

describe("audit events hold no PHI", () => {
  it("no athlete's name, email, birth date or goal appears in any column", async () => {
    const fx = await createClinicFixture(db());
    const therapist = callerFor(db(), fx.therapist);
    const created = await therapist.athlete.create({ ...athleteFieldsFixture({ firstName: "Philippa", lastName: "Quixotic-Zed", email: "philippa.qz@example.com", goalRace: "Lanzarote Ultra", dateOfBirth: "1983-11-29" }), requestKey: randomUUID() });
    await therapist.athlete.list({ search: "Quixotic" });
    await therapist.athlete.get({ athleteId: created.id });
    await therapist.athlete.update({ ...athleteFieldsFixture({ firstName: "Philippa", lastName: "Quixotic-Zed-Renamed", email: "philippa.qz@example.com" }), athleteId: created.id, version: 1 });
    await therapist.invite.create({ requestKey: randomUUID(), athleteId: created.id });
    await therapist.athlete.archive({ athleteId: created.id });
    await therapist.athlete.restore({ athleteId: created.id });
    await callerFor(db(), fx.owner).athlete.list();
    await callerFor(db(), fx.athlete.actor).portal.profile();
    await expect(callerFor(db(), fx.athlete.actor).athlete.get({ athleteId: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(db(), fx.otherTherapist).athlete.get({ athleteId: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await signInWithPassword(publicCtx(db()), { email: fx.athlete.email!, password: "wrong-password-here" });
    await signInWithPassword(publicCtx(db()), { email: fx.therapist.email, password: TEST_PASSWORD });

    const events = await auditEventsOfClinic(db(), fx.clinicId);
    expect(events.length).toBeGreaterThanOrEqual(15);
    const people = [fx.athlete.athlete, fx.otherAthlete.athlete, { ...created, lastName: "Quixotic-Zed-Renamed" }, created];
    const phi = people.flatMap((a) => [a.firstName, a.lastName, a.email!, a.dateOfBirth, a.goalRace!])
      .concat([fx.therapist.email, fx.owner.email, "Jamie"]);
    for (const event of events) {
      const text = JSON.stringify(Object.values(event)).toLowerCase();
      for (const value of phi) expect(text, `${event.action} contains "${value}"`).not.toContain(value.toLowerCase());
    }
  });
});

describe("audit.list", () => {
  /** Seven events of fx's clinic, all in the past, three sharing one timestamp. */
  async function seedEvents(fx: ClinicFixture) {
    const t0 = new Date(Date.now() - minutes(60));
    const atT0 = callerFor(db(), fx.therapist, t0);
    for (let i = 0; i < 3; i++) await atT0.athlete.get({ athleteId: fx.athlete.athlete.id });
    await callerFor(db(), fx.owner, later(t0, minutes(10))).athlete.list();
    await callerFor(db(), fx.therapist, later(t0, minutes(20))).athlete.update({ ...athleteFieldsFixture(), athleteId: fx.athlete.athlete.id, version: 1 });
    await expect(callerFor(db(), fx.athlete.actor, later(t0, minutes(30))).athlete.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  }

  it("pages newest first with a cursor, without duplicates or gaps, and only the own clinic", async () => {
    const fx = await createClinicFixture(db());
    const other = await createClinicFixture(db());
    await seedEvents(fx);
    await seedEvents(other);
    const stored = (await auditEventsOfClinic(db(), fx.clinicId)).sort((a, b) => b.at.getTime() - a.at.getTime() || (b.id < a.id ? -1 : 1));
    expect(stored).toHaveLength(7);

    const api = callerFor(db(), fx.owner);
    const pages: { id: string; at: Date }[][] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<Caller["audit"]["list"]>> = await api.audit.list({ limit: 2, cursor });
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);

    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
    const seen = pages.flat();
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect(seen.map((e) => e.id)).toEqual(stored.map((e) => e.id));
    for (let i = 1; i < seen.length; i++) expect(seen[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(seen[i]!.at.getTime());

    const otherIds = new Set((await auditEventsOfClinic(db(), other.clinicId)).map((e) => e.id));
    expect(seen.filter((e) => otherIds.has(e.id))).toEqual([]);
  });

  it("shows who did what, filters by athlete, and is itself audited", async () => {
    const fx = await createClinicFixture(db());
    await seedEvents(fx);
    const requestId = randomUUID();
    const { items } = await callerFor(db(), fx.owner, new Date(), { requestId }).audit.list({ limit: 50, athleteId: fx.otherAthlete.athlete.id });
    // Only the owner's list showed the other athlete.
    expect(items).toEqual([expect.objectContaining({ action: "athlete.list", actorRole: "owner", athleteId: fx.otherAthlete.athlete.id, outcome: "success" })]);
    expect(await auditEventsOf(db(), requestId)).toEqual([expect.objectContaining({ action: "audit.list", actorUserId: fx.owner.userId })]);

    const all = (await callerFor(db(), fx.owner).audit.list({ limit: 50 })).items;
    expect(all).toContainEqual(expect.objectContaining({ action: "athlete.list", outcome: "denied", actorRole: "athlete" }));
    expect(all.filter((e) => e.action === "athlete.read").map((e) => e.actorName)).toEqual(Array(3).fill(expect.stringMatching(/^therapist-/)));
  });

  it("refuses a forged cursor", async () => {
    const fx = await createClinicFixture(db());
    await expect(callerFor(db(), fx.owner).audit.list({ limit: 2, cursor: "bm90LWEtY3Vyc29y" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("audit_events is append-only", () => {
  it("the database rejects UPDATE and DELETE", async () => {
    const fx = await createClinicFixture(db());
    const requestId = randomUUID();
    await callerFor(db(), fx.therapist, new Date(), { requestId }).athlete.get({ athleteId: fx.athlete.athlete.id });
    const [event] = await auditEventsOf(db(), requestId);

    const update = await db().update(auditEvents).set({ action: "tampered" }).where(eq(auditEvents.id, event!.id)).catch((e: unknown) => e);
    expect(errorText(update)).toContain("audit_events is append-only");
    const del = await db().delete(auditEvents).where(or(eq(auditEvents.id, event!.id), inArray(auditEvents.requestId, [requestId]))).catch((e: unknown) => e);
    expect(errorText(del)).toContain("audit_events is append-only");

    expect(await auditEventsOf(db(), requestId)).toEqual([event]);
  });
});
