/**
 * Route handlers get no CSRF protection from Next: a state-changing request must be JSON (which a
 * cross-site form cannot send without a CORS preflight) and must not come from another origin.
 */
export type RequestProblem = { status: 403 | 415; message: string };

export function checkMutationRequest(req: { method: string; headers: Headers }, allowedOrigins: string[] = []): RequestProblem | null {
  if (req.method !== "POST") return null;
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) {
    return { status: 415, message: "Requests that change data must be sent as application/json" };
  }
  if (req.headers.get("sec-fetch-site") === "cross-site") return { status: 403, message: "Cross-site request refused" };
  const origin = req.headers.get("origin");
  if (origin) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return { status: 403, message: "Cross-site request refused" };
    }
    const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
    const allowed = new Set([host, ...allowedOrigins.map((o) => new URL(o).host)]);
    if (!allowed.has(originHost)) return { status: 403, message: "Cross-site request refused" };
  }
  return null;
}
