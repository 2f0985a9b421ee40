import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { athletes } from "./athletes";
import { clinics } from "./clinics";
import { id, requestKeyColumns, timestamps } from "./columns";
import { users } from "./users";

export const assessmentKind = pgEnum("assessment_kind", ["initial", "reassessment"]);
export const assessmentStatus = pgEnum("assessment_status", ["draft", "signed"]);

/**
 * An assessment visit. Signed visits are read-only; an amendment is a new visit that points at the
 * one it amends, which stays visible and is marked superseded when the amendment is signed.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    kind: assessmentKind().notNull(),
    visitDate: date({ mode: "string" }).notNull(),
    status: assessmentStatus().notNull().default("draft"),
    amendsAssessmentId: uuid(),
    supersededAt: timestamp({ withTimezone: true }),
    signedAt: timestamp({ withTimezone: true }),
    signedBy: uuid().references(() => users.id),
    createdBy: uuid().notNull().references(() => users.id),
    version: integer().notNull().default(1),
    /** A draft discarded by a clinician: gone from lists, kept for the audit trail. Signed visits are amended instead. */
    discardedAt: timestamp({ withTimezone: true }),
    discardedBy: uuid().references(() => users.id),
    ...requestKeyColumns(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("assessments_request_key_uq").on(t.clinicId, t.requestKey),index("assessments_clinic_idx").on(t.clinicId), index("assessments_athlete_idx").on(t.athleteId, t.visitDate)],
);

/** One structured section of a visit, stored with the schema version it was written in. */
export const assessmentSections = pgTable(
  "assessment_sections",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    assessmentId: uuid().notNull().references(() => assessments.id),
    kind: text().notNull(),
    schemaVersion: integer().notNull(),
    data: jsonb().notNull(),
    version: integer().notNull().default(1),
    updatedBy: uuid().notNull().references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    index("assessment_sections_clinic_idx").on(t.clinicId),
    uniqueIndex("assessment_sections_uq").on(t.assessmentId, t.kind),
  ],
);
