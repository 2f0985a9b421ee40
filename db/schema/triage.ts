import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { athletes } from "./athletes";
import { clinics } from "./clinics";
import { id } from "./columns";
import { users } from "./users";

export const triageUrgency = pgEnum("triage_urgency", ["emergency", "urgent", "routine"]);
export const triageSource = pgEnum("triage_source", ["assessment", "run", "checklist"]);
export const triageAction = pgEnum("triage_action", ["referred", "advised", "discussed"]);

/**
 * A raised red flag. The app never clears one: it stays open until a therapist acknowledges it
 * with what was done.
 */
export const triageResults = pgTable(
  "triage_results",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    source: triageSource().notNull(),
    sourceId: uuid(),
    urgency: triageUrgency().notNull(),
    /** Trigger ids of docs/clinical-rules.md 7.1–7.3 (e.g. T-E1) with the reason each was raised. */
    triggers: jsonb().$type<{ id: string; reason: string }[]>().notNull(),
    raisedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    raisedBy: uuid().references(() => users.id),
    acknowledgedAt: timestamp({ withTimezone: true }),
    acknowledgedBy: uuid().references(() => users.id),
    acknowledgementAction: triageAction(),
    acknowledgementNote: text(),
  },
  (t) => [index("triage_results_clinic_idx").on(t.clinicId), index("triage_results_athlete_idx").on(t.athleteId)],
);
