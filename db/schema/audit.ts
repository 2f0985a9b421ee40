import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id } from "./columns";

export const auditOutcome = pgEnum("audit_outcome", ["success", "failure", "denied"]);

/**
 * Append-only trail of every read and write of athlete data, sign-in and denial.
 * Holds ids and action names only: never PHI values or secrets. A trigger rejects UPDATE/DELETE.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: id(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid(),
    actorRole: text(),
    clinicId: uuid(),
    athleteId: uuid(),
    action: text().notNull(),
    entity: text(),
    entityId: uuid(),
    outcome: auditOutcome().notNull(),
    requestId: text(),
  },
  (t) => [
    index("audit_events_clinic_at_idx").on(t.clinicId, t.at),
    index("audit_events_athlete_idx").on(t.athleteId),
  ],
);
