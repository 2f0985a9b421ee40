import { randomUUID } from "node:crypto";
import { env } from "@/server/env";

export type RequestMeta = { requestId: string; ip: string; appUrl: string };

/** Request id, client address and public base URL, from the incoming headers. */
export function requestMeta(headers: Headers): RequestMeta {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip") || "unknown";
  const requestId = headers.get("x-request-id")?.slice(0, 100) || randomUUID();
  return { requestId, ip, appUrl: env().APP_URL ?? env().AUTH_URL ?? originOf(headers) };
}

function originOf(headers: Headers): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
