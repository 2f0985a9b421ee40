/**
 * Route handlers get no CSRF protection from Next: a state-changing request must be JSON (which a
 * cross-site form cannot send without a CORS preflight) and must not come from another origin.
 */
export type RequestProblem = { status: 403 | 415; message: string };

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The same host with every loopback name (localhost, 127.0.0.1, [::1]) on the port, for development. */
function withLoopbackAliases(hosts: string[]): string[] {
  return hosts.flatMap((host) => {
    const url = URL.parse(`http://${host}`);
    if (!url || !LOOPBACK_HOSTS.has(url.hostname)) return [host];
    return [...LOOPBACK_HOSTS].map((name) => (url.port ? `${name}:${url.port}` : name));
  });
}

/**
 * `loopbackAliases` (development only): a dev server opened at 127.0.0.1 while APP_URL says localhost
 * is the same machine, so the loopback names count as one origin. Production never passes it.
 */
export function checkMutationRequest(
  req: { method: string; headers: Headers },
  allowedOrigins: string[] = [],
  { loopbackAliases = false }: { loopbackAliases?: boolean } = {},
): RequestProblem | null {
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
    const hosts = [host, ...allowedOrigins.map((o) => new URL(o).host)].filter((h): h is string => Boolean(h));
    const allowed = new Set(loopbackAliases ? withLoopbackAliases(hosts) : hosts);
    if (!allowed.has(originHost)) return { status: 403, message: "Cross-site request refused" };
  }
  return null;
}
