import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { athletes } from "./athletes";
import { clinics } from "./clinics";
import { id } from "./columns";
import { users } from "./users";

export const alertType = pgEnum("alert_type", ["triage", "red-run", "review", "not-settled", "single-run-spike", "acwr", "no-logs", "shoe-review"]);
export const alertSeverity = pgEnum("alert_severity", ["emergency", "urgent", "high", "medium", "routine", "low"]);
export const alertStatus = pgEnum("alert_status", ["open", "acknowledged", "resolved"]);

/**
 * An alert between visits (docs/clinical-rules.md R6), raised by the rules with its reason and the data behind it. One per
 * athlete, type and cause, ever: a cause names an episode (a run, a freeze, a shoe), so the same
 * episode never alerts twice and a new one can. Acknowledged alerts are still open; resolved ones end.
 */
export const alerts = pgTable(
  "alerts",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    type: alertType().notNull(),
    cause: text().notNull(),
    severity: alertSeverity().notNull(),
    reason: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    status: alertStatus().notNull().default("open"),
    raisedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp({ withTimezone: true }),
    acknowledgedBy: uuid().references(() => users.id),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => users.id),
    note: text(),
  },
  (t) => [
    index("alerts_clinic_idx").on(t.clinicId),
    index("alerts_athlete_status_idx").on(t.athleteId, t.status),
    uniqueIndex("alerts_cause_uq").on(t.athleteId, t.type, t.cause),
  ],
);
