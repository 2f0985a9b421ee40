import { addDays, daysBetween } from "../dates";
import { BACKDATE_LIMIT_DAYS, CORRECTION_WINDOW_DAYS } from "./schemas";

/**
 * Why an entry cannot carry this date, or null. Tomorrow is allowed: the server's day (UTC) can be
 * behind the athlete's own; older than the backdate limit is refused.
 */
export function entryDateProblem(date: string, today: string): string | null {
  if (daysBetween(addDays(today, 1), date) > 0) return "The date is in the future";
  if (daysBetween(date, today) > BACKDATE_LIMIT_DAYS) return `Entries older than ${BACKDATE_LIMIT_DAYS} days cannot be added; tell your physio instead`;
  return null;
}

/** Whether an entry dated `date` can still be corrected today: for 7 days after its date. */
export function isCorrectable(date: string, today: string): boolean {
  return daysBetween(date, today) <= CORRECTION_WINDOW_DAYS;
}

/** The key a logged exercise session is matched by: the exercise and side of the program item. */
export const exerciseKey = (item: { exerciseId: string; side: string }) => `${item.exerciseId}|${item.side}`;
