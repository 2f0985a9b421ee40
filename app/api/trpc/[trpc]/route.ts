import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/context";
import { checkMutationRequest } from "@/server/api/request-guard";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

async function handler(req: Request): Promise<Response> {
  const { APP_URL, AUTH_URL, NODE_ENV } = env();
  const allowed = [APP_URL, AUTH_URL].filter((u): u is string => Boolean(u));
  const problem = checkMutationRequest(req, allowed, { loopbackAliases: NODE_ENV === "development" });
  if (problem) return Response.json({ error: { message: problem.message } }, { status: problem.status });
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
  });
}

export { handler as GET, handler as POST };
