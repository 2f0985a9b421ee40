import type { Role } from "../access";

/** Clinician sessions: 12 h absolute, 30 min idle (shared workstations). Athletes stay signed in longer on their own phone. */
export const sessionLimits: Record<Role, { absoluteMinutes: number; idleMinutes: number }> = {
  owner: { absoluteMinutes: 12 * 60, idleMinutes: 30 },
  therapist: { absoluteMinutes: 12 * 60, idleMinutes: 30 },
  athlete: { absoluteMinutes: 30 * 24 * 60, idleMinutes: 14 * 24 * 60 },
};

export type SessionState = {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  userDisabledAt: Date | null;
  passwordChangedAt: Date;
};

export type SessionVerdict = "valid" | "revoked" | "disabled" | "password-changed" | "expired" | "idle";

/** Whether a server-side session may still be used at `now`. */
export function checkSession(s: SessionState, role: Role, now: Date): SessionVerdict {
  if (s.revokedAt) return "revoked";
  if (s.userDisabledAt) return "disabled";
  if (s.passwordChangedAt.getTime() > s.createdAt.getTime()) return "password-changed";
  const limits = sessionLimits[role];
  if (now.getTime() - s.createdAt.getTime() >= limits.absoluteMinutes * 60_000) return "expired";
  if (now.getTime() - s.lastSeenAt.getTime() >= limits.idleMinutes * 60_000) return "idle";
  return "valid";
}
