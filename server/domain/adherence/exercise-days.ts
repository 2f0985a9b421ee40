import { addDays, dayNumberOf, daysBetween } from "../dates";

/** Planned days (0–6) of a 7-day plan week for an exercise done `perWeek` (1–7) times, spread evenly: ⌊i × 7 ÷ perWeek⌋. */
export function exerciseDays(perWeek: number): number[] {
  if (!Number.isInteger(perWeek) || perWeek < 1 || perWeek > 7) throw new RangeError(`Sessions per week must be 1–7: ${perWeek}`);
  return Array.from({ length: perWeek }, (_, i) => Math.floor((i * 7) / perWeek));
}

/**
 * Exercise sessions prescribed (docs/clinical-rules.md R5.1) in [periodStart, periodEnd] (YYYY-MM-DD, inclusive): each item on its
 * `exerciseDays` of every 7-day week counted from `programStart` (day 0); nothing before the program
 * starts. Sorted by date, then key.
 */
export function plannedExerciseSessions(
  items: readonly { key: string; perWeek: number }[],
  periodStart: string,
  periodEnd: string,
  programStart: string,
): { key: string; date: string }[] {
  const days = [...items]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((item) => ({ key: item.key, days: new Set(exerciseDays(item.perWeek)) }));
  const first = dayNumberOf(periodStart) < dayNumberOf(programStart) ? programStart : periodStart;
  const sessions: { key: string; date: string }[] = [];
  for (let offset = daysBetween(programStart, first), date = first; daysBetween(date, periodEnd) >= 0; offset++, date = addDays(date, 1)) {
    for (const item of days) if (item.days.has(offset % 7)) sessions.push({ key: item.key, date });
  }
  return sessions;
}
