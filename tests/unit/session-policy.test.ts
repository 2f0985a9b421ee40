import { describe, expect, it } from "vitest";
import type { Role } from "@/server/domain/access";
import { checkSession, sessionLimits, type SessionState, type SessionVerdict } from "@/server/domain/auth/session-policy";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const start = new Date("2026-04-01T08:00:00.000Z");
const t = (ms: number) => new Date(start.getTime() + ms);

/** A session created at `start`, last seen `lastSeen` ms later. */
const session = (over: Partial<SessionState> & { lastSeen?: number } = {}): SessionState => {
  const { lastSeen = 0, ...rest } = over;
  return { createdAt: start, lastSeenAt: t(lastSeen), revokedAt: null, userDisabledAt: null, passwordChangedAt: start, ...rest };
};

describe("session limits", () => {
  it("clinicians: 12 h absolute, 30 min idle; athletes: 30 days absolute, 14 days idle", () => {
    expect(sessionLimits).toEqual({
      owner: { absoluteMinutes: 12 * 60, idleMinutes: 30 },
      therapist: { absoluteMinutes: 12 * 60, idleMinutes: 30 },
      athlete: { absoluteMinutes: 30 * 24 * 60, idleMinutes: 14 * 24 * 60 },
    });
  });
});

describe.each<Role>(["owner", "therapist"])("checkSession for a %s", (role) => {
  it.each<[string, SessionState, Date, SessionVerdict]>([
    ["fresh", session(), t(0), "valid"],
    ["idle 30 min - 1 ms", session(), t(30 * MIN - 1), "valid"],
    ["idle exactly 30 min", session(), t(30 * MIN), "idle"],
    ["idle 31 min", session(), t(31 * MIN), "idle"],
    ["12 h - 1 ms old, seen just now", session({ lastSeen: 12 * HOUR - 2 }), t(12 * HOUR - 1), "valid"],
    ["exactly 12 h old, seen just now", session({ lastSeen: 12 * HOUR - 1 }), t(12 * HOUR), "expired"],
    ["13 h old, seen just now", session({ lastSeen: 13 * HOUR - 1 }), t(13 * HOUR), "expired"],
  ])("%s → %s", (_label, s, now, verdict) => {
    expect(checkSession(s, role, now)).toBe(verdict);
  });
});

describe("checkSession for an athlete", () => {
  it.each<[string, SessionState, Date, SessionVerdict]>([
    ["idle 31 min (a clinician would be signed out)", session(), t(31 * MIN), "valid"],
    ["12 h old (a clinician would be signed out)", session({ lastSeen: 12 * HOUR }), t(12 * HOUR), "valid"],
    ["idle 14 days - 1 ms", session(), t(14 * DAY - 1), "valid"],
    ["idle exactly 14 days", session(), t(14 * DAY), "idle"],
    ["30 days - 1 ms old, seen a day ago", session({ lastSeen: 29 * DAY }), t(30 * DAY - 1), "valid"],
    ["exactly 30 days old, seen a day ago", session({ lastSeen: 29 * DAY }), t(30 * DAY), "expired"],
  ])("%s → %s", (_label, s, now, verdict) => {
    expect(checkSession(s, "athlete", now)).toBe(verdict);
  });
});

describe.each<Role>(["owner", "therapist", "athlete"])("checkSession ends a %s's session on account events", (role) => {
  it.each<[string, SessionState, SessionVerdict]>([
    ["revoked", session({ revokedAt: t(MIN) }), "revoked"],
    ["user disabled", session({ userDisabledAt: t(MIN) }), "disabled"],
    ["password changed 1 ms after sign-in", session({ passwordChangedAt: t(1) }), "password-changed"],
    ["password changed at sign-in (invite acceptance)", session({ passwordChangedAt: start }), "valid"],
    ["password changed before sign-in", session({ passwordChangedAt: t(-DAY) }), "valid"],
    // Order of reasons: revoked beats disabled beats password change beats time limits.
    ["revoked and disabled", session({ revokedAt: t(MIN), userDisabledAt: t(MIN) }), "revoked"],
    ["disabled and password changed", session({ userDisabledAt: t(MIN), passwordChangedAt: t(MIN) }), "disabled"],
  ])("%s → %s", (_label, s, verdict) => {
    expect(checkSession(s, role, t(2 * MIN))).toBe(verdict);
  });

  it("password change beats expiry", () => {
    expect(checkSession(session({ passwordChangedAt: t(MIN) }), role, t(365 * DAY))).toBe("password-changed");
  });
});
