import { runPlanEntry, type RunPlanEntry } from "@/server/domain/plans/schemas";

/** What the run/walk plan fields hold while being edited (strings, as inputs give them). */
export type RunPlanValues = {
  /** "" until the therapist picks one: the suggested entry stage is shown and sent. */
  stage: string;
  weeklyMinutes: string;
  targetWeeklyMinutes: string;
};

export type RunPlanField = "stage" | "weeklyMinutes" | "targetWeeklyMinutes";
export type RunPlanErrors = Partial<Record<RunPlanField, string[]>>;

/** The target the form suggests for a new plan (weekly minutes in S8); the target is set per plan (docs/clinical-rules.md R10). */
export const DEFAULT_TARGET_WEEKLY_MINUTES = 150;

export const emptyRunPlanValues: RunPlanValues = { stage: "", weeklyMinutes: "", targetWeeklyMinutes: String(DEFAULT_TARGET_WEEKLY_MINUTES) };

const toNumber = (value: string): number | undefined => (value.trim() === "" ? undefined : Number(value));

/**
 * Checks the plan fields with the procedure's own schema, plus what the form can tell before a round
 * trip (S8 needs weekly minutes, at most the target). The floor check stays with the server, which
 * knows the clinic's runs per week.
 */
export function checkRunPlanValues(
  values: RunPlanValues,
  suggestedStage: number | null,
): { ok: true; data: RunPlanEntry } | { ok: false; errors: RunPlanErrors } {
  const stage = values.stage === "" ? (suggestedStage ?? undefined) : Number(values.stage);
  const isS8 = stage === 8;
  const errors: RunPlanErrors = {};
  const weeklyMinutes = isS8 ? toNumber(values.weeklyMinutes) : null;
  const target = toNumber(values.targetWeeklyMinutes);
  if (target === undefined) errors.targetWeeklyMinutes = ["Enter the target in whole weekly minutes"];
  if (isS8 && weeklyMinutes === undefined) errors.weeklyMinutes = ["An S8 entry needs its weekly minutes"];
  const parsed = runPlanEntry.safeParse({ stage, weeklyMinutes, targetWeeklyMinutes: target, settingsOverrides: {} });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const head = issue.path[0];
      if (head === "stage" || head === "weeklyMinutes" || head === "targetWeeklyMinutes") {
        errors[head] ??= [issue.code === "invalid_type" ? "Enter whole minutes" : wordIssue(issue.message)];
      }
    }
  }
  if (parsed.success && isS8 && weeklyMinutes != null && target !== undefined && weeklyMinutes > target)
    errors.weeklyMinutes = ["The weekly minutes cannot be above the target"];
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
  return { ok: true, data: parsed.data };
}

/** zod's default number messages, worded for people. */
function wordIssue(message: string): string {
  if (/expected int/i.test(message)) return "Use whole minutes";
  const tooSmall = /greater than or equal to (\d+)/.exec(message);
  if (tooSmall) return `At least ${tooSmall[1]}`;
  const tooBig = /less than or equal to (\d+)/.exec(message);
  if (tooBig) return `At most ${tooBig[1]}`;
  return message;
}
