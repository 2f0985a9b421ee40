import { addDays, daysBetween } from "../dates";
import { scaleMinutes, toHundredths } from "./exact";
import { symptomFreeMinutesOf, type RunLog } from "./run-log";
import type { ProtocolSettings } from "./settings";

/** Stages of the run-walk ladder (docs/clinical-rules.md R4.1): S0–S7 run-walk, S8 the continuous phase in weekly minutes. */
export const stages = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
export type Stage = (typeof stages)[number];
/** The last run-walk stage and the continuous phase. */
export const LAST_LADDER_STAGE = 7;
export const CONTINUOUS_STAGE = 8;

export type LadderStage = {
  stage: Stage;
  code: string;
  /** Run minutes per session; null for S8, which is prescribed in weekly minutes. */
  runMinutesPerSession: number | null;
  /** The session as the athlete does it. */
  structure: string;
};

/** The stage ladder (docs/clinical-rules.md R4.1), one stage per week, `runsPerWeek` sessions. */
export const ladder: readonly LadderStage[] = [
  { stage: 0, code: "S0", runMinutesPerSession: 0, structure: "Brisk walk 30 min" },
  { stage: 1, code: "S1", runMinutesPerSession: 8, structure: "5 min walk + 8 × (1 min run / 2 min walk)" },
  { stage: 2, code: "S2", runMinutesPerSession: 12, structure: "5 min walk + 8 × (1.5 min run / 1.5 min walk)" },
  { stage: 3, code: "S3", runMinutesPerSession: 18, structure: "5 min walk + 6 × (3 min run / 1.5 min walk)" },
  { stage: 4, code: "S4", runMinutesPerSession: 20, structure: "5 min walk + 4 × (5 min run / 1 min walk)" },
  { stage: 5, code: "S5", runMinutesPerSession: 20, structure: "5 min walk + 2 × (10 min run / 1 min walk)" },
  { stage: 6, code: "S6", runMinutesPerSession: 25, structure: "5 min walk + 25 min continuous" },
  { stage: 7, code: "S7", runMinutesPerSession: 30, structure: "30 min continuous" },
  { stage: 8, code: "S8", runMinutesPerSession: null, structure: "Continuous running, weekly minutes split over the week's runs" },
];

/** Whether a number is a ladder stage 0–8. */
export function isStage(n: number): n is Stage {
  return Number.isInteger(n) && n >= 0 && n <= CONTINUOUS_STAGE;
}

/** The prescription in one line: "S1 · 5 min walk + 8 × (1 min run / 2 min walk)" or "S8 · continuous running, 99 min a week". */
export function prescriptionText(state: { stage: number; weeklyMinutes: number | null }): string {
  if (state.stage === CONTINUOUS_STAGE) return `S8 · continuous running, ${state.weeklyMinutes ?? "?"} min a week`;
  return `S${state.stage} · ${ladder[state.stage]?.structure ?? ""}`;
}

/** The stage's code: 7 → "S7". */
export function stageCode(stage: Stage): string {
  return `S${stage}`;
}

/** Per-session run minutes of a run-walk stage S0–S7 (docs/clinical-rules.md R4.1); null for S8. */
export function runMinutesOfStage(stage: Stage): number | null {
  return ladder[stage]!.runMinutesPerSession;
}

/** S8 floor (docs/clinical-rules.md R4.4) in weekly minutes: `runsPerWeek × 30` (S7's volume); below it the plan drops to S7. */
export function s8FloorMinutes(settings: Pick<ProtocolSettings, "runsPerWeek">): number {
  return settings.runsPerWeek * 30;
}

/** S8 entry after S7 (docs/clinical-rules.md R4.3): `round(runsPerWeek × 30 × (1 + cap))` weekly minutes, exact, halves up. */
export function s8EntryMinutes(settings: Pick<ProtocolSettings, "runsPerWeek" | "cap">): number {
  return scaleMinutes(s8FloorMinutes(settings), 100 + toHundredths(settings.cap));
}

/**
 * Entry stage (docs/clinical-rules.md R4.7): the highest stage S0–S7 whose per-run minutes are ≤ 70 % of the median symptom-free
 * running minutes of the last 2 weeks; S0 when symptoms start while walking or within 5 minutes of
 * running. S8 entry is the therapist's choice.
 */
export function entryStage(input: { medianSymptomFreeMinutes: number; symptomsWhileWalkingOrWithin5Min: boolean }): Stage {
  if (input.symptomsWhileWalkingOrWithin5Min) return 0;
  let entry: Stage = 0;
  for (const s of ladder) {
    // per-run ≤ 0.70 × median, compared as 10 × per-run ≤ 7 × median (exact for whole and half minutes).
    if (s.runMinutesPerSession !== null && 10 * s.runMinutesPerSession <= 7 * input.medianSymptomFreeMinutes) entry = s.stage;
  }
  return entry;
}

/**
 * Median symptom-free running minutes (docs/clinical-rules.md R1.6: onset minute, or the whole run without symptoms)
 * over the 14 days ending `today` (today and the 13 days before); null without runs in that window.
 */
export function medianSymptomFreeMinutes(runs: readonly Pick<RunLog, "date" | "onsetMinute" | "runMinutes">[], today: string): number | null {
  const values = runsOfEntryWindow(runs, today)
    .map(symptomFreeMinutesOf)
    .sort((a, b) => a - b);
  if (!values.length) return null;
  const mid = Math.floor(values.length / 2);
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** Days of runs the entry rule looks at: today and the 13 days before (R4 Entry: "the last 2 weeks"). */
export const ENTRY_WINDOW_DAYS = 14;

/** The runs dated in the entry window ending `today`. */
function runsOfEntryWindow<T extends Pick<RunLog, "date">>(runs: readonly T[], today: string): T[] {
  const from = addDays(today, -(ENTRY_WINDOW_DAYS - 1));
  return runs.filter((r) => daysBetween(from, r.date) >= 0 && daysBetween(r.date, today) >= 0);
}

/** Symptoms "while walking or within 5 minutes of running" (R4 Entry): an onset at run minute 5 or earlier. */
export const EARLY_ONSET_MINUTES = 5;

/**
 * R4 Entry suggested from the athlete's logged runs on `today`: the median symptom-free running minutes
 * of the last 2 weeks and the entry stage for it; S0 without a run in those 2 weeks, or when a run of
 * theirs had symptoms start within 5 minutes of running. The therapist may override it.
 */
export function suggestedEntry(
  runs: readonly Pick<RunLog, "date" | "onsetMinute" | "runMinutes">[],
  today: string,
): { stage: Stage; medianSymptomFreeMinutes: number | null } {
  const median = medianSymptomFreeMinutes(runs, today);
  const early = runsOfEntryWindow(runs, today).some((r) => r.onsetMinute !== null && r.onsetMinute <= EARLY_ONSET_MINUTES);
  return { stage: median === null ? 0 : entryStage({ medianSymptomFreeMinutes: median, symptomsWhileWalkingOrWithin5Min: early }), medianSymptomFreeMinutes: median };
}
