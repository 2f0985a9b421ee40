import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { createCaller } from "@/server/api/root";
import type { Actor } from "@/server/domain/access";

/** The real tRPC caller, as the given actor (null = anonymous). */
export function callerFor(db: Db, actor: Actor | null, now: Date = new Date()) {
  return createCaller({ db, actor, now, requestId: randomUUID(), ip: "203.0.113.7", appUrl: "http://localhost:3000" });
}

export type Caller = ReturnType<typeof callerFor>;
