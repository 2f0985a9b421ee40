import { boolean, index, jsonb, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { assessments } from "./assessments";
import { athletes } from "./athletes";
import { clinics } from "./clinics";
import { id, requestKeyColumns } from "./columns";
import { users } from "./users";

export const outcomeStatus = pgEnum("outcome_status", ["requested", "completed"]);

/**
 * One administration of an outcome measure: item answers, the instrument version and licence note,
 * and the score computed on the server. Requested ones are completed by the athlete in the portal.
 */
export const outcomeMeasures = pgTable(
  "outcome_measures",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    assessmentId: uuid().references(() => assessments.id),
    instrument: text().notNull(),
    instrumentVersion: text().notNull(),
    licenceNote: text().notNull(),
    status: outcomeStatus().notNull(),
    answers: jsonb(),
    score: numeric({ precision: 6, scale: 1, mode: "number" }),
    complete: boolean().notNull().default(false),
    requestedAt: timestamp({ withTimezone: true }),
    requestedBy: uuid().references(() => users.id),
    completedAt: timestamp({ withTimezone: true }),
    completedBy: uuid().references(() => users.id),
    completedByRole: text(),
    /** Entered in error: stays on record, shown as void, left out of comparisons, trends and reports. */
    voidedAt: timestamp({ withTimezone: true }),
    voidedBy: uuid().references(() => users.id),
    voidReason: text(),
    /** The measure recorded to replace this one, when it was superseded rather than only voided. */
    supersededById: uuid(),
    ...requestKeyColumns(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("outcome_measures_request_key_uq").on(t.clinicId, t.requestKey),
    index("outcome_measures_clinic_idx").on(t.clinicId),
    index("outcome_measures_athlete_idx").on(t.athleteId, t.instrument),
  ],
);
