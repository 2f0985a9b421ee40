import { and, asc, desc, eq, gt, ilike, isNull, or, sql } from "drizzle-orm";
import { athletes, caseloadAssignments, invites } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type {
  AssignCaseloadInput, AthleteIdInput, CreateAthleteInput, ListAthletesInput, UpdateAthleteInput,
} from "@/server/domain/athletes/schemas";
import { can } from "@/server/domain/access";
import { athleteDatesOn } from "@/server/domain/athletes/schemas";
import { assertDates } from "@/server/domain/dates";
import { DomainError } from "@/server/domain/errors";
import { recordAudit, recordAuditMany } from "../infra/audit";
import { todayOf, type ClinicianCtx } from "../context";
import { athleteVisibility, getAthleteOrThrow, getClinicMemberOrThrow } from "../scope";
import { therapistsByAthlete } from "../records/athletes";
import { openTriageUrgencies } from "../records/red-flags";
import type { Keyed } from "@/server/domain/ids";
import { findReplay, requestKeyOf, storeKeyed } from "../infra/request-keys";

type AthleteRow = typeof athletes.$inferSelect;

export type AthleteSummary = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  goalRace: string | null;
  goalDate: string | null;
  weeklyKm: number | null;
  archivedAt: Date | null;
  hasPortalAccount: boolean;
  therapists: { userId: string; name: string }[];
  /** Highest urgency of the athlete's unacknowledged red flags. */
  openTriage: "emergency" | "urgent" | "routine" | null;
};

export type AthleteDetail = AthleteSummary & {
  sex: AthleteRow["sex"];
  email: string | null;
  yearsRunning: number | null;
  usualSurface: AthleteRow["usualSurface"];
  version: number;
  createdAt: Date;
  updatedAt: Date;
  pendingInviteExpiresAt: Date | null;
  /** The open invite, so it can be withdrawn or resent. */
  pendingInviteId: string | null;
};

/** The athletes the clinician may see, by last name; each returned athlete is an audited read. */
export async function listAthletes(ctx: ClinicianCtx, input: ListAthletesInput): Promise<AthleteSummary[]> {
  const search = input.search ? `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await ctx.db
    .select()
    .from(athletes)
    .where(
      and(
        athleteVisibility(ctx.actor),
        input.includeArchived ? undefined : isNull(athletes.archivedAt),
        search
          ? or(
              ilike(athletes.firstName, search),
              ilike(athletes.lastName, search),
              ilike(sql`${athletes.firstName} || ' ' || ${athletes.lastName}`, search),
            )
          : undefined,
      ),
    )
    .orderBy(asc(athletes.lastName), asc(athletes.firstName))
    .limit(500);
  const therapists = await therapistsByAthlete(ctx.db, rows.map((r) => r.id));
  const triage = await openTriageUrgencies(ctx.db, rows.map((r) => r.id));
  // One event per athlete shown, so each athlete's trail names everyone who saw them in a list.
  await recordAuditMany(
    ctx.db,
    ctx,
    rows.length > 0
      ? rows.map((r) => ({ action: "athlete.list", entity: "athlete", entityId: r.id, athleteId: r.id }))
      : [{ action: "athlete.list", entity: "athlete" }],
  );
  return rows.map((r) => toSummary(r, therapists.get(r.id) ?? [], triage.get(r.id) ?? null));
}

/** One athlete's record. */
export async function getAthlete(ctx: ClinicianCtx, input: AthleteIdInput): Promise<AthleteDetail> {
  const row = await getAthleteOrThrow(ctx, input.athleteId);
  await recordAudit(ctx.db, ctx, { action: "athlete.read", entity: "athlete", entityId: row.id, athleteId: row.id });
  return toDetail(ctx.db, row, ctx.now);
}

/** Creates an athlete on a caseload: the creating therapist's, or the one an owner picks. */
export async function createAthlete(ctx: ClinicianCtx, input: Keyed<CreateAthleteInput>): Promise<AthleteDetail> {
  const replayed = await findReplay(ctx, athletes, input, { action: "athlete.create", entity: "athlete" });
  if (replayed) return toDetail(ctx.db, await getAthleteOrThrow(ctx, replayed), ctx.now);
  const { therapistUserId, requestKey: _requestKey, ...fields } = input;
  assertDates(athleteDatesOn(todayOf(ctx)), fields);
  const key = requestKeyOf(input);
  let assignee = ctx.actor.userId;
  if (therapistUserId && therapistUserId !== ctx.actor.userId) {
    if (!can(ctx.actor, "caseload.assign")) throw new DomainError("FORBIDDEN", "Only an owner can place an athlete on another caseload");
    const member = await getClinicMemberOrThrow(ctx, therapistUserId);
    if (member.disabledAt) throw new DomainError("INVALID_STATE", "That clinician's account is disabled");
    assignee = member.userId;
  }
  const id = await storeKeyed(ctx, athletes, key, async (tx) => {
    const [created] = await tx
      .insert(athletes)
      .values({ ...fields, ...key, clinicId: ctx.actor.clinicId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: athletes.id });
    await tx.insert(caseloadAssignments).values({ clinicId: ctx.actor.clinicId, athleteId: created!.id, therapistUserId: assignee });
    await recordAudit(tx, ctx, { action: "athlete.create", entity: "athlete", entityId: created!.id, athleteId: created!.id });
    return created!.id;
  });
  return toDetail(ctx.db, await getAthleteOrThrow(ctx, id), ctx.now);
}

/** Updates an athlete's profile; fails with CONFLICT if someone saved a newer version meanwhile. */
export async function updateAthlete(ctx: ClinicianCtx, input: UpdateAthleteInput): Promise<AthleteDetail> {
  const { athleteId, version, ...fields } = input;
  const current = await getAthleteOrThrow(ctx, athleteId);
  // Only a changed date is checked: a goal race that has since receded must not block other edits.
  assertDates(athleteDatesOn(todayOf(ctx)).partial(), {
    dateOfBirth: fields.dateOfBirth === current.dateOfBirth ? undefined : fields.dateOfBirth,
    goalDate: fields.goalDate === current.goalDate ? undefined : fields.goalDate,
  });
  if (current.archivedAt) throw new DomainError("INVALID_STATE", "Restore the athlete before editing");
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(athletes)
      .set({ ...fields, version: sql`${athletes.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(athletes.id, current.id), eq(athletes.version, version)))
      .returning();
    if (!updated) throw new DomainError("CONFLICT");
    await recordAudit(tx, ctx, { action: "athlete.update", entity: "athlete", entityId: current.id, athleteId: current.id });
    return updated;
  });
  return toDetail(ctx.db, row, ctx.now);
}

/** Archives (never deletes) an athlete; open invites stop working. */
export async function archiveAthlete(ctx: ClinicianCtx, input: AthleteIdInput): Promise<AthleteDetail> {
  const current = await getAthleteOrThrow(ctx, input.athleteId);
  if (current.archivedAt) throw new DomainError("INVALID_STATE", "The athlete is already archived");
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(athletes)
      .set({ archivedAt: ctx.now, updatedAt: ctx.now, version: sql`${athletes.version} + 1` })
      .where(eq(athletes.id, current.id))
      .returning();
    await tx
      .update(invites)
      .set({ revokedAt: ctx.now, revokedReason: "withdrawn" })
      .where(and(eq(invites.athleteId, current.id), isNull(invites.usedAt), isNull(invites.revokedAt)));
    await recordAudit(tx, ctx, { action: "athlete.archive", entity: "athlete", entityId: current.id, athleteId: current.id });
    return updated!;
  });
  return toDetail(ctx.db, row, ctx.now);
}

/** Brings an archived athlete back onto the caseload. */
export async function restoreAthlete(ctx: ClinicianCtx, input: AthleteIdInput): Promise<AthleteDetail> {
  const current = await getAthleteOrThrow(ctx, input.athleteId);
  if (!current.archivedAt) throw new DomainError("INVALID_STATE", "The athlete is not archived");
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(athletes)
      .set({ archivedAt: null, updatedAt: ctx.now, version: sql`${athletes.version} + 1` })
      .where(eq(athletes.id, current.id))
      .returning();
    await recordAudit(tx, ctx, { action: "athlete.restore", entity: "athlete", entityId: current.id, athleteId: current.id });
    return updated!;
  });
  return toDetail(ctx.db, row, ctx.now);
}

/** Puts an athlete on a therapist's caseload (owner). Idempotent. */
export async function assignCaseload(ctx: ClinicianCtx, input: AssignCaseloadInput): Promise<AthleteDetail> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const member = await getClinicMemberOrThrow(ctx, input.therapistUserId);
  if (member.disabledAt) throw new DomainError("INVALID_STATE", "That clinician's account is disabled");
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(caseloadAssignments)
      .values({ clinicId: ctx.actor.clinicId, athleteId: athlete.id, therapistUserId: member.userId })
      .onConflictDoNothing();
    await recordAudit(tx, ctx, { action: "caseload.assign", entity: "athlete", entityId: athlete.id, athleteId: athlete.id });
  });
  return toDetail(ctx.db, athlete, ctx.now);
}

/** Takes an athlete off a therapist's caseload (owner). */
export async function unassignCaseload(ctx: ClinicianCtx, input: AssignCaseloadInput): Promise<AthleteDetail> {
  const athlete = await getAthleteOrThrow(ctx, input.athleteId);
  const member = await getClinicMemberOrThrow(ctx, input.therapistUserId);
  await ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(caseloadAssignments)
      .where(and(eq(caseloadAssignments.athleteId, athlete.id), eq(caseloadAssignments.therapistUserId, member.userId)))
      .returning({ id: caseloadAssignments.id });
    if (removed.length === 0) throw new DomainError("INVALID_STATE", "The athlete is not on that caseload");
    await recordAudit(tx, ctx, { action: "caseload.unassign", entity: "athlete", entityId: athlete.id, athleteId: athlete.id });
  });
  return toDetail(ctx.db, athlete, ctx.now);
}

function toSummary(r: AthleteRow, therapists: { userId: string; name: string }[], openTriage: AthleteSummary["openTriage"]): AthleteSummary {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    dateOfBirth: r.dateOfBirth,
    goalRace: r.goalRace,
    goalDate: r.goalDate,
    weeklyKm: r.weeklyKm,
    archivedAt: r.archivedAt,
    hasPortalAccount: r.userId !== null,
    therapists,
    openTriage,
  };
}

async function toDetail(db: DbOrTx, r: AthleteRow, now: Date): Promise<AthleteDetail> {
  const therapists = await therapistsByAthlete(db, [r.id]);
  const triage = await openTriageUrgencies(db, [r.id]);
  const [invite] = await db
    .select({ id: invites.id, expiresAt: invites.expiresAt })
    .from(invites)
    .where(and(eq(invites.athleteId, r.id), isNull(invites.usedAt), isNull(invites.revokedAt), gt(invites.expiresAt, now)))
    .orderBy(desc(invites.createdAt))
    .limit(1);
  return {
    ...toSummary(r, therapists.get(r.id) ?? [], triage.get(r.id) ?? null),
    sex: r.sex,
    email: r.email,
    yearsRunning: r.yearsRunning,
    usualSurface: r.usualSurface,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    pendingInviteExpiresAt: invite?.expiresAt ?? null,
    pendingInviteId: invite?.id ?? null,
  };
}

