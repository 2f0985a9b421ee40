import { z } from "zod";
import { DomainError } from "./errors";
import "./messages";

/**
 * Calendar dates as `YYYY-MM-DD` strings. Plan weeks count calendar days, so dates are treated as days
 * on a calendar (no time of day, no time zone): arithmetic goes through UTC day numbers. Below the
 * arithmetic: the one date schema of the app and the bounds of each kind of dated field.
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

/** The same day `years` years earlier (29 February becomes 28 February in a common year). */
export function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const year = String(y - years).padStart(4, "0");
  const day = m === 2 && d === 29 && !isLeapYear(y - years) ? 28 : d;
  return `${year}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * One date schema for the app: a calendar date `YYYY-MM-DD` that exists, and named variants whose
 * bounds depend on today. Today is always an argument (the domain has no clock): forms pass the
 * page's today, services the request's (`todayOf(ctx)`).
 */
export const calendarDate = z.iso.date({ error: "Enter a real date (day, month and year)" });

/** The earliest date of birth the app accepts, whatever the age rule says. */
export const EARLIEST_BIRTH_DATE = "1900-01-01";
/** Visits and shoe purchases before this are typing mistakes (the app keeps current care). */
export const EARLIEST_RECORD_DATE = "2000-01-01";
/** A plausible athlete: at least 5 and at most 110 years old. */
export const AGE_RANGE = { min: 5, max: 110 } as const;
/** A goal race may lie a year behind (just run) and up to five years ahead. */
export const GOAL_YEARS = { past: 1, future: 5 } as const;

export type DateRule = "dateOfBirth" | "visit" | "purchase" | "goal";

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Inclusive bounds of a rule on `today`. "Not in the future" allows tomorrow: the request's day is
 * the UTC day, and a clinic east of UTC (up to UTC+14) already lives in the next one.
 */
export function dateRange(rule: DateRule, today: string): { min: string; max: string } {
  switch (rule) {
    case "dateOfBirth":
      // Age on `today` is between AGE_RANGE.min and AGE_RANGE.max whole years.
      return { min: later(EARLIEST_BIRTH_DATE, addDays(yearsBefore(today, AGE_RANGE.max + 1), 1)), max: yearsBefore(today, AGE_RANGE.min) };
    case "visit":
    case "purchase":
      return { min: EARLIEST_RECORD_DATE, max: addDays(today, 1) };
    case "goal":
      return { min: yearsBefore(today, GOAL_YEARS.past), max: yearsBefore(today, -GOAL_YEARS.future) };
  }
}

const tooEarly: Record<DateRule, (min: string) => string> = {
  dateOfBirth: () => `That date of birth would make the athlete older than ${AGE_RANGE.max}; check the year`,
  visit: (min) => `A visit date before ${min.slice(0, 4)} is not accepted; check the year`,
  purchase: (min) => `A purchase date before ${min.slice(0, 4)} is not accepted; check the year`,
  goal: () => `The goal date is more than ${GOAL_YEARS.past} year in the past; check the year`,
};
const tooLate: Record<DateRule, (date: string, today: string) => string> = {
  dateOfBirth: (date, today) => (date > today ? "The date of birth cannot be in the future" : `The athlete must be at least ${AGE_RANGE.min} years old; check the year`),
  visit: () => "The visit date cannot be in the future",
  purchase: () => "The purchase date cannot be in the future",
  goal: () => `The goal date is more than ${GOAL_YEARS.future} years ahead; check the year`,
};

/** Why `date` breaks the rule on `today`, in plain words, or null. `date` must be a calendar date. */
export function dateProblem(rule: DateRule, date: string, today: string): string | null {
  const { min, max } = dateRange(rule, today);
  if (date < min) return tooEarly[rule](min);
  if (date > max) return tooLate[rule](date, today);
  return null;
}

/** The calendar-date schema of a rule on `today`: the variant forms and services check dated fields with. */
export function datedOn(rule: DateRule, today: string) {
  return calendarDate.superRefine((date, ctx) => {
    const problem = dateProblem(rule, date, today);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** Checks the dated fields of an input against their rules (a `…DatesOn(today)` schema); BAD_INPUT names each field. */
export function assertDates(schema: z.ZodType, input: unknown): void {
  const result = schema.safeParse(input);
  if (result.success) return;
  const fieldErrors = z.flattenError(result.error).fieldErrors as Record<string, string[]>;
  throw new DomainError("BAD_INPUT", Object.values(fieldErrors)[0]?.[0], fieldErrors);
}
