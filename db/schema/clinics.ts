import { index, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { users } from "./users";

export const clinicianRole = pgEnum("clinician_role", ["owner", "therapist"]);

export const clinics = pgTable("clinics", {
  id: id(),
  name: text().notNull(),
  /** Printed in the header of every report; the owner keeps them up to date in Settings. */
  address: text().notNull().default(""),
  phone: text().notNull().default(""),
  email: text().notNull().default(""),
  ...timestamps(),
});

/** A clinician's place in a clinic. One clinic per clinician; the clinic id of every actor comes from here. */
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    userId: uuid().notNull().references(() => users.id),
    role: clinicianRole().notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("memberships_user_uq").on(t.userId), index("memberships_clinic_idx").on(t.clinicId)],
);
