import { createHash, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { athletes, invites, memberships } from "@/db/schema";
import { resolveSessionActor, signInWithPassword } from "@/server/services/infra/sessions";
import { auditEventsOf } from "../helpers/audit";
import { callerFor, days, later, publicCtx } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createAthleteRecord, createClinicFixture, unique } from "../helpers/factories";
import { inviteNewAthlete, quietInviteLinks, tokenFromInvite } from "../helpers/invites";

const db = useTestDb();
quietInviteLinks();

const NEW_PASSWORD = "stride-long-and-steady-7";
const anonymous = (now?: Date) => callerFor(db(), null, now);

/** Signs in with the given password and returns the actor behind the new session. */
async function signInAs(email: string, password: string) {
  const result = await signInWithPassword(publicCtx(db()), { email, password });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return resolveSessionActor(db(), result.sessionId, new Date());
}

describe("athlete invites", () => {
  it("a therapist invites an athlete; the link is shown once no mail is configured, and the invite is usable", async () => {
    const fx = await createClinicFixture(db());
    const now = new Date();
    const { athlete, email, issued, token } = await inviteNewAthlete(db(), fx.therapist, now);

    expect(issued).toEqual({ inviteId: expect.any(String), emailed: false, url: `http://localhost:3000/invite/${token}`, expiresAt: later(now, days(7)) });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await anonymous().invite.inspect({ token })).toEqual({
      status: "usable", kind: "athlete", name: `${athlete.firstName} ${athlete.lastName}`, email,
      clinicName: expect.any(String), expiresAt: later(now, days(7)),
    });
    const detail = await callerFor(db(), fx.therapist).athlete.get({ athleteId: athlete.id });
    expect(detail.pendingInviteExpiresAt).toEqual(later(now, days(7)));
  });

  it("accepting with a password creates the account, links the athlete, and that password signs in as the athlete", async () => {
    const fx = await createClinicFixture(db());
    const { athlete, email, token } = await inviteNewAthlete(db(), fx.therapist);

    const requestId = crypto.randomUUID();
    const accepted = await callerFor(db(), null, new Date(), { requestId }).invite.accept({ token, password: NEW_PASSWORD });
    expect(accepted).toEqual({ email, kind: "athlete" });

    const [linked] = await db().select().from(athletes).where(eq(athletes.id, athlete.id));
    expect(linked!.userId).toEqual(expect.any(String));
    const actor = await signInAs(email, NEW_PASSWORD);
    expect(actor).toEqual({ kind: "athlete", userId: linked!.userId, clinicId: fx.clinicId, athleteId: athlete.id });
    expect((await callerFor(db(), actor).portal.profile()).lastName).toBe(athlete.lastName);

    expect(await auditEventsOf(db(), requestId)).toEqual([
      expect.objectContaining({ action: "invite.accept", outcome: "success", actorUserId: linked!.userId, clinicId: fx.clinicId, athleteId: athlete.id }),
    ]);
    expect((await callerFor(db(), fx.therapist).athlete.get({ athleteId: athlete.id })).hasPortalAccount).toBe(true);
  });

  it("a token works once: the second accept is refused", async () => {
    const fx = await createClinicFixture(db());
    const { token } = await inviteNewAthlete(db(), fx.therapist);
    await anonymous().invite.accept({ token, password: NEW_PASSWORD });
    await expect(anonymous().invite.accept({ token, password: "another-good-passphrase" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await anonymous().invite.inspect({ token })).toEqual({ status: "used" });
  });

  it("a new invite revokes the previous one", async () => {
    const fx = await createClinicFixture(db());
    const invitee = await createAthleteRecord(db(), fx.therapist);
    const api = callerFor(db(), fx.therapist);
    const first = tokenFromInvite(await api.invite.create({ requestKey: randomUUID(), athleteId: invitee.athlete.id }));
    const second = tokenFromInvite(await api.invite.create({ requestKey: randomUUID(), athleteId: invitee.athlete.id }));

    expect(await anonymous().invite.inspect({ token: first })).toEqual({ status: "revoked" });
    await expect(anonymous().invite.accept({ token: first, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await anonymous().invite.inspect({ token: second })).toMatchObject({ status: "usable" });
    await expect(anonymous().invite.accept({ token: second, password: NEW_PASSWORD })).resolves.toMatchObject({ kind: "athlete" });
  });

  it("an invite expires after 7 days", async () => {
    const fx = await createClinicFixture(db());
    const now = new Date();
    const { token } = await inviteNewAthlete(db(), fx.therapist, now);
    const expiry = later(now, days(7));

    expect(await anonymous(new Date(expiry.getTime() - 1)).invite.inspect({ token })).toMatchObject({ status: "usable" });
    expect(await anonymous(expiry).invite.inspect({ token })).toEqual({ status: "expired" });
    const eightDaysLater = callerFor(db(), null, new Date(Date.now() + 8 * 864e5));
    expect(await eightDaysLater.invite.inspect({ token })).toEqual({ status: "expired" });
    await expect(eightDaysLater.invite.accept({ token, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("stores only the SHA-256 of the token", async () => {
    const fx = await createClinicFixture(db());
    const { athlete, token } = await inviteNewAthlete(db(), fx.therapist);
    const rows = await db().select().from(invites).where(eq(invites.athleteId, athlete.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toBe(token);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows[0])).not.toContain(token);
  });

  it("an unknown token is invalid", async () => {
    const token = "A".repeat(43);
    expect(await anonymous().invite.inspect({ token })).toEqual({ status: "invalid" });
    await expect(anonymous().invite.accept({ token, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a password containing the invited email, and the invite stays usable", async () => {
    const fx = await createClinicFixture(db());
    const { email, token } = await inviteNewAthlete(db(), fx.therapist);
    const local = email.split("@")[0]!;
    await expect(anonymous().invite.accept({ token, password: `my-${local}-pw` })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await anonymous().invite.inspect({ token })).toMatchObject({ status: "usable" });
  });

  it("refuses when an account with that email already exists", async () => {
    const fx = await createClinicFixture(db());
    const invitee = await createAthleteRecord(db(), fx.therapist, { fields: { email: fx.otherTherapist.email } });
    const token = tokenFromInvite(await callerFor(db(), fx.therapist).invite.create({ requestKey: randomUUID(), athleteId: invitee.athlete.id }));
    await expect(anonymous().invite.accept({ token, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("cannot invite an athlete without an email, or one who already has an account", async () => {
    const fx = await createClinicFixture(db());
    const noEmail = await createAthleteRecord(db(), fx.therapist, { fields: { email: null } });
    const api = callerFor(db(), fx.therapist);
    await expect(api.invite.create({ requestKey: randomUUID(), athleteId: noEmail.athlete.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(api.invite.create({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("archiving the athlete withdraws the open invite", async () => {
    const fx = await createClinicFixture(db());
    const { athlete, token } = await inviteNewAthlete(db(), fx.therapist);
    await callerFor(db(), fx.therapist).athlete.archive({ athleteId: athlete.id });
    expect(await anonymous().invite.inspect({ token })).toEqual({ status: "withdrawn" });
    await expect(anonymous().invite.accept({ token, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });
});

describe("therapist invites", () => {
  it("an owner invites a therapist; accepting creates a therapist membership of that clinic", async () => {
    const fx = await createClinicFixture(db());
    const owner = callerFor(db(), fx.owner);
    const email = `${unique("new-therapist")}@test.clinic`;
    const token = tokenFromInvite(await owner.clinic.addTherapist({ requestKey: randomUUID(), name: "Toni Tendon", email }));

    expect((await owner.clinic.team()).pendingInvites).toEqual([expect.objectContaining({ name: "Toni Tendon", email })]);
    expect(await anonymous().invite.inspect({ token })).toMatchObject({ status: "usable", kind: "therapist", name: "Toni Tendon", email });
    expect(await anonymous().invite.accept({ token, password: NEW_PASSWORD })).toEqual({ email, kind: "therapist" });

    const actor = await signInAs(email, NEW_PASSWORD);
    expect(actor).toMatchObject({ kind: "clinician", clinicId: fx.clinicId, role: "therapist" });
    const [membership] = await db().select().from(memberships).where(and(eq(memberships.userId, actor!.userId), eq(memberships.clinicId, fx.clinicId)));
    expect(membership!.role).toBe("therapist");

    const team = await owner.clinic.team();
    expect(team.pendingInvites).toEqual([]);
    expect(team.members).toContainEqual({ userId: actor!.userId, name: "Toni Tendon", email, role: "therapist", disabled: false });
  });

  it("a therapist invite for an email that already has an account is a conflict", async () => {
    const fx = await createClinicFixture(db());
    await expect(callerFor(db(), fx.owner).clinic.addTherapist({ requestKey: randomUUID(), name: "Dup", email: fx.therapist.email.toUpperCase() })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("an expired therapist invite is no longer listed as pending", async () => {
    const fx = await createClinicFixture(db());
    await callerFor(db(), fx.owner).clinic.addTherapist({ requestKey: randomUUID(), name: "Late Larkin", email: `${unique("late")}@test.clinic` });
    const eightDaysLater = callerFor(db(), fx.owner, new Date(Date.now() + 8 * 864e5));
    expect((await eightDaysLater.clinic.team()).pendingInvites).toEqual([]);
  });
});
