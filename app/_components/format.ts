export { formatDate } from "@/server/domain/format";

/** A timestamp as "2026-03-12 14:05:09" in UTC, for logs. */
export function formatUtcTimestamp(value: Date): string {
  return value.toISOString().replace("T", " ").slice(0, 19);
}

/** Today's calendar date (UTC) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The first value of a search param. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
