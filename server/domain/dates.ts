/**
 * Calendar dates as `YYYY-MM-DD` strings. Plan weeks count calendar days, so dates are treated as days
 * on a calendar (no time of day, no time zone): arithmetic goes through UTC day numbers.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

// Date arithmetic sits in the inner loops of adherence and load figures (sorting, matching, windows):
// both conversions are memoised, bounded so a long-running server does not grow without limit.
const CACHE_LIMIT = 50_000;
const dayNumbers = new Map<string, number>();
const dates = new Map<number, string>();

/** The day number of a `YYYY-MM-DD` date (days since 1970-01-01); throws on a malformed date. */
export function dayNumberOf(date: string): number {
  const cached = dayNumbers.get(date);
  if (cached !== undefined) return cached;
  const m = isoDatePattern.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (dateOfDayNumber(ms / DAY_MS) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  if (dayNumbers.size >= CACHE_LIMIT) dayNumbers.clear();
  dayNumbers.set(date, ms / DAY_MS);
  return ms / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDayNumber(day: number): string {
  const cached = dates.get(day);
  if (cached !== undefined) return cached;
  const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (dates.size >= CACHE_LIMIT) dates.clear();
  dates.set(day, date);
  return date;
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from);
}
