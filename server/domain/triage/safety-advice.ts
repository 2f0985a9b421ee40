import { sortByUrgency } from "./triage";
import { triggers, type TriggerId, type TriggerUrgency } from "./triggers";

/** The urgency of an open red flag: that of its highest trigger. */
export type OpenUrgency = TriggerUrgency;
/** Where a red flag came from: the athlete's checklist answers, a run they logged, or a visit. */
export type RedFlagSource = "checklist" | "run" | "assessment";

/** What the athlete is told while a red flag is open: what to do, and what it means for exercises and runs. */
export type SafetyAdvice = {
  urgency: OpenUrgency;
  headline: string;
  action: string;
  /** Exercise advice that fits the urgency: none at all for an emergency. */
  exercises: string;
  /** Why runs are paused, in the athlete's words; null when runs are not paused by this flag. */
  runs: string | null;
};

const sourceWords: Record<RedFlagSource, string> = {
  checklist: "your answers to the safety questions",
  run: "what you logged about a run",
  assessment: "what your physio found at your visit",
};

/**
 * The advice for the highest open red flag (docs/clinical-rules.md R8.5; a draft that clinicians must
 * approve). Emergency: seek emergency care now, no exercises. Urgent: a doctor within days, only the
 * exercises the physio cleared. Routine: the programme goes on as the physio adjusted it. Emergency and
 * urgent flags pause runs until the physio restarts the plan (docs/clinical-rules.md R4.8).
 */
export function safetyAdvice(urgency: OpenUrgency, source: RedFlagSource): SafetyAdvice {
  const because = sourceWords[source];
  switch (urgency) {
    case "emergency":
      return {
        urgency,
        headline: "Seek emergency care now",
        action: "Call your local emergency number or go to the nearest emergency department. Do not wait for your physio appointment.",
        exercises: "Do not do your exercises and do not run until you have been seen.",
        runs: `Your runs are paused because of ${because}. Your physio has been told and will restart your plan when it is safe.`,
      };
    case "urgent":
      return {
        urgency,
        headline: "See a doctor within the next few days",
        action: "Book an appointment with your doctor soon. Your physio has been told and will be in touch.",
        exercises: "Do only the exercises your physio has cleared, and stop any that make your symptoms worse.",
        runs: `Your runs are paused because of ${because}. Your physio will restart your plan when it is safe.`,
      };
    case "routine":
      return {
        urgency,
        headline: "Your physio will talk with you about a referral or a test",
        action: "There is no need to seek care urgently.",
        exercises: "Carry on with your programme as your physio has adjusted it.",
        runs: null,
      };
  }
}

/** The urgencies whose open red flag pauses the run component (R4 paused by triage: emergency and urgent). */
export const runPausingUrgencies = ["emergency", "urgent"] as const satisfies readonly OpenUrgency[];
export type RunPausingUrgency = (typeof runPausingUrgencies)[number];

/** Whether a red flag of this urgency pauses the run component (emergency and urgent do). */
export const pausesRuns = (urgency: OpenUrgency): urgency is RunPausingUrgency => (runPausingUrgencies as readonly OpenUrgency[]).includes(urgency);

/** The reason stored with the plan decision a red flag makes: which flags, in the clinician's words. */
export function redFlagPauseReason(urgency: RunPausingUrgency, triggerIds: readonly string[]): string {
  const labels = triggerIds.map((id) => triggers[id as TriggerId]?.clinicianLabel ?? id);
  const what = urgency === "emergency" ? "an emergency red flag" : "an urgent red flag";
  return `Paused by ${what}: ${labels.join("; ")}. Runs stay paused until a therapist acknowledges the flag and resumes the plan with a reason.`;
}

/** What the athlete is told about red flags an entry raised: the highest urgency and what to do. */
export type TriageNotice = { urgency: OpenUrgency; messages: string[] };

/** The athlete-facing notice of raised flags: the highest urgency, its messages first; null when none was raised. */
export function triageNotice(flags: readonly { id: string; urgency: OpenUrgency }[]): TriageNotice | null {
  if (flags.length === 0) return null;
  const sorted = sortByUrgency(flags);
  const messages = [...new Set(sorted.map((f) => triggers[f.id as TriggerId]?.athleteMessage).filter((m): m is string => Boolean(m)))];
  return { urgency: sorted[0]!.urgency, messages };
}
