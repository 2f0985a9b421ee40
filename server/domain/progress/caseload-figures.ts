import { adherencePercent } from "../adherence/adherence";
import { addDays, daysBetween } from "../dates";
import type { ProgressSummary } from "./summary";

/**
 * Adherence (docs/clinical-rules.md R5.3) over the last `days` days up to today (overall: exercises and runs together), whole
 * percent; null when nothing was prescribed in that window.
 */
export function recentAdherence(summary: Pick<ProgressSummary, "exerciseSessions" | "runSessions">, today: string, days: number): number | null {
  const from = addDays(today, -(days - 1));
  const inWindow = [...summary.exerciseSessions, ...summary.runSessions].filter((s) => daysBetween(from, s.date) >= 0);
  return adherencePercent(inWindow, today).percent;
}

/**
 * The caseload sparkline (docs/clinical-rules.md R5.7): the highest numbness or tingling rated on any run in each of the last `weeks`
 * 7-day periods ending today, oldest first; null for a period without a rated run.
 */
export function weeklyNumbnessTinglingMax(
  runs: readonly { date: string; numbness: number | null; tingling: number | null }[],
  today: string,
  weeks = 8,
): (number | null)[] {
  return Array.from({ length: weeks }, (_, i) => {
    const end = addDays(today, -7 * (weeks - 1 - i));
    const start = addDays(end, -6);
    const rated = runs
      .filter((r) => daysBetween(start, r.date) >= 0 && daysBetween(r.date, end) >= 0)
      .flatMap((r) => [r.numbness, r.tingling].filter((v): v is number => v !== null));
    return rated.length ? Math.max(...rated) : null;
  });
}
