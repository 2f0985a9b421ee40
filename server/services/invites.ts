import { and, eq, isNull, sql } from "drizzle-orm";
import { athletes, clinics, invites, memberships, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { checkPassword, passwordProblemMessages } from "@/server/domain/auth/password-policy";
import { DomainError } from "@/server/domain/errors";
import { inviteExpiry, inviteStatus, type InviteStatus } from "@/server/domain/invites/invite-rules";
import type { AcceptInviteInput, CreateAthleteInviteInput, InspectInviteInput } from "@/server/domain/invites/schemas";
import { recordAudit } from "./audit";
import type { ClinicianCtx, PublicCtx } from "./context";
import { hashInviteToken, newInviteToken } from "./invite-tokens";
import { sendInviteMail } from "./mailer";
import { hashPassword } from "./passwords";
import { getAthleteOrThrow } from "./scope";

export type IssuedInvite = {
  expiresAt: Date;
  emailed: boolean;
  /** Shown to the inviter only when no email was sent. */
  url: string | null;
};

/** Invites an athlete to the portal: one open invite at a time, earlier links stop working. */
export async function createAthleteInvite(ctx: ClinicianCtx, input: CreateAthleteInviteInput): Promise<IssuedInvite> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId, { activeOnly: true });
  if (!athlete.email) throw new DomainError("INVALID_STATE", "Add the athlete's email address before inviting them");
  if (athlete.userId) throw new DomainError("INVALID_STATE", "The athlete already has a portal account");
  const { token, tokenHash } = newInviteToken();
  const expiresAt = inviteExpiry(ctx.now);
  const name = `${athlete.firstName} ${athlete.lastName}`;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(invites)
      .set({ revokedAt: ctx.now })
      .where(and(eq(invites.athleteId, athlete.id), isNull(invites.usedAt), isNull(invites.revokedAt)));
    const [invite] = await tx
      .insert(invites)
      .values({
        clinicId: ctx.actor.clinicId, kind: "athlete", athleteId: athlete.id, email: athlete.email!, name,
        tokenHash, expiresAt, createdBy: ctx.actor.userId, createdAt: ctx.now,
      })
      .returning({ id: invites.id });
    await recordAudit(tx, ctx, { action: "invite.create", entity: "invite", entityId: invite!.id, athleteId: athlete.id });
  });
  return deliverInvite(ctx, { token, email: athlete.email, name, expiresAt });
}

/** Builds the link, mails it when SMTP is configured, and says whether the inviter must pass it on. */
export async function deliverInvite(
  ctx: PublicCtx & { actor: { clinicId: string } },
  invite: { token: string; email: string; name: string; expiresAt: Date },
): Promise<IssuedInvite> {
  const url = `${ctx.appUrl.replace(/\/$/, "")}/invite/${invite.token}`;
  const clinicName = await clinicNameOf(ctx.db, ctx.actor.clinicId);
  const { emailed } = await sendInviteMail({ to: invite.email, name: invite.name, clinicName, url, expiresAt: invite.expiresAt });
  return { expiresAt: invite.expiresAt, emailed, url: emailed ? null : url };
}

export type InviteInfo =
  | { status: "usable"; kind: "athlete" | "therapist"; name: string; email: string; clinicName: string; expiresAt: Date }
  | { status: Exclude<InviteStatus, "usable"> | "invalid" };

/** What the invite page shows before the person sets a password. */
export async function inspectInvite(ctx: PublicCtx, input: InspectInviteInput): Promise<InviteInfo> {
  const [row] = await ctx.db
    .select({ invite: invites, clinicName: clinics.name })
    .from(invites)
    .innerJoin(clinics, eq(clinics.id, invites.clinicId))
    .where(eq(invites.tokenHash, hashInviteToken(input.token)))
    .limit(1);
  if (!row) return { status: "invalid" };
  const status = inviteStatus(row.invite, ctx.now);
  if (status !== "usable") return { status };
  const { kind, name, email, expiresAt } = row.invite;
  return { status, kind, name, email, clinicName: row.clinicName, expiresAt };
}

/** Accepts an invite: creates the account with the chosen password and links it; the token is spent. */
export async function acceptInvite(ctx: PublicCtx, input: AcceptInviteInput): Promise<{ email: string; kind: "athlete" | "therapist" }> {
  const tokenHash = hashInviteToken(input.token);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    // Row lock: two concurrent accepts of one token cannot both succeed.
    const [invite] = await tx.select().from(invites).where(eq(invites.tokenHash, tokenHash)).for("update").limit(1);
    if (!invite) throw new DomainError("NOT_FOUND", "This invite link is not valid");
    const status = inviteStatus(invite, ctx.now);
    if (status !== "usable") throw new DomainError("INVALID_STATE", inviteStatusMessages[status]);
    const problems = checkPassword(input.password, invite.email);
    if (problems.length > 0) throw new DomainError("BAD_INPUT", passwordProblemMessages[problems[0]!]);
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, invite.email.toLowerCase())).limit(1);
    if (existing) throw new DomainError("CONFLICT", "An account with this email already exists; sign in instead");

    const [user] = await tx
      .insert(users)
      .values({ email: invite.email, name: invite.name, passwordHash, passwordChangedAt: ctx.now, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: users.id });
    if (invite.kind === "athlete") {
      const linked = await tx
        .update(athletes)
        .set({ userId: user!.id, updatedAt: ctx.now })
        .where(and(eq(athletes.id, invite.athleteId!), eq(athletes.clinicId, invite.clinicId), isNull(athletes.userId), isNull(athletes.archivedAt)))
        .returning({ id: athletes.id });
      if (linked.length === 0) throw new DomainError("INVALID_STATE", "This invite can no longer be used");
    } else {
      await tx.insert(memberships).values({ clinicId: invite.clinicId, userId: user!.id, role: "therapist" });
    }
    await tx.update(invites).set({ usedAt: ctx.now }).where(eq(invites.id, invite.id));
    await recordAudit(tx, { requestId: ctx.requestId, now: ctx.now }, {
      action: "invite.accept", entity: "invite", entityId: invite.id, athleteId: invite.athleteId,
      clinicId: invite.clinicId, actorUserId: user!.id,
    });
    return { email: invite.email, kind: invite.kind };
  });
}

const inviteStatusMessages: Record<Exclude<InviteStatus, "usable">, string> = {
  expired: "This invite link has expired; ask your clinic for a new one",
  used: "This invite link has already been used; sign in instead",
  revoked: "This invite link was replaced by a newer one",
};

async function clinicNameOf(db: DbOrTx, clinicId: string): Promise<string> {
  const [clinic] = await db.select({ name: clinics.name }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return clinic?.name ?? "Your clinic";
}
