import { sql } from "drizzle-orm";
import {
  date, index, integer, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { id, requestKeyColumns, timestamps } from "./columns";
import { users } from "./users";

export const sex = pgEnum("sex", ["female", "male", "intersex", "undisclosed"]);
export const runningSurface = pgEnum("running_surface", ["road", "trail", "track", "treadmill", "mixed"]);

export const athletes = pgTable(
  "athletes",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    /** The portal account, once the athlete has accepted an invite. */
    userId: uuid().references(() => users.id),
    firstName: text().notNull(),
    lastName: text().notNull(),
    dateOfBirth: date({ mode: "string" }).notNull(),
    sex: sex().notNull(),
    email: text(),
    weeklyKm: numeric({ precision: 5, scale: 1, mode: "number" }),
    yearsRunning: integer(),
    goalRace: text(),
    goalDate: date({ mode: "string" }),
    usualSurface: runningSurface(),
    archivedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    ...timestamps(),
    ...requestKeyColumns(),
  },
  (t) => [
    uniqueIndex("athletes_request_key_uq").on(t.clinicId, t.requestKey),
    index("athletes_clinic_idx").on(t.clinicId),
    uniqueIndex("athletes_user_uq").on(t.userId).where(sql`${t.userId} is not null`),
  ],
);

/** Which therapists carry an athlete on their caseload. */
export const caseloadAssignments = pgTable(
  "caseload_assignments",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    therapistUserId: uuid().notNull().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("caseload_assignments_clinic_idx").on(t.clinicId),
    uniqueIndex("caseload_assignments_uq").on(t.athleteId, t.therapistUserId),
    index("caseload_assignments_therapist_idx").on(t.therapistUserId),
  ],
);
