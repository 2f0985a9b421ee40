// Dates are formatted in UTC so the server render, the browser and the printed report agree.
const dayMonthYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "2026-03-12" (a calendar date) or a Date → "12 Mar 2026". */
export function formatDate(value: string | Date): string {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return Number.isNaN(date.getTime()) ? String(value) : dayMonthYear.format(date);
}

/** "1 athlete", "2 athletes", "0 entries": a count with its noun in the right number. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as "12 Mar 2026, 14:05 UTC" in the given time zone (the reader's own when undefined). */
export function formatDateTime(value: Date, timeZone?: string): string {
  const key = timeZone ?? "";
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short", timeZone });
    dateTimeFormats.set(key, format);
  }
  return format.format(value);
}
