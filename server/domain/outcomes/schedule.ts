import { addDays, daysBetween } from "../dates";

export type OutcomeDue = { instrument: string; lastCompleted: string; dueDate: string; isDue: boolean };

/**
 * When each questionnaire is next due (docs/clinical-rules.md R9.5: at each formal re-assessment, every `reassessWeeks`
 * weeks): the latest completion of each instrument plus that interval; due from that day on.
 * Soonest first.
 */
export function outcomeDueDates(completed: readonly { instrument: string; completedDate: string }[], reassessWeeks: number, today: string): OutcomeDue[] {
  const latest = new Map<string, string>();
  for (const c of completed) {
    const seen = latest.get(c.instrument);
    if (!seen || daysBetween(seen, c.completedDate) > 0) latest.set(c.instrument, c.completedDate);
  }
  return [...latest]
    .map(([instrument, lastCompleted]) => {
      const dueDate = addDays(lastCompleted, 7 * reassessWeeks);
      return { instrument, lastCompleted, dueDate, isDue: daysBetween(dueDate, today) >= 0 };
    })
    .sort((a, b) => daysBetween(b.dueDate, a.dueDate) || (a.instrument < b.instrument ? -1 : 1));
}
