import { ACWR_CAVEAT, acwr } from "../load/acwr";
import { isSingleRunSpike, longestRunBefore } from "../load/runs";
import { addDays, daysBetween } from "../dates";
import { triggerReason } from "../triage/wording";
import { formatFactor, toHundredths } from "../progression/exact";
import { isShoeDueForReview } from "../shoes/mileage";

/**
 * Alerts between visits (docs/clinical-rules.md R6). The rules here only propose candidates; the service stores one alert per
 * (athlete, type, cause) ever, so every `cause` names an episode (a run, a freeze, a shoe, a gap in the
 * logs), never a permanent fact. Today is an argument; dates are `YYYY-MM-DD` calendar days.
 */

export const alertTypes = ["triage", "red-run", "review", "not-settled", "single-run-spike", "acwr", "no-logs", "shoe-review"] as const;
export type AlertType = (typeof alertTypes)[number];
export const alertSeverities = ["emergency", "urgent", "high", "medium", "routine", "low"] as const;
export type AlertSeverity = (typeof alertSeverities)[number];
/** Caseload order (docs/clinical-rules.md R6.11): open emergency, urgent triage; then high, medium alerts; routine triage; low. Higher first. */
export const severityRank: Record<AlertSeverity, number> = { emergency: 6, urgent: 5, high: 4, medium: 3, routine: 2, low: 1 };

/**
 * The one order of every alert list: unresolved before resolved, then most severe first (emergency,
 * urgent, high, medium, routine, low), then newest first. Returns a new array.
 */
export function sortAlertsBySeverity<T extends { severity: AlertSeverity; raisedAt: Date; status?: string }>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) =>
      Number(a.status === "resolved") - Number(b.status === "resolved") ||
      severityRank[b.severity] - severityRank[a.severity] ||
      b.raisedAt.getTime() - a.raisedAt.getTime(),
  );
}

export type AlertCandidate = { type: AlertType; cause: string; severity: AlertSeverity; reason: string; data: Record<string, unknown> };
export type AlertRunInput = {
  id: string;
  date: string;
  runMinutes: number;
  plannedRunMinutes: number | null;
  sessionClass: "RED" | "AMBER" | "INCOMPLETE" | "GREEN";
  classReasons: string[];
  preNrs: number | null;
  nextMorningNrs: number | null;
};
export type AlertInput = {
  today: string;
  settings: { singleRunWarn: number };
  openTriage: { id: string; urgency: "emergency" | "urgent" | "routine"; triggers: { id: string; reason: string }[] }[];
  /** The athlete's runs, oldest first, each already classified (docs/clinical-rules.md R2). */
  runs: AlertRunInput[];
  /** The active plan, if any: frozen for review (docs/clinical-rules.md R4.9), its start date, and how many sign-offs it has had (identifies the freeze episode). */
  plan: { id: string; frozen: boolean; startDate: string; signOffs: number } | null;
  /** The athlete's last log of any kind (run, exercise, cross-training), or null. */
  lastLogDate: string | null;
  /** Session loads (docs/clinical-rules.md R5.4: minutes × RPE) of runs and cross-training, for ACWR. */
  loads: { date: string; minutes: number; rpe: number }[];
  shoes: { id: string; label: string; totalKm: number; reviewDistanceKm: number; retired: boolean }[];
};

/** Window of the run rules (docs/clinical-rules.md R6.3, R6.5, R6.6): runs dated today − 13 … today (14 calendar days). */
export const ALERT_WINDOW_DAYS = 14;
/** not-settled (docs/clinical-rules.md R6.5): two unsettled runs "within 7 days" = the later is at most 6 days after the earlier. */
export const NOT_SETTLED_SPAN_DAYS = 6;
/** acwr (docs/clinical-rules.md R6.7): rolling ACWR above this raises an informational alert. */
export const ACWR_ALERT_ABOVE = 1.5;
/** no-logs (docs/clinical-rules.md R6.8): days without any log while a plan is active. */
export const NO_LOGS_DAYS = 5;

/** Types the service raises only while none of the same type is open, so one is re-raised only after it is resolved (docs/clinical-rules.md R6.1). */
export const onePerTypeAlerts: readonly AlertType[] = ["not-settled", "acwr", "no-logs"];

/** Whether a date lies in the alerts' 14-day window (docs/clinical-rules.md R6.3) ending today (today − 13 … today; later dates do not). */
export function isInAlertWindow(date: string, today: string): boolean {
  const ago = daysBetween(date, today);
  return ago >= 0 && ago < ALERT_WINDOW_DAYS;
}

/** "Not settled by the next morning" (docs/clinical-rules.md R2.2): next-morning NRS > pre-run NRS (missing pre = 0); never without an answer. */
export function isUnsettled(run: Pick<AlertRunInput, "preNrs" | "nextMorningNrs">): boolean {
  return run.nextMorningNrs !== null && run.nextMorningNrs > (run.preNrs ?? 0);
}

/** triage (docs/clinical-rules.md R6.2): one alert per open triage result, severity = its urgency, cause `triage:<id>`. */
export function triageAlerts(openTriage: AlertInput["openTriage"]): AlertCandidate[] {
  return openTriage.map((t) => {
    const listed = t.triggers.map((f) => triggerReason(f.id, f.reason));
    return {
      type: "triage",
      cause: `triage:${t.id}`,
      severity: t.urgency,
      reason: `Open ${t.urgency} red flag: ${listed.length ? listed.join("; ") : "no trigger recorded"}`,
      data: { triageId: t.id, urgency: t.urgency, triggers: t.triggers.map((f) => ({ id: f.id, reason: f.reason })) },
    };
  });
}

/** red-run (docs/clinical-rules.md R6.3): each RED run dated in the last 14 days (today − 13 … today), high, cause `run:<id>`. */
export function redRunAlerts(runs: readonly AlertRunInput[], today: string): AlertCandidate[] {
  return runs
    .filter((r) => r.sessionClass === "RED" && isInAlertWindow(r.date, today))
    .map((r) => ({
      type: "red-run",
      cause: `run:${r.id}`,
      severity: "high",
      reason: `Red run on ${r.date}: ${r.classReasons.length ? r.classReasons.join("; ") : "classified RED"}`,
      data: { runId: r.id, date: r.date, reasons: [...r.classReasons] },
    }));
}

/** review (docs/clinical-rules.md R6.4): the active plan is frozen for clinician review (R4.9), high; cause `plan:<id>:episode:<sign-offs>` (each sign-off starts a new episode). */
export function reviewAlerts(plan: AlertInput["plan"]): AlertCandidate[] {
  if (!plan?.frozen) return [];
  return [{
    type: "review",
    cause: `plan:${plan.id}:episode:${plan.signOffs}`,
    severity: "high",
    reason: "Plan frozen for clinician review: progression is held until a therapist signs it off",
    data: { planId: plan.id, signOffs: plan.signOffs },
  }];
}

/**
 * not-settled (docs/clinical-rules.md R6.5): at least 2 runs in the last 14 days, the later ≤ 6 days after the earlier, each not
 * settled by the next morning; medium. The episode is the latest unsettled run with an earlier unsettled
 * run within 6 days (cause `run:<its id>`); the reason lists the unsettled runs of its 7-day span.
 */
export function notSettledAlerts(runs: readonly AlertRunInput[], today: string): AlertCandidate[] {
  const unsettled = runs.filter((r) => isUnsettled(r) && isInAlertWindow(r.date, today));
  // Latest by date; among runs of the same date, the one later in the (oldest-first) list.
  let latest: AlertRunInput | null = null;
  for (const r of unsettled) {
    const hasPartner = unsettled.some((o) => o !== r && Math.abs(daysBetween(o.date, r.date)) <= NOT_SETTLED_SPAN_DAYS
      && (daysBetween(o.date, r.date) > 0 || (o.date === r.date && unsettled.indexOf(o) < unsettled.indexOf(r))));
    if (hasPartner && (latest === null || daysBetween(latest.date, r.date) >= 0)) latest = r;
  }
  if (latest === null) return [];
  const last = latest;
  const span = unsettled.filter((r) => {
    const before = daysBetween(r.date, last.date);
    return before >= 0 && before <= NOT_SETTLED_SPAN_DAYS;
  });
  const listed = span.map((r) => `${r.date} (${r.nextMorningNrs}/10 next morning vs ${r.preNrs ?? 0}/10 before)`);
  return [{
    type: "not-settled",
    cause: `run:${last.id}`,
    severity: "medium",
    reason: `Not settled by the next morning on ${span.length} runs within 7 days: ${listed.join(", ")}`,
    data: {
      runIds: span.map((r) => r.id),
      runs: span.map((r) => ({ runId: r.id, date: r.date, preNrs: r.preNrs ?? 0, nextMorningNrs: r.nextMorningNrs })),
    },
  }];
}

/**
 * single-run-spike (docs/clinical-rules.md R6.6, R5.5): a run in the last 14 days whose run minutes > single_run_warn × the longest
 * run of the previous 30 days (all runs count for the longest; none → no spike); medium, cause `run:<id>`.
 */
export function singleRunSpikeAlerts(runs: readonly AlertRunInput[], today: string, singleRunWarn: number): AlertCandidate[] {
  const warn = formatFactor(toHundredths(singleRunWarn));
  return runs.flatMap((r) => {
    if (!isInAlertWindow(r.date, today)) return [];
    const longest = longestRunBefore(runs, r.date);
    if (!isSingleRunSpike(r.runMinutes, longest, singleRunWarn)) return [];
    return [{
      type: "single-run-spike",
      cause: `run:${r.id}`,
      severity: "medium",
      reason: `Single-run spike on ${r.date}: ${r.runMinutes} min > ${warn} × ${longest} min, the longest run of the previous 30 days`,
      data: { runId: r.id, date: r.date, runMinutes: r.runMinutes, longestPrevious30Days: longest, singleRunWarn },
    } satisfies AlertCandidate];
  });
}

/**
 * acwr (docs/clinical-rules.md R6.7, R5.6): rolling ACWR > 1.5, only when available (≥ 28 days of logs); low, informational, cause
 * `date:<today>`. Compared as shown (2 decimals, exact), so a ratio shown as 1.50 does not alert.
 */
export function acwrAlerts(loads: AlertInput["loads"], today: string): AlertCandidate[] {
  const a = acwr(loads, today);
  if (!a.available || a.rolling === null || !(a.rolling > ACWR_ALERT_ABOVE)) return [];
  return [{
    type: "acwr",
    cause: `date:${today}`,
    severity: "low",
    reason: `Rolling ACWR ${a.rolling.toFixed(2)} > 1.5 (7-day load ${a.acute7} AU vs 28-day weekly average ${a.chronicWeeklyAvg} AU). ${ACWR_CAVEAT}; shown for information only, it never changes a decision`,
    data: { date: today, rolling: a.rolling, acute7: a.acute7, chronicWeeklyAvg: a.chronicWeeklyAvg, ewma: a.ewma, caveat: ACWR_CAVEAT },
  }];
}

/**
 * no-logs (docs/clinical-rules.md R6.8): an active plan started ≥ 5 days ago and nothing logged for ≥ 5 days; low. The episode starts
 * at the later of the last log and the plan start (cause `since:<that date>`), so a new plan is a new episode.
 */
export function noLogsAlerts(plan: AlertInput["plan"], lastLogDate: string | null, today: string): AlertCandidate[] {
  if (plan === null) return [];
  const since = lastLogDate !== null && daysBetween(plan.startDate, lastLogDate) > 0 ? lastLogDate : plan.startDate;
  const days = daysBetween(since, today);
  if (days < NO_LOGS_DAYS) return [];
  const reason = since === lastLogDate
    ? `No logs for ${days} days while a plan is active (last log ${lastLogDate})`
    : `No logs since the plan started on ${plan.startDate} (${days} days)${lastLogDate === null ? "" : `; last log before it ${lastLogDate}`}`;
  return [{
    type: "no-logs",
    cause: `since:${since}`,
    severity: "low",
    reason,
    data: { planId: plan.id, planStartDate: plan.startDate, lastLogDate, since, days },
  }];
}

/** Kilometres to the metre, for the wording (summed decimals are not shown as 600.0000000001). */
const metres = (km: number) => Math.round(km * 1000);

/** shoe-review: a shoe not retired whose total km ≥ its review distance (default 600 km, R10); low, cause `shoe:<id>` (docs/clinical-rules.md R6.9). */
export function shoeReviewAlerts(shoes: AlertInput["shoes"]): AlertCandidate[] {
  return shoes
    .filter((s) => !s.retired && isShoeDueForReview(s.totalKm, s.reviewDistanceKm))
    .map((s) => ({
      type: "shoe-review",
      cause: `shoe:${s.id}`,
      severity: "low",
      reason: `Shoe ${s.label} has ${metres(s.totalKm) / 1000} km, at or past its review distance of ${s.reviewDistanceKm} km`,
      data: { shoeId: s.id, label: s.label, totalKm: s.totalKm, reviewDistanceKm: s.reviewDistanceKm },
    }));
}

/**
 * Alert candidates (docs/clinical-rules.md R6) for one athlete on `today`, in alertTypes order (within a type: input order, runs
 * oldest first). Pure: the service decides which are new (one per athlete, type and cause; onePerTypeAlerts).
 */
export function alertCandidates(input: AlertInput): AlertCandidate[] {
  const { today, runs } = input;
  return [
    ...triageAlerts(input.openTriage),
    ...redRunAlerts(runs, today),
    ...reviewAlerts(input.plan),
    ...notSettledAlerts(runs, today),
    ...singleRunSpikeAlerts(runs, today, input.settings.singleRunWarn),
    ...acwrAlerts(input.loads, today),
    ...noLogsAlerts(input.plan, input.lastLogDate, today),
    ...shoeReviewAlerts(input.shoes),
  ];
}

export type AttentionRow = { topSeverity: AlertSeverity | null; lastLogDate: string | null; name: string };

/**
 * Caseload order (docs/clinical-rules.md R6.11): higher top open-alert severity first (none last), then longest since the last log
 * first (never logged before any date), then name (locale order, then code units, so the order is total).
 */
export function compareAttention(a: AttentionRow, b: AttentionRow): number {
  const rank = (s: AlertSeverity | null) => (s === null ? 0 : severityRank[s]);
  if (rank(a.topSeverity) !== rank(b.topSeverity)) return rank(b.topSeverity) - rank(a.topSeverity);
  if (a.lastLogDate !== b.lastLogDate) {
    if (a.lastLogDate === null) return -1;
    if (b.lastLogDate === null) return 1;
    return daysBetween(b.lastLogDate, a.lastLogDate);
  }
  const byLocale = a.name.localeCompare(b.name, "en");
  if (byLocale !== 0) return byLocale;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The first date of the alerts' run window (docs/clinical-rules.md R6.3) for `today` (today − 13), for loaders and labels. */
export function alertWindowStart(today: string): string {
  return addDays(today, -(ALERT_WINDOW_DAYS - 1));
}
