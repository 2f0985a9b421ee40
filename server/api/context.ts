import "server-only";
import { getAppDb } from "@/server/db";
import { getCurrentActor } from "@/server/auth/guards";
import { requestMeta } from "@/server/auth/request-meta";
import type { TrpcContext } from "./trpc";

/** Builds the tRPC context of one request: the database and the actor behind its session. */
export async function createTRPCContext(opts: { headers: Headers }): Promise<TrpcContext> {
  const { db } = await getAppDb();
  const actor = await getCurrentActor();
  return { db, actor, now: new Date(), ...requestMeta(opts.headers) };
}
