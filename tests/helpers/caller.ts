import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { createCaller } from "@/server/api/root";
import type { Actor } from "@/server/domain/access";

export const TEST_APP_URL = "http://localhost:3000";

export type CallerOptions = {
  /** Known request id, to find the audit events this call wrote. */
  requestId?: string;
  /** Client address; give failing sign-in tests their own so the per-IP throttle is not shared. */
  ip?: string;
};

/** The real tRPC caller, as the given actor (null = anonymous). */
export function callerFor(db: Db, actor: Actor | null, now: Date = new Date(), opts: CallerOptions = {}) {
  return createCaller({
    db, actor, now,
    requestId: opts.requestId ?? randomUUID(),
    ip: opts.ip ?? "203.0.113.7",
    appUrl: TEST_APP_URL,
  });
}

export type Caller = ReturnType<typeof callerFor>;

/** The context a public service (sign-in, invites) receives, with its own request id and client address. */
export function publicCtx(db: Db, over: { now?: Date; requestId?: string; ip?: string } = {}) {
  return {
    db,
    now: over.now ?? new Date(),
    requestId: over.requestId ?? randomUUID(),
    ip: over.ip ?? uniqueIp(),
    appUrl: TEST_APP_URL,
  };
}

/** A client address no other test uses (throttle counters live in the shared database). */
export function uniqueIp(): string {
  const hex = randomUUID().replace(/-/g, "");
  return `2001:db8:${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 12)}::1`;
}

export const minutes = (n: number) => n * 60_000;
export const days = (n: number) => n * 24 * 60 * 60_000;
export const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
