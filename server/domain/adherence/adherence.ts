import { addDays, daysBetween } from "../dates";
import { divRoundHalfUp } from "../progression/exact";

/** A prescribed session: an exercise (key = exercise item) or a run (key = "run"), on its planned date. */
export type PlannedSession = { key: string; date: string; plannedRunMinutes?: number };
/** A session the athlete logged, for the same kind of key, on the date it was done. */
export type LoggedSession = { id: string; key: string; date: string; status: "done" | "partial" | "skipped" };
export type MatchedStatus = LoggedSession["status"] | "missed" | "due" | "upcoming";
export type MatchedSession = { key: string; date: string; logId: string | null; status: MatchedStatus };

/** Grace period (docs/clinical-rules.md R5.2): a session logged up to this many days after its planned date counts for it. */
export const LOG_GRACE_DAYS = 2;

/** "Done" for a run (docs/clinical-rules.md R5.2, R3.3): run minutes ≥ half the planned run minutes (walk-only plan, 0 or null: any log); else partial. */
export function runLogStatus(plannedRunMinutes: number | null, runMinutes: number): "done" | "partial" {
  if (plannedRunMinutes === null || plannedRunMinutes <= 0) return "done";
  return 2 * runMinutes >= plannedRunMinutes ? "done" : "partial";
}

/**
 * Matching (docs/clinical-rules.md R5.2): a log counts for the session of its own date first; a late log (up to 2 days after)
 * then counts for the earliest still-open session of its key it can reach. Each log counts once.
 * Unmatched sessions are `missed` after the grace period, `due` within it (from the planned date),
 * `upcoming` before the planned date.
 */
export function matchSessions(planned: readonly PlannedSession[], logs: readonly LoggedSession[], today: string): MatchedSession[] {
  const byDate = <T extends { date: string }>(a: T, b: T) => daysBetween(b.date, a.date);
  const remaining = [...logs].sort(byDate);
  const sessions = [...planned].sort(byDate);
  const take = (index: number) => (index >= 0 ? remaining.splice(index, 1)[0]! : null);
  const onTheDay = sessions.map((s) => take(remaining.findIndex((log) => log.key === s.key && log.date === s.date)));
  return sessions.map<MatchedSession>((session, i) => {
    const last = addDays(session.date, LOG_GRACE_DAYS);
    const log = onTheDay[i] ?? take(remaining.findIndex(
      (l) => l.key === session.key && daysBetween(session.date, l.date) >= 0 && daysBetween(l.date, last) >= 0,
    ));
    const { key, date } = session;
    if (log) return { key, date, logId: log.id, status: log.status };
    const status = daysBetween(last, today) > 0 ? "missed" : daysBetween(date, today) >= 0 ? "due" : "upcoming";
    return { key, date, logId: null, status };
  });
}

/**
 * Adherence (docs/clinical-rules.md R5.3) in whole percent, halves up, exact: (done + 0.5 × partial) ÷ sessions prescribed, where
 * prescribed = planned sessions dated on or before `today` (a due session counts, an upcoming one not);
 * null when nothing is prescribed yet. Overall adherence: pass exercise and run matches together.
 */
export function adherencePercent(
  matched: readonly MatchedSession[],
  today: string,
): { percent: number | null; done: number; partial: number; prescribed: number } {
  const prescribedSessions = matched.filter((m) => daysBetween(m.date, today) >= 0);
  const prescribed = prescribedSessions.length;
  const done = prescribedSessions.filter((m) => m.status === "done").length;
  const partial = prescribedSessions.filter((m) => m.status === "partial").length;
  // 100 × (done + partial ÷ 2) ÷ prescribed = 100 × (2 × done + partial) ÷ (2 × prescribed)
  const percent = prescribed === 0 ? null : divRoundHalfUp(100 * (2 * done + partial), 2 * prescribed);
  return { percent, done, partial, prescribed };
}
