import { z } from "zod";
import { calendarDate, datedOn } from "../dates";
import { emailInput, idInput } from "../ids";

export const sexValues = ["female", "male", "intersex", "undisclosed"] as const;
export const surfaceValues = ["road", "trail", "track", "treadmill", "mixed"] as const;

export const sexLabels: Record<(typeof sexValues)[number], string> = {
  female: "Female",
  male: "Male",
  intersex: "Intersex",
  undisclosed: "Prefer not to say",
};
export const surfaceLabels: Record<(typeof surfaceValues)[number], string> = {
  road: "Road",
  trail: "Trail",
  track: "Track",
  treadmill: "Treadmill",
  mixed: "Mixed",
};

const optionalText = (max: number) =>
  z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

/** Fields a therapist records about an athlete; shared by the form and the procedures. */
export const athleteFields = z.object({
  firstName: z.string().trim().min(1, "Enter a first name").max(100),
  lastName: z.string().trim().min(1, "Enter a last name").max(100),
  dateOfBirth: calendarDate,
  sex: z.enum(sexValues, { message: "Choose a sex" }),
  email: emailInput.nullish().transform((v) => v ?? null),
  weeklyKm: z.number().min(0, "Cannot be negative").max(400, "At most 400 km a week").nullish().transform((v) => v ?? null),
  yearsRunning: z.number().int("Whole years").min(0).max(90).nullish().transform((v) => v ?? null),
  goalRace: optionalText(200),
  goalDate: calendarDate.nullish().transform((v) => v ?? null),
  usualSurface: z.enum(surfaceValues).nullish().transform((v) => v ?? null),
});
export type AthleteFields = z.infer<typeof athleteFields>;

/** The athlete's dates on `today`: a plausible age, a goal race neither long past nor years away. */
export const athleteDatesOn = (today: string) =>
  z.object({ dateOfBirth: datedOn("dateOfBirth", today), goalDate: datedOn("goal", today).nullish() });
export type AthleteFieldsInput = z.input<typeof athleteFields>;

export const createAthleteInput = athleteFields.extend({
  /** Owner only: whose caseload the athlete joins (defaults to the creating therapist). */
  therapistUserId: idInput.optional(),
});
export type CreateAthleteInput = z.infer<typeof createAthleteInput>;

export const updateAthleteInput = athleteFields.extend({
  athleteId: idInput,
  /** Optimistic concurrency: the version the form was loaded with. */
  version: z.number().int().min(1),
});
export type UpdateAthleteInput = z.infer<typeof updateAthleteInput>;

export const athleteIdInput = z.object({ athleteId: idInput });
export type AthleteIdInput = z.infer<typeof athleteIdInput>;

export const listAthletesInput = z
  .object({
    search: z.string().trim().max(100).optional(),
    includeArchived: z.boolean().default(false),
  })
  .default({ includeArchived: false });
export type ListAthletesInput = z.infer<typeof listAthletesInput>;

export const assignCaseloadInput = z.object({ athleteId: idInput, therapistUserId: idInput });
export type AssignCaseloadInput = z.infer<typeof assignCaseloadInput>;

/** Age in whole years on `today` (YYYY-MM-DD strings, no clock). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
