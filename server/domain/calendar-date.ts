import { z } from "zod";
import { DomainError } from "./errors";
import "./messages";
import { addDays } from "./dates";

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

/** The same day `years` years earlier (29 February becomes 28 February in a common year). */
export function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const year = String(y - years).padStart(4, "0");
  const day = m === 2 && d === 29 && !isLeapYear(y - years) ? 28 : d;
  return `${year}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
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
