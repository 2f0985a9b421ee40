// Dates are formatted in UTC so the server render and the browser agree (no hydration mismatch).
const dayMonthYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "2026-03-12" (a calendar date) or a Date → "12 Mar 2026". */
export function formatDate(value: string | Date): string {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return Number.isNaN(date.getTime()) ? String(value) : dayMonthYear.format(date);
}

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
