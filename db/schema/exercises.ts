import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { clinics } from "./clinics";
import { id, requestKeyColumns, timestamps } from "./columns";
import { users } from "./users";

/**
 * The clinic's exercise library: the starter library of docs/clinical-rules.md 9 (copied per clinic, so each clinic
 * can adapt it) plus the clinic's own exercises. Archived, never deleted: programs refer to them.
 */
export const exercises = pgTable(
  "exercises",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    /** Number in the starter library; null for the clinic's own exercises. */
    starterNumber: integer(),
    name: text().notNull(),
    category: text().notNull(),
    target: text().notNull(),
    dosage: text().notNull(),
    cues: text().notNull(),
    caution: text(),
    /** Drives the nerve-glide rules: sliders before tensioners. */
    glideKind: text().$type<"slider" | "tensioner">(),
    imageUrl: text(),
    sources: text().array().notNull().default(sql`'{}'::text[]`),
    archivedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id),
    version: integer().notNull().default(1),
    ...requestKeyColumns(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("exercises_request_key_uq").on(t.clinicId, t.requestKey),
    index("exercises_clinic_idx").on(t.clinicId),
    uniqueIndex("exercises_starter_uq").on(t.clinicId, t.starterNumber).where(sql`${t.starterNumber} is not null`),
  ],
);
