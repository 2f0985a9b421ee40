import { z } from "zod";
import { newPasswordInput } from "../auth/password-policy";
import { idInput } from "../ids";

/** Invite tokens are 32 random bytes, base64url: 43 characters. */
export const inviteToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invite link is not valid");

export const createAthleteInviteInput = z.object({ athleteId: idInput });
export type CreateAthleteInviteInput = z.infer<typeof createAthleteInviteInput>;

export const inspectInviteInput = z.object({ token: inviteToken });
export type InspectInviteInput = z.infer<typeof inspectInviteInput>;

export const acceptInviteInput = z.object({ token: inviteToken, password: newPasswordInput });
export type AcceptInviteInput = z.infer<typeof acceptInviteInput>;

/** A pending invite (athlete or therapist) of the clinic. */
export const inviteIdInput = z.object({ inviteId: idInput });
export type InviteIdInput = z.infer<typeof inviteIdInput>;
