import { and, count, eq, gte, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { athletes, memberships, signInFailures, users, userSessions } from "@/db/schema";
import type { Actor, Role } from "@/server/domain/access";
import { checkSession } from "@/server/domain/auth/session-policy";
import { isThrottled, throttleWindowStart } from "@/server/domain/auth/throttle";
import { recordAudit } from "./audit";
import { verifyAgainstDummy, verifyPassword } from "./passwords";

/** What a sign-in runs with: the database, the clock reading and id of the request, the client address. */
type SignInCtx = { db: Db; now: Date; requestId: string; ip: string };

export type SignInResult = { ok: true; userId: string; sessionId: string; role: Role } | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks an email and password. Unknown email, wrong password and disabled account give the same
 * answer after the same work (one argon2 verify). Failures are throttled per account and per IP.
 */
export async function signInWithPassword(ctx: SignInCtx, input: { email: string; password: string }): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const accountKey = `account:${email}`;
  const ipKey = `ip:${ctx.ip}`;
  const audit = { requestId: ctx.requestId, now: ctx.now };
  const user = await findUserWithActor(ctx.db, email);

  const since = throttleWindowStart(ctx.now);
  const failures = await ctx.db
    .select({ key: signInFailures.key, n: count() })
    .from(signInFailures)
    .where(and(or(eq(signInFailures.key, accountKey), eq(signInFailures.key, ipKey)), gte(signInFailures.at, since)))
    .groupBy(signInFailures.key);
  const counts = {
    accountFailures: failures.find((f) => f.key === accountKey)?.n ?? 0,
    ipFailures: failures.find((f) => f.key === ipKey)?.n ?? 0,
  };
  if (isThrottled(counts)) {
    await verifyAgainstDummy(input.password);
    await recordAudit(ctx.db, audit, { action: "auth.signIn", outcome: "denied", actorUserId: user?.id, clinicId: user?.clinicId });
    return { ok: false, reason: "throttled" };
  }

  const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !passwordOk || user.disabledAt || !user.clinicId) {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(signInFailures).values([{ key: accountKey, at: ctx.now }, { key: ipKey, at: ctx.now }]);
      await recordAudit(tx, audit, { action: "auth.signIn", outcome: "failure", actorUserId: user?.id, clinicId: user?.clinicId });
    });
    return { ok: false, reason: "invalid" };
  }

  const sessionId = await ctx.db.transaction(async (tx) => {
    const [session] = await tx.insert(userSessions).values({ userId: user.id, createdAt: ctx.now, lastSeenAt: ctx.now }).returning({ id: userSessions.id });
    await recordAudit(tx, audit, { action: "auth.signIn", outcome: "success", actorUserId: user.id, clinicId: user.clinicId, entity: "session", entityId: session!.id });
    return session!.id;
  });
  return { ok: true, userId: user.id, sessionId, role: user.role };
}

/** The actor behind a session id, or null when the session is over (revoked, disabled, idle, expired). */
export async function resolveSessionActor(db: Db, sessionId: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select({
      session: userSessions,
      user: { id: users.id, disabledAt: users.disabledAt, passwordChangedAt: users.passwordChangedAt },
      membership: { clinicId: memberships.clinicId, role: memberships.role },
      athlete: { id: athletes.id, clinicId: athletes.clinicId, archivedAt: athletes.archivedAt },
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(athletes, eq(athletes.userId, users.id))
    .where(eq(userSessions.id, sessionId))
    .limit(1);
  if (!row) return null;
  const actor: Actor | null = row.membership
    ? { kind: "clinician", userId: row.user.id, clinicId: row.membership.clinicId, role: row.membership.role }
    : row.athlete && !row.athlete.archivedAt
      ? { kind: "athlete", userId: row.user.id, clinicId: row.athlete.clinicId, athleteId: row.athlete.id }
      : null;
  if (!actor) return null;
  const verdict = checkSession(
    { ...row.session, userDisabledAt: row.user.disabledAt, passwordChangedAt: row.user.passwordChangedAt },
    actor.kind === "athlete" ? "athlete" : actor.role,
    now,
  );
  if (verdict !== "valid") return null;
  // Idle time is tracked to the minute; writing on every request would only add load.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await db.update(userSessions).set({ lastSeenAt: now }).where(eq(userSessions.id, sessionId));
  }
  return actor;
}

/** Ends one session (sign-out). */
export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.update(userSessions).set({ revokedAt: now }).where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

type UserWithActor = {
  id: string;
  passwordHash: string;
  disabledAt: Date | null;
  clinicId: string | null;
  role: Role;
};

async function findUserWithActor(db: Db, email: string): Promise<UserWithActor | undefined> {
  const [row] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      clinicId: sql<string | null>`coalesce(${memberships.clinicId}, ${athletes.clinicId})`,
      athleteArchivedAt: athletes.archivedAt,
      clinicianRole: memberships.role,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(athletes, eq(athletes.userId, users.id))
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  if (!row) return undefined;
  // An archived athlete keeps the account but may not use the portal.
  const { athleteArchivedAt, clinicianRole, ...user } = row;
  return { ...user, role: clinicianRole ?? "athlete", clinicId: athleteArchivedAt ? null : row.clinicId };
}
