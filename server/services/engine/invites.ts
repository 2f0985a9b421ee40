import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { clinics, invites } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { inviteExpiry, inviteStatus, type InviteStatus } from "@/server/domain/invites/invite-rules";
import type { ClinicianCtx, PublicCtx } from "../context";
import { recordAudit } from "../infra/audit";
import { newInviteToken } from "../infra/invite-tokens";
import { sendInviteMail } from "../infra/mailer";
import { storeKeyed, type RequestKeyValues } from "../infra/request-keys";
import { getInviteOrThrow } from "../scope";

export type IssuedInvite = {
  inviteId: string;
  expiresAt: Date;
  emailed: boolean;
  /** Shown to the inviter only when no email was sent. */
  url: string | null;
};

type NewInvite = { kind: "athlete" | "therapist"; athleteId: string | null; email: string; name: string };

/** Stores a new invite under the request key, replacing the person's open ones, and delivers its link. */
export async function issueInvite(ctx: ClinicianCtx, person: NewInvite, key: RequestKeyValues, action: string): Promise<IssuedInvite> {
  const { token, tokenHash } = newInviteToken();
  const expiresAt = inviteExpiry(ctx.now);
  const inviteId = randomUUID();
  const openOfPerson = person.athleteId
    ? eq(invites.athleteId, person.athleteId)
    : and(eq(invites.kind, "therapist"), eq(invites.email, person.email));
  const storedId = await storeKeyed(ctx, invites, key, async (tx) => {
    await tx
      .update(invites)
      .set({ revokedAt: ctx.now, revokedReason: "replaced" })
      .where(and(eq(invites.clinicId, ctx.actor.clinicId), openOfPerson, isNull(invites.usedAt), isNull(invites.revokedAt)));
    await tx.insert(invites).values({
      id: inviteId, clinicId: ctx.actor.clinicId, ...person, tokenHash, expiresAt, createdBy: ctx.actor.userId, createdAt: ctx.now, ...key,
    });
    await recordAudit(tx, ctx, { action, entity: "invite", entityId: inviteId, athleteId: person.athleteId });
    return inviteId;
  });
  // A concurrent send of the same request stored its invite first: answer with that one.
  if (storedId !== inviteId) return resendLostInvite(ctx, storedId);
  return deliverInvite(ctx, { id: inviteId, token, email: person.email, name: person.name, expiresAt });
}

/**
 * The answer to a resent create whose first answer was lost. Only the hash of the first link is
 * stored, so it cannot be shown again: the same invite gets a fresh link (the first one stops
 * working) instead of a second invite.
 */
export async function resendLostInvite(ctx: ClinicianCtx, inviteId: string): Promise<IssuedInvite> {
  const invite = await getInviteOrThrow(ctx, inviteId);
  const status = inviteStatus(invite, ctx.now);
  if (status !== "usable") throw new DomainError("INVALID_STATE", reissueProblems[status]);
  const { token, tokenHash } = newInviteToken();
  await ctx.db.update(invites).set({ tokenHash }).where(and(eq(invites.id, invite.id), isNull(invites.usedAt), isNull(invites.revokedAt)));
  return deliverInvite(ctx, { id: invite.id, token, email: invite.email, name: invite.name, expiresAt: invite.expiresAt });
}

const reissueProblems: Record<Exclude<InviteStatus, "usable">, string> = {
  expired: "This invite has expired; resend it",
  used: "This invite was already accepted",
  revoked: "This invite was replaced by a newer one",
  withdrawn: "This invite was withdrawn",
};

/** Builds the link, mails it when SMTP is configured, and says whether the inviter must pass it on. */
async function deliverInvite(
  ctx: PublicCtx & { actor: { clinicId: string } },
  invite: { id: string; token: string; email: string; name: string; expiresAt: Date },
): Promise<IssuedInvite> {
  const url = `${ctx.appUrl.replace(/\/$/, "")}/invite/${invite.token}`;
  const clinicName = await clinicNameOf(ctx.db, ctx.actor.clinicId);
  const { emailed } = await sendInviteMail({ to: invite.email, name: invite.name, clinicName, url, expiresAt: invite.expiresAt });
  return { inviteId: invite.id, expiresAt: invite.expiresAt, emailed, url: emailed ? null : url };
}

async function clinicNameOf(db: DbOrTx, clinicId: string): Promise<string> {
  const [clinic] = await db.select({ name: clinics.name }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return clinic?.name ?? "Your clinic";
}
