/**
 * Calendar dates as `YYYY-MM-DD` strings. Plan weeks count calendar days, so dates are treated as days
 * on a calendar (no time of day, no time zone): arithmetic goes through UTC day numbers.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a `YYYY-MM-DD` date (days since 1970-01-01); throws on a malformed date. */
export function dayNumberOf(date: string): number {
  const m = isoDatePattern.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (dateOfDayNumber(ms / DAY_MS) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return ms / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from);
}
