import { and, eq, isNull, sql } from "drizzle-orm";
import { athletes, clinics, invites, memberships, users } from "@/db/schema";
import { checkPassword, passwordProblemMessages } from "@/server/domain/auth/password-policy";
import { DomainError } from "@/server/domain/errors";
import { inviteStatus, type InviteStatus } from "@/server/domain/invites/invite-rules";
import type { AcceptInviteInput, CreateAthleteInviteInput, InspectInviteInput, InviteIdInput } from "@/server/domain/invites/schemas";
import type { Keyed } from "@/server/domain/ids";
import type { ClinicianCtx, PublicCtx } from "../context";
import { issueInvite, resendLostInvite, type IssuedInvite } from "../engine/invites";
import { recordAudit } from "../infra/audit";
import { hashInviteToken } from "../infra/invite-tokens";
import { hashPassword } from "../infra/passwords";
import { findReplay, requestKeyOf } from "../infra/request-keys";
import { getAthleteOrThrow, getInviteOrThrow } from "../scope";

/** Invites an athlete to the portal: one open invite at a time, earlier links stop working. Once per request key. */
export async function createAthleteInvite(ctx: ClinicianCtx, input: Keyed<CreateAthleteInviteInput>): Promise<IssuedInvite> {
  const replayed = await findReplay(ctx, invites, input, { action: "invite.create", entity: "invite" });
  if (replayed) return resendLostInvite(ctx, replayed);
  const athlete = await invitableAthleteOrThrow(ctx, input.athleteId);
  return issueInvite(ctx, { kind: "athlete", athleteId: athlete.id, email: athlete.email, name: athlete.name }, requestKeyOf(input), "invite.create");
}

/** Withdraws a pending invite: its link then tells the person the invite was withdrawn. */
export async function revokeInvite(ctx: ClinicianCtx, input: InviteIdInput): Promise<{ inviteId: string; status: "withdrawn" }> {
  const invite = await getInviteOrThrow(ctx, input.inviteId);
  if (inviteStatus(invite, ctx.now) !== "usable") throw new DomainError("INVALID_STATE", "This invite is no longer pending");
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(invites)
      .set({ revokedAt: ctx.now, revokedReason: "withdrawn" })
      .where(and(eq(invites.id, invite.id), isNull(invites.usedAt), isNull(invites.revokedAt)))
      .returning({ id: invites.id });
    if (!row) throw new DomainError("CONFLICT", "This invite was accepted or replaced meanwhile; reload to see it");
    await recordAudit(tx, ctx, { action: "invite.revoke", entity: "invite", entityId: invite.id, athleteId: invite.athleteId });
  });
  return { inviteId: invite.id, status: "withdrawn" };
}

/** Sends a new link for an invite that was not accepted (pending or expired); the old link stops working. */
export async function resendInvite(ctx: ClinicianCtx, input: Keyed<InviteIdInput>): Promise<IssuedInvite> {
  const replayed = await findReplay(ctx, invites, input, { action: "invite.resend", entity: "invite" });
  if (replayed) return resendLostInvite(ctx, replayed);
  const invite = await getInviteOrThrow(ctx, input.inviteId);
  const status = inviteStatus(invite, ctx.now);
  if (status === "used") throw new DomainError("INVALID_STATE", "This invite was already accepted");
  if (status === "withdrawn" || status === "revoked") throw new DomainError("INVALID_STATE", "This invite was withdrawn or replaced; send a new invite instead");
  if (invite.kind === "athlete") await invitableAthleteOrThrow(ctx, invite.athleteId!);
  const person = { kind: invite.kind, athleteId: invite.athleteId, email: invite.email, name: invite.name };
  return issueInvite(ctx, person, requestKeyOf(input), "invite.resend");
}

/** An athlete who can be invited: active, with an email address, without a portal account yet. */
async function invitableAthleteOrThrow(ctx: ClinicianCtx, athleteId: string): Promise<{ id: string; email: string; name: string }> {
  const athlete = await getAthleteOrThrow(ctx, athleteId, { activeOnly: true });
  if (!athlete.email) throw new DomainError("INVALID_STATE", "Add the athlete's email address before inviting them");
  if (athlete.userId) throw new DomainError("INVALID_STATE", "The athlete already has a portal account");
  return { id: athlete.id, email: athlete.email, name: `${athlete.firstName} ${athlete.lastName}` };
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
  withdrawn: "This invite was withdrawn by the clinic; ask them if you still need access",
};


export type { IssuedInvite };
