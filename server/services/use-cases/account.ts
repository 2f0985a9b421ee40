import { and, eq, isNull } from "drizzle-orm";
import { clinics, users, userSessions } from "@/db/schema";
import { roleOf, type Role } from "@/server/domain/access";
import { checkPassword, passwordProblemMessages } from "@/server/domain/auth/password-policy";
import type { ChangePasswordInput, UpdateProfileInput } from "@/server/domain/clinics/schemas";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "../infra/audit";
import type { ClinicianCtx, ServiceCtx } from "../context";
import { hashPassword, verifyPassword } from "../infra/passwords";

export type Me = { userId: string; name: string; email: string; registration: string | null; role: Role; clinicName: string };

/** The signed-in person, for the shells' user menu. */
export async function getMe(ctx: ServiceCtx): Promise<Me> {
  const [row] = await ctx.db
    .select({ name: users.name, email: users.email, registration: users.registration, clinicName: clinics.name })
    .from(users)
    .innerJoin(clinics, eq(clinics.id, ctx.actor.clinicId))
    .where(eq(users.id, ctx.actor.userId))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND");
  return { userId: ctx.actor.userId, role: roleOf(ctx.actor), ...row };
}

/** Changes the own password; every session of the account ends, so the person signs in again. */
export async function changePassword(ctx: ServiceCtx, input: ChangePasswordInput): Promise<{ signedOut: true }> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId)).limit(1);
  if (!user) throw new DomainError("NOT_FOUND");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordAudit(ctx.db, ctx, { action: "account.changePassword", outcome: "failure", entity: "user", entityId: user.id });
    throw new DomainError("BAD_INPUT", "Your current password is not correct");
  }
  const problems = checkPassword(input.newPassword, user.email);
  if (problems.length > 0) throw new DomainError("BAD_INPUT", passwordProblemMessages[problems[0]!]);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: ctx.now, updatedAt: ctx.now }).where(eq(users.id, user.id));
    await tx.update(userSessions).set({ revokedAt: ctx.now }).where(and(eq(userSessions.userId, user.id), isNull(userSessions.revokedAt)));
    await recordAudit(tx, ctx, { action: "account.changePassword", entity: "user", entityId: user.id });
  });
  return { signedOut: true };
}

/** A clinician changes their own name and professional registration (shown on the reports they issue). */
export async function updateProfile(ctx: ClinicianCtx, input: UpdateProfileInput): Promise<Me> {
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ name: input.name, registration: input.registration, updatedAt: ctx.now }).where(eq(users.id, ctx.actor.userId));
    await recordAudit(tx, ctx, { action: "account.updateProfile", entity: "user", entityId: ctx.actor.userId });
  });
  return getMe(ctx);
}
