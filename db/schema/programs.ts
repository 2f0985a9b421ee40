import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { athletes } from "./athletes";
import { clinics } from "./clinics";
import { id, requestKeyColumns, timestamps } from "./columns";
import { users } from "./users";

/** One prescribed exercise inside a program or template (validated by server/domain/programs). */
export type ProgramItemRecord = {
  exerciseId: string;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  perWeek: number;
  side: "left" | "right" | "both" | "none";
  notes: string | null;
};

/** A reusable program of the clinic. */
export const programTemplates = pgTable(
  "program_templates",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    name: text().notNull(),
    description: text(),
    items: jsonb().$type<ProgramItemRecord[]>().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().notNull().references(() => users.id),
    version: integer().notNull().default(1),
    ...requestKeyColumns(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("program_templates_request_key_uq").on(t.clinicId, t.requestKey),index("program_templates_clinic_idx").on(t.clinicId)],
);

export const programStatus = pgEnum("program_status", ["active", "ended"]);

/** An athlete's program. Its content lives in versions: the athlete sees the current one, history stays. */
export const programs = pgTable(
  "programs",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    name: text().notNull(),
    templateId: uuid().references(() => programTemplates.id),
    status: programStatus().notNull().default("active"),
    currentVersion: integer().notNull().default(1),
    startDate: date({ mode: "string" }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
    ...requestKeyColumns(),
    createdBy: uuid().notNull().references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("programs_request_key_uq").on(t.clinicId, t.requestKey),
    index("programs_clinic_idx").on(t.clinicId),
    index("programs_athlete_idx").on(t.athleteId),
    uniqueIndex("programs_one_active_uq").on(t.athleteId).where(sql`${t.status} = 'active'`),
  ],
);

export const programVersions = pgTable(
  "program_versions",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    programId: uuid().notNull().references(() => programs.id),
    version: integer().notNull(),
    items: jsonb().$type<ProgramItemRecord[]>().notNull(),
    changeNote: text(),
    createdBy: uuid().notNull().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("program_versions_clinic_idx").on(t.clinicId), uniqueIndex("program_versions_uq").on(t.programId, t.version)],
);
