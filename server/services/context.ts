import type { Db, DbOrTx } from "@/db/client";
import type { Actor, AthleteActor, ClinicianActor } from "@/server/domain/access";

/** What every use case receives: the database, the clock reading of this request and its id. */
export type PublicCtx = {
  db: Db;
  now: Date;
  requestId: string;
  /** Client address for throttling; never stored in audit events. */
  ip: string;
  /** Absolute base URL for links sent to people (invites). */
  appUrl: string;
};

export type ServiceCtx<A extends Actor = Actor> = PublicCtx & { actor: A };
export type ClinicianCtx = ServiceCtx<ClinicianActor>;
export type AthleteCtx = ServiceCtx<AthleteActor>;

/** The request's calendar day (UTC, `YYYY-MM-DD`): the "today" every domain rule takes as an argument. */
export const todayOf = (ctx: { now: Date }): string => ctx.now.toISOString().slice(0, 10);

/**
 * What the engine runs with: a person whose event made decisions or alerts due, or the scheduled job
 * (no actor). Any database or transaction.
 */
export type EngineCtx = { db: DbOrTx; now: Date; requestId: string; actor: Actor | null };
