import { z } from "zod";
import { calendarDate } from "../dates";
import { idInput } from "../ids";
import { programSides } from "../programs/schemas";
import { checkRunConsistency, minutes, nrs, runLogSchema } from "../progression/run-log";
import { athleteChecklist, type ChecklistKey } from "../triage/triggers";

/** The device's idempotency key of an entry: the same key sent again returns the first answer. */
export const clientIdInput = z
  .string({ message: "Missing entry key" })
  .min(8, "Entry key too short")
  .max(64, "Entry key too long")
  .regex(/^[A-Za-z0-9_-]+$/, "Entry key: letters, digits, - and _ only");

export const exerciseStatuses = ["done", "partial", "skipped"] as const;
export type ExerciseStatus = (typeof exerciseStatuses)[number];
export const exerciseStatusLabels: Record<ExerciseStatus, string> = { done: "Done", partial: "Partly done", skipped: "Skipped" };

/** One exercise session of the athlete's program: done, partly done or skipped, sets and reps, symptoms (docs/clinical-rules.md R5.2, 2.3). */
export const exerciseLogSchema = z.object({
  date: calendarDate,
  programId: idInput,
  exerciseId: idInput,
  side: z.enum(programSides),
  status: z.enum(exerciseStatuses, { message: "Choose done, partly done or skipped" }),
  setsDone: z.number().int("Sets: a whole number").min(0, "Sets: at least 0").max(50, "Sets: at most 50").nullable(),
  repsDone: z.number().int("Reps: a whole number").min(0, "Reps: at least 0").max(500, "Reps: at most 500").nullable(),
  /** Symptoms during the exercise, 0–10; null when skipped or not rated. */
  symptomNrs: nrs("Symptoms during the exercise").nullable(),
  /** Minutes until symptoms settled afterwards (the glide rule: lasting symptoms regress). */
  settleMinutes: minutes("Minutes to settle", 10_080).nullable(),
  note: z.string().trim().max(1000, "Note: at most 1000 characters").nullable(),
});
export type ExerciseLog = z.output<typeof exerciseLogSchema>;

export const crossTrainingActivities = ["cycling", "pool-running", "swimming", "elliptical", "strength", "walking", "other"] as const;
export type CrossTrainingActivity = (typeof crossTrainingActivities)[number];
export const crossTrainingLabels: Record<CrossTrainingActivity, string> = {
  cycling: "Cycling", "pool-running": "Pool running", swimming: "Swimming", elliptical: "Cross-trainer (elliptical)",
  strength: "Strength / gym", walking: "Walking", other: "Other",
};

/** Cross-training outside the plan; counts toward the weekly load (docs/clinical-rules.md R1.1, R5.4). */
export const crossTrainingLogSchema = z.object({
  date: calendarDate,
  activity: z.enum(crossTrainingActivities, { message: "Choose an activity" }),
  minutes: z.number({ message: "Minutes: enter a number" }).int("Minutes: whole minutes").min(1, "Minutes: at least 1").max(600, "Minutes: at most 600"),
  rpe: nrs("Session effort (RPE)"),
  note: z.string().trim().max(1000, "Note: at most 1000 characters").nullable(),
});
export type CrossTrainingLog = z.output<typeof crossTrainingLogSchema>;

const runEntry = runLogSchema.extend({ kind: z.literal("run") });
const exerciseEntry = exerciseLogSchema.extend({ kind: z.literal("exercise") });
const crossTrainingEntry = crossTrainingLogSchema.extend({ kind: z.literal("cross_training") });

/** What the athlete logs: a run, an exercise session or cross-training. */
export const logEntry = z.discriminatedUnion("kind", [runEntry, exerciseEntry, crossTrainingEntry], { message: "Unknown kind of entry" });
export type LogEntry = z.output<typeof logEntry>;
export type LogKind = LogEntry["kind"];

/** `portal.log`: one new entry with its idempotency key. */
export const logInput = z.discriminatedUnion("kind", [
  runEntry.extend({ clientId: clientIdInput }).superRefine(checkRunConsistency),
  exerciseEntry.extend({ clientId: clientIdInput }),
  crossTrainingEntry.extend({ clientId: clientIdInput }),
]);
export type LogInput = z.output<typeof logInput>;

const correction = { clientId: clientIdInput, logId: idInput, expectedVersion: z.number().int().min(1) };

/** `portal.correctLog`: the whole corrected entry, against the version the athlete saw. */
export const correctLogInput = z.discriminatedUnion("kind", [
  runEntry.extend(correction).superRefine(checkRunConsistency),
  exerciseEntry.extend(correction),
  crossTrainingEntry.extend(correction),
]);
export type CorrectLogInput = z.output<typeof correctLogInput>;

/** The next-morning symptom level of a logged run, asked the day after (docs/clinical-rules.md R1.4). */
export const answerNextMorningInput = z.object({
  clientId: clientIdInput,
  logId: idInput,
  nextMorningNrs: nrs("Next-morning symptoms"),
});
export type AnswerNextMorningInput = z.output<typeof answerNextMorningInput>;

const checklistKeys = athleteChecklist.map((c) => c.key) as [ChecklistKey, ...ChecklistKey[]];

/** The athlete's red-flag checklist (docs/clinical-rules.md 7.4): yes / no per question; an unanswered one stays unanswered. */
export const submitChecklistInput = z.object({
  clientId: clientIdInput,
  date: calendarDate,
  answers: z
    .partialRecord(z.enum(checklistKeys), z.enum(["yes", "no"]).nullable())
    // An empty checklist says nothing about safety: it is refused rather than stored as done.
    .refine((answers) => Object.values(answers).some((a) => a === "yes" || a === "no"), "Answer the safety questions before sending them"),
});
export type SubmitChecklistInput = z.output<typeof submitChecklistInput>;

/** Entries can be corrected for this many days after their date (docs/clinical-rules.md R1.7). */
export const CORRECTION_WINDOW_DAYS = 7;
/** How far back a new entry may be dated (docs/clinical-rules.md R1.7): a phone may hold an entry for days before it can send it. */
export const BACKDATE_LIMIT_DAYS = 30;
