import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { athletes } from "./athletes";
import { clinics } from "./clinics";
import { id, requestKeyColumns, timestamps } from "./columns";
import { programs } from "./programs";
import { triageResults } from "./triage";
import { users } from "./users";

/**
 * The graded run/walk component of a program (docs/clinical-rules.md R4). `state` is the prescription for the first week not
 * yet decided; every change to it is a row of plan_decisions.
 */
export const runPlans = pgTable(
  "run_plans",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    programId: uuid().notNull().references(() => programs.id),
    startDate: date({ mode: "string" }).notNull(),
    /** Per-plan overrides of the clinic's protocol (docs/clinical-rules.md R10 keys). */
    settingsOverrides: jsonb().$type<Record<string, number>>().notNull().default({}),
    state: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The last plan week with a weekly decision; -1 before the first. */
    decidedThroughWeek: integer().notNull().default(-1),
    createdBy: uuid().notNull().references(() => users.id),
    version: integer().notNull().default(1),
    ...requestKeyColumns(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("run_plans_request_key_uq").on(t.clinicId, t.requestKey),index("run_plans_clinic_idx").on(t.clinicId), uniqueIndex("run_plans_program_uq").on(t.programId), index("run_plans_athlete_idx").on(t.athleteId)],
);

export const planDecisionKind = pgEnum("plan_decision_kind", ["weekly", "override", "signoff", "pause", "resume"]);

/** Every weekly decision and every therapist action on a plan, with inputs, before/after and reason. */
export const planDecisions = pgTable(
  "plan_decisions",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    planId: uuid().notNull().references(() => runPlans.id),
    weekIndex: integer().notNull(),
    kind: planDecisionKind().notNull(),
    decision: text(),
    appliedDecision: text(),
    rule: text(),
    reason: text().notNull(),
    counts: jsonb(),
    inputs: jsonb(),
    before: jsonb().notNull(),
    after: jsonb().notNull(),
    decidedBy: uuid().references(() => users.id),
    /** The red flag that paused the plan (a pause made by the app, not by a therapist). */
    triageId: uuid().references(() => triageResults.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("plan_decisions_clinic_idx").on(t.clinicId),
    index("plan_decisions_plan_idx").on(t.planId, t.weekIndex),
    // Running the weekly decision twice for one week writes one row.
    uniqueIndex("plan_decisions_weekly_uq").on(t.planId, t.weekIndex).where(sql`${t.kind} = 'weekly'`),
  ],
);
