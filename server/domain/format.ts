// Dates are formatted in UTC so the server render, the browser and the printed report agree.
const dayMonthYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "2026-03-12" (a calendar date) or a Date → "12 Mar 2026". */
export function formatDate(value: string | Date): string {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return Number.isNaN(date.getTime()) ? String(value) : dayMonthYear.format(date);
}
