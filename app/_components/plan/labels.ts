import { ladder, type Stage } from "@/server/domain/progression/ladder";

/** A short name for each stage of the ladder (docs/clinical-rules.md R4.1), for selects and summaries. */
const stageShortNames: Record<Stage, string> = {
  0: "walk only",
  1: "8 × (1 min run / 2 min walk)",
  2: "8 × (1.5 min run / 1.5 min walk)",
  3: "6 × (3 min run / 1.5 min walk)",
  4: "4 × (5 min run / 1 min walk)",
  5: "2 × (10 min run / 1 min walk)",
  6: "25 min continuous after a 5 min walk",
  7: "30 min continuous",
  8: "continuous, in weekly minutes",
};

/** Options of a stage select: "S1 · 8 × (1 min run / 2 min walk)". */
export const stageOptions = ladder.map((s) => ({ value: String(s.stage), label: `${s.code} · ${stageShortNames[s.stage]}` }));

/** The stage with its short name. */
export function stageLabel(stage: number): string {
  return stageOptions[stage]?.label ?? `S${stage}`;
}

/** The stage's session structure as the athlete does it (docs/clinical-rules.md R4.1). */
export function stageStructure(stage: number): string {
  return ladder[stage]?.structure ?? "";
}

/** Run minutes of one session: the ladder's figure in S0–S7; S8 splits the weekly minutes (rounded). */
export function perRunMinutes(state: { stage: number; weeklyMinutes: number | null }, runsPerWeek: number): number {
  if (state.stage === 8) return Math.round((state.weeklyMinutes ?? 0) / runsPerWeek);
  return ladder[state.stage]?.runMinutesPerSession ?? 0;
}

export { prescriptionText } from "@/server/domain/progression/ladder";

export const decisionLabels: Record<string, string> = {
  PROGRESS: "Progress",
  HOLD: "Hold",
  REGRESS: "Regress",
  PAUSED: "Paused",
};

/** "PROGRESS" → "Progress"; unknown values as they are. */
export function decisionLabel(decision: string | null): string {
  return decision === null ? "" : (decisionLabels[decision] ?? decision);
}

export const decisionKindLabels: Record<string, string> = {
  weekly: "Weekly decision",
  override: "Therapist override",
  signoff: "Review signed off",
  pause: "Paused by therapist",
  resume: "Resumed by therapist",
};

/** What a weekly decision means for the athlete, in plain words (portal). */
export const plainDecision: Record<string, string> = {
  PROGRESS: "Moving up a step",
  HOLD: "Staying at the same step",
  REGRESS: "Stepping back a little",
  PAUSED: "Runs paused",
};

export const sessionClassLabels: Record<string, string> = {
  GREEN: "Green",
  AMBER: "Amber",
  RED: "Red",
  INCOMPLETE: "Incomplete",
};

const weekdayDate = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const longWeekdayDate = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/** "2026-03-12" → "Thu 12 Mar 2026" (UTC, so server and browser agree). */
export function formatDayDate(iso: string): string {
  return weekdayDate.format(new Date(`${iso}T00:00:00Z`));
}

/** "2026-03-12" → "Thursday 12 March" (portal cards). */
export function formatLongDayDate(iso: string): string {
  return longWeekdayDate.format(new Date(`${iso}T00:00:00Z`));
}

/** Plan weeks are stored from 0; people count them from 1. */
export function weekNumber(weekIndex: number): number {
  return weekIndex + 1;
}

const sideWords: Record<string, string | null> = { both: "both sides", left: "left side", right: "right side", none: null };

/** An exercise's dose in one line: "3 × 10, 3×/week, both sides" or "2 × 30 s hold, 5×/week". */
export function exerciseDose(e: { sets: number | null; reps: number | null; holdSeconds: number | null; perWeek: number; side: string }): string {
  const hold = e.holdSeconds !== null ? `${e.holdSeconds} s hold` : null;
  const amount = e.reps !== null ? (hold ? `${e.reps} (${hold})` : String(e.reps)) : (hold ?? "");
  const volume = e.sets !== null ? `${e.sets} × ${amount}` : e.reps !== null ? `${amount} reps` : amount;
  return [volume, `${e.perWeek}×/week`, sideWords[e.side] ?? null].filter(Boolean).join(", ");
}
