/** Invite links: single use, valid for a limited time. */
export const INVITE_VALID_DAYS = 7;

/** Why a link stopped working before it was used: a newer link replaced it, or the clinic withdrew it. */
export type RevokedReason = "replaced" | "withdrawn";

export type InviteState = { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null; revokedReason?: RevokedReason | null };
export type InviteStatus = "usable" | "expired" | "used" | "revoked" | "withdrawn";

/** Expiry of an invite created at `now`. */
export function inviteExpiry(now: Date, days = INVITE_VALID_DAYS): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60_000);
}

/** Whether an invite can still be accepted at `now`; used beats revoked (replaced or withdrawn) beats expired. */
export function inviteStatus(invite: InviteState, now: Date): InviteStatus {
  if (invite.usedAt) return "used";
  if (invite.revokedAt) return invite.revokedReason === "withdrawn" ? "withdrawn" : "revoked";
  if (now.getTime() >= invite.expiresAt.getTime()) return "expired";
  return "usable";
}
