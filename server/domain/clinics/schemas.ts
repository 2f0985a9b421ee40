import { z } from "zod";
import { newPasswordInput } from "../auth/password-policy";
import { emailInput, idInput } from "../ids";

export const signUpClinicInput = z.object({
  clinicName: z.string().trim().min(2, "Enter the clinic's name").max(120),
  ownerName: z.string().trim().min(1, "Enter your name").max(120),
  email: emailInput,
  password: newPasswordInput,
});
export type SignUpClinicInput = z.infer<typeof signUpClinicInput>;

export const addTherapistInput = z.object({
  name: z.string().trim().min(1, "Enter the therapist's name").max(120),
  email: emailInput,
});
export type AddTherapistInput = z.infer<typeof addTherapistInput>;

export const setUserDisabledInput = z.object({ userId: idInput, disabled: z.boolean() });
export type SetUserDisabledInput = z.infer<typeof setUserDisabledInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(1024),
  newPassword: newPasswordInput,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** A clinician's own details; the registration is printed in the signature block of their reports. */
export const updateProfileInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(200, "At most 200 characters"),
  registration: z.string().trim().max(100, "At most 100 characters").transform((v) => (v ? v : null)),
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export const listAuditInput = z
  .object({
    limit: z.number().int().min(1).max(200).default(50),
    /** Opaque cursor from the previous page. */
    cursor: z.string().max(200).nullish(),
    athleteId: idInput.optional(),
  })
  .default({ limit: 50 });
export type ListAuditInput = z.infer<typeof listAuditInput>;

/** The clinic's details printed in the header of its reports: name, address and how to reach it. */
export const updateClinicDetailsInput = z.object({
  name: z.string().trim().min(2, "Enter the clinic's name").max(120, "At most 120 characters"),
  address: z.string().trim().max(300, "At most 300 characters"),
  phone: z
    .string()
    .trim()
    .max(40, "At most 40 characters")
    .regex(/^[0-9+()\-.\s]*$/, "Use digits, spaces and + ( ) - only"),
  email: z.union([z.literal(""), emailInput]),
});
export type UpdateClinicDetailsInput = z.infer<typeof updateClinicDetailsInput>;
