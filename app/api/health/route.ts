import { getAppDb } from "@/server/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and monitors. */
export async function GET(): Promise<Response> {
  const started = Date.now();
  try {
    const handle = await getAppDb();
    await Promise.race([
      handle.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("database ping timed out")), 3000)),
    ]);
    return Response.json({ status: "ok", db: { status: "up", kind: handle.kind, latencyMs: Date.now() - started } });
  } catch {
    return Response.json({ status: "error", db: { status: "down" } }, { status: 503 });
  }
}
