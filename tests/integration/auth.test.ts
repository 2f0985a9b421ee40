import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { eq, sql } from "drizzle-orm";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { signInFailures, users, userSessions } from "@/db/schema";
import { appRouter } from "@/server/api/root";
import type { Actor } from "@/server/domain/access";
import { resolveSessionActor, revokeSession, signInWithPassword } from "@/server/services/infra/sessions";
import { auditEventsOf } from "../helpers/audit";
import { callerFor, later, minutes, publicCtx, uniqueIp } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, TEST_PASSWORD, unique } from "../helpers/factories";

const db = useTestDb();

const signIn = (email: string, password: string, over: { now?: Date; ip?: string; requestId?: string } = {}) =>
  signInWithPassword(publicCtx(db(), over), { email, password });

/** Signs in (at `now`) and returns the new session's id. */
async function startSession(email: string, now = new Date(), password = TEST_PASSWORD): Promise<string> {
  const result = await signIn(email, password, { now });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.sessionId;
}

const withoutEmail = ({ email: _email, ...actor }: Actor & { email?: string | null }) => actor;

describe("signInWithPassword", () => {
  it("signs in with the right password: a session row and a success audit event", async () => {
    const fx = await createClinicFixture(db());
    const requestId = randomUUID();
    const result = await signIn(fx.therapist.email, TEST_PASSWORD, { requestId });
    expect(result).toMatchObject({ ok: true, userId: fx.therapist.userId, sessionId: expect.any(String) });
    const sessionId = (result as { sessionId: string }).sessionId;

    const [session] = await db().select().from(userSessions).where(eq(userSessions.id, sessionId));
    expect(session).toMatchObject({ userId: fx.therapist.userId, revokedAt: null });
    expect(await auditEventsOf(db(), requestId)).toEqual([
      expect.objectContaining({ action: "auth.signIn", outcome: "success", actorUserId: fx.therapist.userId, clinicId: fx.clinicId, entity: "session", entityId: sessionId }),
    ]);
  });

  it("ignores case and surrounding spaces in the email", async () => {
    const fx = await createClinicFixture(db());
    expect(await signIn(`  ${fx.owner.email.toUpperCase()} `, TEST_PASSWORD)).toMatchObject({ ok: true, userId: fx.owner.userId });
  });

  it("answers an unknown email and a wrong password the same way, and audits both as failures", async () => {
    const fx = await createClinicFixture(db());
    const unknownId = randomUUID();
    const wrongId = randomUUID();
    const unknown = await signIn(`${unique("nobody")}@test.clinic`, TEST_PASSWORD, { requestId: unknownId });
    const wrong = await signIn(fx.therapist.email, "not-the-password-at-all", { requestId: wrongId });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
    expect(await auditEventsOf(db(), unknownId)).toEqual([
      expect.objectContaining({ action: "auth.signIn", outcome: "failure", actorUserId: null, clinicId: null }),
    ]);
    expect(await auditEventsOf(db(), wrongId)).toEqual([
      expect.objectContaining({ action: "auth.signIn", outcome: "failure", actorUserId: fx.therapist.userId, clinicId: fx.clinicId }),
    ]);
  });

  it("after 5 failures for one account, the 6th attempt is throttled even with the right password", async () => {
    const fx = await createClinicFixture(db());
    const email = fx.therapist.email;
    const now = new Date();
    // A different address each time: this is the per-account limit, not the per-address one.
    for (let i = 0; i < 5; i++) {
      expect(await signIn(email, `wrong-password-${i}`, { now, ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
    }
    const requestId = randomUUID();
    expect(await signIn(email, TEST_PASSWORD, { now, ip: uniqueIp(), requestId })).toEqual({ ok: false, reason: "throttled" });
    expect(await auditEventsOf(db(), requestId)).toEqual([expect.objectContaining({ action: "auth.signIn", outcome: "denied", actorUserId: fx.therapist.userId })]);

    // The counter lives in the database, so every app server sees it.
    const [failures] = await db().select({ n: sql<number>`count(*)::int` }).from(signInFailures).where(eq(signInFailures.key, `account:${email}`));
    expect(failures!.n).toBe(5);

    // The window is 15 minutes: still throttled at its edge, free just after.
    expect(await signIn(email, TEST_PASSWORD, { now: later(now, minutes(15)), ip: uniqueIp() })).toEqual({ ok: false, reason: "throttled" });
    expect(await signIn(email, TEST_PASSWORD, { now: later(now, minutes(15) + 1), ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it("after 30 failures from one address, that address is throttled for every account", async () => {
    const fx = await createClinicFixture(db());
    const ip = uniqueIp();
    const now = new Date();
    for (let i = 0; i < 30; i++) await signIn(`${unique("spray")}@test.clinic`, "guess-guess-guess", { now, ip });
    expect(await signIn(fx.owner.email, TEST_PASSWORD, { now, ip })).toEqual({ ok: false, reason: "throttled" });
    expect(await signIn(fx.owner.email, TEST_PASSWORD, { now, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it("refuses a disabled clinician and an archived athlete, with the same answer as a wrong password", async () => {
    const fx = await createClinicFixture(db());
    await callerFor(db(), fx.owner).clinic.setUserDisabled({ userId: fx.therapist.userId, disabled: true });
    await callerFor(db(), fx.owner).athlete.archive({ athleteId: fx.athlete.athlete.id });
    expect(await signIn(fx.therapist.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(fx.athlete.email!, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(fx.otherAthlete.email!, TEST_PASSWORD)).toMatchObject({ ok: true });
  });
});

describe("resolveSessionActor", () => {
  it("returns the actor behind a live session", async () => {
    const fx = await createClinicFixture(db());
    const now = new Date();
    expect(await resolveSessionActor(db(), await startSession(fx.therapist.email, now), now)).toEqual(withoutEmail(fx.therapist));
    expect(await resolveSessionActor(db(), await startSession(fx.owner.email, now), now)).toEqual(withoutEmail(fx.owner));
    expect(await resolveSessionActor(db(), await startSession(fx.athlete.email!, now), now)).toEqual(fx.athlete.actor);
    expect(await resolveSessionActor(db(), randomUUID(), now)).toBeNull();
  });

  it("is null once the owner disables the user, and stays null after re-enabling", async () => {
    const fx = await createClinicFixture(db());
    const sessionId = await startSession(fx.therapist.email);
    const owner = callerFor(db(), fx.owner);
    await owner.clinic.setUserDisabled({ userId: fx.therapist.userId, disabled: true });
    expect(await resolveSessionActor(db(), sessionId, new Date())).toBeNull();
    await owner.clinic.setUserDisabled({ userId: fx.therapist.userId, disabled: false });
    expect(await resolveSessionActor(db(), sessionId, new Date())).toBeNull();
    expect(await resolveSessionActor(db(), await startSession(fx.therapist.email), new Date())).toMatchObject({ userId: fx.therapist.userId });
  });

  it("an owner cannot disable themselves", async () => {
    const fx = await createClinicFixture(db());
    await expect(callerFor(db(), fx.owner).clinic.setUserDisabled({ userId: fx.owner.userId, disabled: true })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("is null after a password change; only the new password signs in", async () => {
    const fx = await createClinicFixture(db());
    const sessionId = await startSession(fx.athlete.email!);
    const newPassword = "a brand new passphrase 42";
    expect(await callerFor(db(), fx.athlete.actor).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword })).toEqual({ signedOut: true });
    expect(await resolveSessionActor(db(), sessionId, new Date())).toBeNull();
    expect(await signIn(fx.athlete.email!, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await resolveSessionActor(db(), await startSession(fx.athlete.email!, new Date(), newPassword), new Date())).toEqual(fx.athlete.actor);
  });

  it("a password change needs the current password, and a refused attempt is audited", async () => {
    const fx = await createClinicFixture(db());
    const requestId = randomUUID();
    const api = callerFor(db(), fx.therapist, new Date(), { requestId });
    await expect(api.account.changePassword({ currentPassword: "not-my-password", newPassword: "a brand new passphrase 42" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await auditEventsOf(db(), requestId)).toEqual([expect.objectContaining({ action: "account.changePassword", outcome: "failure", actorUserId: fx.therapist.userId })]);
    expect(await signIn(fx.therapist.email, TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it("is null after sign-out (revokeSession)", async () => {
    const fx = await createClinicFixture(db());
    const sessionId = await startSession(fx.owner.email);
    await revokeSession(db(), sessionId, new Date());
    expect(await resolveSessionActor(db(), sessionId, new Date())).toBeNull();
  });

  it("a clinician session ends after 30 minutes idle", async () => {
    const fx = await createClinicFixture(db());
    const now = new Date();
    const active = await startSession(fx.therapist.email, now);
    expect(await resolveSessionActor(db(), active, later(now, minutes(29)))).toMatchObject({ userId: fx.therapist.userId });
    const idle = await startSession(fx.therapist.email, now);
    expect(await resolveSessionActor(db(), idle, later(now, minutes(31)))).toBeNull();
  });

  it("a clinician session ends 12 hours after sign-in even when used every 20 minutes", async () => {
    const fx = await createClinicFixture(db());
    const now = new Date();
    const sessionId = await startSession(fx.therapist.email, now);
    for (let m = 20; m < 12 * 60; m += 20) {
      expect(await resolveSessionActor(db(), sessionId, later(now, minutes(m))), `at +${m} min`).not.toBeNull();
    }
    expect(await resolveSessionActor(db(), sessionId, later(now, minutes(12 * 60)))).toBeNull();
  });

  it("an athlete session survives 31 minutes idle and 13 hours", async () => {
    const fx = await createClinicFixture(db());
    const now = new Date();
    const sessionId = await startSession(fx.athlete.email!, now);
    expect(await resolveSessionActor(db(), sessionId, later(now, minutes(31)))).toEqual(fx.athlete.actor);
    expect(await resolveSessionActor(db(), sessionId, later(now, minutes(13 * 60)))).toEqual(fx.athlete.actor);
  });

  it("an athlete session ends when the athlete is archived", async () => {
    const fx = await createClinicFixture(db());
    const sessionId = await startSession(fx.athlete.email!);
    await callerFor(db(), fx.owner).athlete.archive({ athleteId: fx.athlete.athlete.id });
    expect(await resolveSessionActor(db(), sessionId, new Date())).toBeNull();
  });
});

describe("clinic.signUp", () => {
  const signUpInput = (over: Partial<{ email: string; password: string }> = {}) => ({
    clinicName: unique("Harbour Physio"), ownerName: "Ola Owner", email: `${unique("owner")}@test.clinic`, password: "a brand new passphrase 42", ...over,
  });

  it("creates a clinic whose owner signs in to an empty caseload", async () => {
    const input = signUpInput();
    const requestId = randomUUID();
    const created = await callerFor(db(), null, new Date(), { requestId }).clinic.signUp(input);
    expect(created).toEqual({ clinicId: expect.any(String), email: input.email });

    const owner = await resolveSessionActor(db(), await startSession(input.email, new Date(), input.password), new Date());
    expect(owner).toEqual({ kind: "clinician", userId: expect.any(String), clinicId: created.clinicId, role: "owner" });
    expect(await callerFor(db(), owner).athlete.list()).toEqual([]);
    expect((await callerFor(db(), owner).clinic.team()).members).toEqual([
      { userId: owner!.userId, name: "Ola Owner", email: input.email, role: "owner", disabled: false },
    ]);
    expect(await auditEventsOf(db(), requestId)).toEqual([
      expect.objectContaining({ action: "clinic.signUp", outcome: "success", clinicId: created.clinicId, actorUserId: owner!.userId }),
    ]);
  });

  it("refuses an email that already has an account (any case): CONFLICT", async () => {
    const input = signUpInput();
    await callerFor(db(), null).clinic.signUp(input);
    await expect(callerFor(db(), null).clinic.signUp({ ...signUpInput(), email: input.email })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callerFor(db(), null).clinic.signUp({ ...signUpInput(), email: input.email.toUpperCase() })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a weak password: BAD_REQUEST carrying the zod issues", async () => {
    const input = signUpInput({ password: "short" });
    const error = await callerFor(db(), null).clinic.signUp(input).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect((error as { cause?: unknown }).cause).toBeInstanceOf(ZodError);
    expect(await db().select().from(users).where(eq(users.email, input.email))).toEqual([]);
  });

  it("over HTTP, a weak password comes back as 400 with zodError field messages and nothing internal", async () => {
    const input = signUpInput({ password: "password1234" });
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost:3000/api/trpc/clinic.signUp", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize(input)),
      }),
      router: appRouter,
      createContext: () => ({ ...publicCtx(db()), actor: null }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: Parameters<typeof superjson.deserialize>[0] };
    const shape = superjson.deserialize(body.error) as { message: string; data: Record<string, unknown> & { zodError: { fieldErrors: Record<string, string[]> } } };
    expect(shape.message).toBe("Please correct the highlighted fields");
    expect(shape.data.zodError.fieldErrors).toEqual({ password: ["This password is too common"] });
    expect(Object.keys(shape.data).sort()).toEqual(["code", "httpStatus", "path", "zodError"]);
  });

  it("refuses a password that contains the email: BAD_REQUEST", async () => {
    const email = `${unique("sunnyvale")}@test.clinic`;
    await expect(callerFor(db(), null).clinic.signUp(signUpInput({ email, password: `x-${email.split("@")[0]}-x` }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db().select().from(users).where(eq(users.email, email))).toEqual([]);
  });
});
