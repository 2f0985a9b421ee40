import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { clinics, clinicSettings, invites, memberships, users, userSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { checkPassword, passwordProblemMessages } from "@/server/domain/auth/password-policy";
import type { AddTherapistInput, SetUserDisabledInput, SignUpClinicInput, UpdateClinicDetailsInput } from "@/server/domain/clinics/schemas";
import { DomainError } from "@/server/domain/errors";
import type { Keyed } from "@/server/domain/ids";
import { recordAudit } from "../infra/audit";
import type { ClinicianCtx, PublicCtx } from "../context";
import { issueInvite, resendLostInvite, type IssuedInvite } from "../engine/invites";
import { findReplay, requestKeyOf } from "../infra/request-keys";
import { hashPassword } from "../infra/passwords";
import { getClinicMemberOrThrow } from "../scope";

/** A new clinic with its owner and its settings (R10 defaults); the owner signs in next. */
export async function signUpClinic(ctx: PublicCtx, input: SignUpClinicInput): Promise<{ clinicId: string; email: string }> {
  const problems = checkPassword(input.password, input.email);
  if (problems.length > 0) throw new DomainError("BAD_INPUT", passwordProblemMessages[problems[0]!]);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if (await emailTaken(tx, input.email)) throw new DomainError("CONFLICT", "An account with this email already exists; sign in instead");
    const [clinic] = await tx.insert(clinics).values({ name: input.clinicName, createdAt: ctx.now, updatedAt: ctx.now }).returning({ id: clinics.id });
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.ownerName, passwordHash, passwordChangedAt: ctx.now, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: users.id });
    await tx.insert(memberships).values({ clinicId: clinic!.id, userId: user!.id, role: "owner" });
    await tx.insert(clinicSettings).values({ clinicId: clinic!.id, updatedAt: ctx.now });
    await recordAudit(tx, { requestId: ctx.requestId, now: ctx.now }, {
      action: "clinic.signUp", entity: "clinic", entityId: clinic!.id, clinicId: clinic!.id, actorUserId: user!.id,
    });
    return { clinicId: clinic!.id, email: input.email };
  });
}

export type TeamMember = { userId: string; name: string; email: string; role: "owner" | "therapist"; disabled: boolean };
export type PendingTherapistInvite = { id: string; name: string; email: string; expiresAt: Date };

/** The clinic's clinicians and their open invites. */
export async function listTeam(ctx: ClinicianCtx): Promise<{ members: TeamMember[]; pendingInvites: PendingTherapistInvite[] }> {
  const members = await ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, disabledAt: users.disabledAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.clinicId, ctx.actor.clinicId))
    .orderBy(asc(users.name));
  const pendingInvites = await ctx.db
    .select({ id: invites.id, name: invites.name, email: invites.email, expiresAt: invites.expiresAt })
    .from(invites)
    .where(and(eq(invites.clinicId, ctx.actor.clinicId), eq(invites.kind, "therapist"), isNull(invites.usedAt), isNull(invites.revokedAt), gt(invites.expiresAt, ctx.now)))
    .orderBy(asc(invites.name));
  return {
    members: members.map(({ disabledAt, ...m }) => ({ ...m, disabled: disabledAt !== null })),
    pendingInvites,
  };
}

/** Invites a therapist to the owner's clinic; they set their own password from the link. Once per request key. */
export async function addTherapist(ctx: ClinicianCtx, input: Keyed<AddTherapistInput>): Promise<IssuedInvite> {
  const replayed = await findReplay(ctx, invites, input, { action: "team.invite", entity: "invite" });
  if (replayed) return resendLostInvite(ctx, replayed);
  if (await emailTaken(ctx.db, input.email)) throw new DomainError("CONFLICT", "An account with this email already exists");
  return issueInvite(ctx, { kind: "therapist", athleteId: null, email: input.email, name: input.name }, requestKeyOf(input), "team.invite");
}

/** Disables or re-enables a clinician; disabling ends their sessions on their next request. */
export async function setUserDisabled(ctx: ClinicianCtx, input: SetUserDisabledInput): Promise<TeamMember> {
  if (input.userId === ctx.actor.userId) throw new DomainError("INVALID_STATE", "You cannot disable your own account");
  const member = await getClinicMemberOrThrow(ctx, input.userId);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ disabledAt: input.disabled ? ctx.now : null, updatedAt: ctx.now }).where(eq(users.id, member.userId));
    if (input.disabled) {
      await tx.update(userSessions).set({ revokedAt: ctx.now }).where(and(eq(userSessions.userId, member.userId), isNull(userSessions.revokedAt)));
    }
    await recordAudit(tx, ctx, { action: input.disabled ? "team.disable" : "team.enable", entity: "user", entityId: member.userId });
  });
  return { userId: member.userId, name: member.name, email: member.email, role: member.role, disabled: input.disabled };
}

async function emailTaken(db: DbOrTx, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase())).limit(1);
  return Boolean(row);
}

export type ClinicDetails = { name: string; address: string; phone: string; email: string };

const detailsColumns = { name: clinics.name, address: clinics.address, phone: clinics.phone, email: clinics.email };

/** The actor's clinic's name, address and contact, as printed in the header of its reports. */
export async function getClinicDetails(ctx: ClinicianCtx): Promise<ClinicDetails> {
  const [clinic] = await ctx.db.select(detailsColumns).from(clinics).where(eq(clinics.id, ctx.actor.clinicId));
  if (!clinic) throw new DomainError("NOT_FOUND", "Clinic not found");
  return clinic;
}

/** Updates the clinic's details (owner); reports issued from now on print them, issued ones keep theirs. */
export async function updateClinicDetails(ctx: ClinicianCtx, input: UpdateClinicDetailsInput): Promise<ClinicDetails> {
  return ctx.db.transaction(async (tx) => {
    const [clinic] = await tx.update(clinics).set({ ...input, updatedAt: ctx.now }).where(eq(clinics.id, ctx.actor.clinicId)).returning(detailsColumns);
    if (!clinic) throw new DomainError("NOT_FOUND", "Clinic not found");
    await recordAudit(tx, ctx, { action: "clinic.updateDetails", entity: "clinic", entityId: ctx.actor.clinicId });
    return clinic;
  });
}
