import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { athletes } from "./athletes";
import { clinics } from "./clinics";
import { id, timestamps } from "./columns";
import { programs } from "./programs";
import { triageResults } from "./triage";
import { users } from "./users";

export const activityKind = pgEnum("activity_kind", ["run", "exercise", "cross_training"]);

/**
 * What an athlete logged: a run (docs/clinical-rules.md R1), an exercise session or cross-training. `clientId` is the device's
 * idempotency key: the same entry sent again returns `response`, the answer given the first time, and
 * `payloadHash` tells a resend from a different entry under the same key. `data` is the current
 * version; earlier versions are rows of activity_log_revisions.
 */
export const activityLogs = pgTable(
  "activity_logs",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    clientId: text().notNull(),
    kind: activityKind().notNull(),
    date: date({ mode: "string" }).notNull(),
    programId: uuid().references(() => programs.id),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    payloadHash: text().notNull(),
    response: jsonb().$type<Record<string, unknown>>().notNull(),
    loggedBy: uuid().references(() => users.id),
    version: integer().notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index("activity_logs_clinic_idx").on(t.clinicId),
    index("activity_logs_athlete_date_idx").on(t.athleteId, t.kind, t.date),
    // The caseload's "last log" across every kind of entry.
    index("activity_logs_athlete_day_idx").on(t.athleteId, t.date),
    uniqueIndex("activity_logs_client_uq").on(t.athleteId, t.clientId),
  ],
);

/** An earlier version of a corrected log: `data` as it was before `version` + 1 replaced it. */
export const activityLogRevisions = pgTable(
  "activity_log_revisions",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    logId: uuid().notNull().references(() => activityLogs.id),
    version: integer().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The idempotency key of the correction that replaced this version. */
    clientId: text().notNull(),
    changedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("activity_log_revisions_clinic_idx").on(t.clinicId),
    uniqueIndex("activity_log_revisions_version_uq").on(t.logId, t.version),
    uniqueIndex("activity_log_revisions_client_uq").on(t.logId, t.clientId),
  ],
);

/** An athlete's answers to the red-flag checklist (docs/clinical-rules.md 7.4: weekly, and after a red run). */
export const redFlagChecks = pgTable(
  "red_flag_checks",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    clientId: text().notNull(),
    date: date({ mode: "string" }).notNull(),
    answers: jsonb().$type<Record<string, string | null>>().notNull(),
    payloadHash: text().notNull(),
    response: jsonb().$type<Record<string, unknown>>().notNull(),
    triageId: uuid().references(() => triageResults.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("red_flag_checks_clinic_idx").on(t.clinicId), uniqueIndex("red_flag_checks_client_uq").on(t.athleteId, t.clientId)],
);
