/**
 * NOTE: the authorization choke point. Every clinical row is loaded through this file; any change
 * here must come with new rows in tests/integration/authorization-matrix.test.ts.
 *
 * Out of scope and missing are the same thing to the caller: NOT_FOUND.
 */
import { and, eq, exists, isNull, or, sql, type SQL } from "drizzle-orm";
import { QueryBuilder, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import {
  activityLogs, alerts, assessments, athletes, caseloadAssignments, exercises, invites, memberships, outcomeMeasures, programs, programTemplates, reports, runPlans, shoes,
  triageResults, users,
} from "@/db/schema";
import { can, type Actor, type ClinicianActor } from "@/server/domain/access";
import { DomainError } from "@/server/domain/errors";

declare const scopedBrand: unique symbol;

/**
 * A row loaded through this file: only scope.ts makes one, so a function that takes `Scoped<…>` can
 * trust that someone allowed to see it asked for it (or that the scheduled job named it, see
 * `systemScope`). Records and engine functions about one athlete take `ScopedAthlete`, never a raw id.
 */
export type Scoped<T> = T & { readonly [scopedBrand]: true };

type AthleteRow = typeof athletes.$inferSelect;

/** The handle of one athlete: what records and the engine filter by (the athlete's id and clinic id). */
export type ScopedAthlete = Scoped<Pick<AthleteRow, "id" | "clinicId">>;

const scoped = <T>(row: T): Scoped<T> => row as Scoped<T>;

// Sub-selects are built without a connection; the casing must match the database client's.
const qb = new QueryBuilder({ casing: "snake_case" });

/** Rows of `athletes` the actor may see: own clinic; own caseload unless allowed all; self for athletes. */
export function athleteVisibility(actor: Actor): SQL {
  const inClinic = eq(athletes.clinicId, actor.clinicId);
  if (actor.kind === "athlete") return and(inClinic, eq(athletes.id, actor.athleteId))!;
  if (can(actor, "athlete.readAll")) return inClinic;
  return and(inClinic, exists(onCaseloadOf(actor)))!;
}

/** Correlated sub-select: the athlete is on this therapist's caseload. */
function onCaseloadOf(actor: ClinicianActor) {
  return qb
    .select({ one: sql`1` })
    .from(caseloadAssignments)
    .where(
      and(
        eq(caseloadAssignments.athleteId, athletes.id),
        eq(caseloadAssignments.therapistUserId, actor.userId),
        eq(caseloadAssignments.clinicId, actor.clinicId),
      ),
    );
}

type ScopeCtx = { db: DbOrTx; actor: Actor };

/** One athlete the actor may see, or NOT_FOUND. Archived athletes are included unless `activeOnly`. */
export async function getAthleteOrThrow(ctx: ScopeCtx, athleteId: string, opts: { activeOnly?: boolean } = {}): Promise<Scoped<AthleteRow>> {
  const [row] = await ctx.db
    .select()
    .from(athletes)
    .where(and(eq(athletes.id, athleteId), athleteVisibility(ctx.actor), opts.activeOnly ? isNull(athletes.archivedAt) : undefined))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND", "Athlete not found");
  return scoped(row);
}

/** The handle of the athlete a scoped row belongs to (a log, a plan, a red flag …): the row was loaded through that athlete's visibility. */
export function athleteOf(row: Scoped<{ athleteId: string; clinicId: string }>): ScopedAthlete {
  return scoped({ id: row.athleteId, clinicId: row.clinicId });
}

/** A clinician (owner or therapist) of the actor's own clinic, or NOT_FOUND. */
export async function getClinicMemberOrThrow(ctx: ScopeCtx, userId: string) {
  const [row] = await ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, disabledAt: users.disabledAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(memberships.clinicId, ctx.actor.clinicId)))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND", "Clinician not found");
  return row;
}

/** Tables of rows that belong to one athlete: loaded only through that athlete's visibility. */
type AthleteOwnedTable = PgTable & { id: PgColumn; clinicId: PgColumn; athleteId: PgColumn };

async function getAthleteOwnedOrThrow<T extends AthleteOwnedTable>(ctx: ScopeCtx, table: T, id: string, what: string): Promise<Scoped<T["$inferSelect"]>> {
  const [row] = await ctx.db
    .select({ row: table as AthleteOwnedTable })
    .from(table as AthleteOwnedTable)
    .innerJoin(athletes, eq(athletes.id, table.athleteId))
    .where(and(eq(table.id, id), eq(table.clinicId, ctx.actor.clinicId), athleteVisibility(ctx.actor)))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND", `${what} not found`);
  return scoped(row.row as T["$inferSelect"]);
}

/** An assessment of an athlete the actor may see, or NOT_FOUND. */
export const getAssessmentOrThrow = (ctx: ScopeCtx, id: string) => getAthleteOwnedOrThrow(ctx, assessments, id, "Assessment");

/** A shoe of an athlete the actor may see, or NOT_FOUND. */
export const getShoeOrThrow = (ctx: ScopeCtx, id: string) => getAthleteOwnedOrThrow(ctx, shoes, id, "Shoe");

/** A triage result (red flag) of an athlete the actor may see, or NOT_FOUND. */
export const getTriageOrThrow = (ctx: ScopeCtx, id: string) => getAthleteOwnedOrThrow(ctx, triageResults, id, "Red flag");

/** An outcome measure of an athlete the actor may see (an athlete: only their own), or NOT_FOUND. */
export const getOutcomeOrThrow = (ctx: ScopeCtx, id: string) => getAthleteOwnedOrThrow(ctx, outcomeMeasures, id, "Outcome measure");

/** Tables of clinic-wide rows (no athlete): loaded only within the actor's clinic. */
type ClinicOwnedTable = PgTable & { id: PgColumn; clinicId: PgColumn };

async function getClinicOwnedOrThrow<T extends ClinicOwnedTable>(ctx: ScopeCtx, table: T, id: string, what: string): Promise<T["$inferSelect"]> {
  const [row] = await ctx.db
    .select({ row: table as ClinicOwnedTable })
    .from(table as ClinicOwnedTable)
    .where(and(eq(table.id, id), eq(table.clinicId, ctx.actor.clinicId)))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND", `${what} not found`);
  return row.row as T["$inferSelect"];
}

/** An exercise of the actor's clinic library, or NOT_FOUND (the library is per clinic). */
export const getClinicExerciseOrThrow = (ctx: ScopeCtx, id: string) => getClinicOwnedOrThrow(ctx, exercises, id, "Exercise");

/** A program template of the actor's clinic, or NOT_FOUND. */
export const getClinicTemplateOrThrow = (ctx: ScopeCtx, id: string) => getClinicOwnedOrThrow(ctx, programTemplates, id, "Template");

/** A program of an athlete the actor may see, or NOT_FOUND. */
export const getProgramOrThrow = (ctx: ScopeCtx, id: string) => getAthleteOwnedOrThrow(ctx, programs, id, "Program");

/** A logged run, exercise session or cross-training of an athlete the actor may see (an athlete: only their own), or NOT_FOUND. */
export const getActivityLogOrThrow = (ctx: ScopeCtx, id: string) => getAthleteOwnedOrThrow(ctx, activityLogs, id, "Entry");

/** An alert (R6) of an athlete the actor may see, or NOT_FOUND. */
export const getAlertOrThrow = (ctx: ScopeCtx, id: string) => getAthleteOwnedOrThrow(ctx, alerts, id, "Alert");

/** A run/walk plan of an athlete the actor may see, or NOT_FOUND. */
export const getRunPlanOrThrow = (ctx: ScopeCtx, id: string) => getAthleteOwnedOrThrow(ctx, runPlans, id, "Plan");

/** An issued report of an athlete the actor may see (an athlete: only their own), or NOT_FOUND. */
export const getReportOrThrow = (ctx: ScopeCtx, id: string) => getAthleteOwnedOrThrow(ctx, reports, id, "Report");

/**
 * An invite of the actor's clinic: an athlete's invite only when the actor may see that athlete, a
 * therapist's invite only for those who manage the team; anything else is NOT_FOUND.
 */
export async function getInviteOrThrow(ctx: { db: DbOrTx; actor: ClinicianActor }, id: string) {
  const athleteInvite = and(eq(invites.kind, "athlete"), athleteVisibility(ctx.actor));
  const therapistInvite = can(ctx.actor, "team.manage") ? eq(invites.kind, "therapist") : undefined;
  const [row] = await ctx.db
    .select({ invite: invites })
    .from(invites)
    .leftJoin(athletes, eq(athletes.id, invites.athleteId))
    .where(and(eq(invites.id, id), eq(invites.clinicId, ctx.actor.clinicId), therapistInvite ? or(athleteInvite, therapistInvite) : athleteInvite))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND", "Invite not found");
  return row.invite;
}

/**
 * NOTE: the scheduled jobs (server/jobs) have no actor: they act for every clinic. This is the ONE way
 * they (and the demo seed) get athlete handles, and it must stay that way: nothing a request sends ever
 * reaches it. Each handle names its athlete's own clinic, so the records and engine functions given it
 * still filter by athlete id AND clinic id. Optionally narrowed to one clinic (tests, a clinic's batch).
 */
export function systemScope(db: DbOrTx, opts: { clinicId?: string } = {}) {
  const inClinic = opts.clinicId ? eq(athletes.clinicId, opts.clinicId) : undefined;
  return {
    /** Every athlete who is not archived. */
    async activeAthletes(): Promise<ScopedAthlete[]> {
      const rows = await db.select({ id: athletes.id, clinicId: athletes.clinicId }).from(athletes).where(and(isNull(athletes.archivedAt), inClinic));
      return rows.map(scoped);
    },
    /** One athlete by id (the demo seed names the athletes it made), or NOT_FOUND. */
    async athlete(athleteId: string): Promise<ScopedAthlete> {
      const [row] = await db.select({ id: athletes.id, clinicId: athletes.clinicId }).from(athletes).where(and(eq(athletes.id, athleteId), inClinic)).limit(1);
      if (!row) throw new DomainError("NOT_FOUND", "Athlete not found");
      return scoped(row);
    },
    /** The athletes with a plan in an active program, each with that plan's id. */
    async athletesWithActivePlans(): Promise<{ athlete: ScopedAthlete; planId: string }[]> {
      const rows = await db
        .select({ planId: runPlans.id, id: athletes.id, clinicId: athletes.clinicId })
        .from(runPlans)
        .innerJoin(programs, and(eq(programs.id, runPlans.programId), eq(programs.clinicId, runPlans.clinicId)))
        .innerJoin(athletes, and(eq(athletes.id, runPlans.athleteId), eq(athletes.clinicId, runPlans.clinicId)))
        .where(and(eq(programs.status, "active"), inClinic));
      return rows.map((r) => ({ athlete: scoped({ id: r.id, clinicId: r.clinicId }), planId: r.planId }));
    },
  };
}
