import { z } from "zod";
import { calendarDate } from "../dates";
import { idInput } from "../ids";
import { runLogSchema } from "../progression/run-log";
import { protocolSettingsOverridesSchema } from "../progression/settings";
import { bodyRegion } from "../body-map";

const stage = z.number().int().min(0, "Stages run from S0").max(8, "Stages run to S8");
const minutes = z.number().int().min(1).max(1200);

/** The run/walk plan of a program (docs/clinical-rules.md R4.7): the stage (suggested from the logs, the therapist may override), the S8 target. */
export const runPlanEntry = z.object({
  /** Omitted: the suggested entry stage (docs/clinical-rules.md R4.7), from the athlete's symptom-free running minutes. */
  stage: stage.optional(),
  /** S8 entries only: the weekly minutes the therapist sets. */
  weeklyMinutes: minutes.nullish(),
  targetWeeklyMinutes: minutes,
  settingsOverrides: protocolSettingsOverridesSchema.default({}),
});
export type RunPlanEntry = z.infer<typeof runPlanEntry>;

export const createRunPlanInput = runPlanEntry.extend({ programId: idInput });
export type CreateRunPlanInput = z.infer<typeof createRunPlanInput>;

export const planIdInput = z.object({ planId: idInput });
export const programPlanInput = z.object({ programId: idInput });

const reason = z.string().trim().min(3, "Give a reason").max(1000);

/** A therapist's override of the prescription: any stage or minutes, always with a reason, audited (docs/clinical-rules.md R4.10). */
export const overridePlanInput = z.object({
  planId: idInput,
  stage: stage.optional(),
  weeklyMinutes: minutes.nullish(),
  targetWeeklyMinutes: minutes.optional(),
  reason,
});
export type OverridePlanInput = z.infer<typeof overridePlanInput>;

export const planActionInput = z.object({ planId: idInput, reason });
export type PlanActionInput = z.infer<typeof planActionInput>;

/** What-if: plan settings, the athlete's known regions and dated runs shaped as the portal logs them. */
export const simulatePlanInput = z.object({
  /** Start from this plan's own state (freeze and cut-back counters, pause, known body map) rather than a fresh one. */
  planId: idInput.optional(),
  startDate: calendarDate,
  stage: stage,
  weeklyMinutes: minutes.nullish(),
  targetWeeklyMinutes: minutes,
  settingsOverrides: protocolSettingsOverridesSchema.default({}),
  knownRegions: z.array(bodyRegion).max(40).default([]),
  runs: z.array(runLogSchema).max(400),
  /** Plan weeks with an open emergency or urgent triage. */
  openUrgentTriageWeeks: z.array(z.number().int().min(0).max(520)).max(520).default([]),
  weeks: z.number().int().min(1).max(104).optional(),
});
export type SimulatePlanInput = z.infer<typeof simulatePlanInput>;

/** Per-plan protocol overrides (docs/clinical-rules.md R10, R4.10), replacing the plan's earlier overrides; audited with a reason. */
export const updatePlanSettingsInput = z.object({
  planId: idInput,
  settingsOverrides: protocolSettingsOverridesSchema,
  reason,
});
export type UpdatePlanSettingsInput = z.infer<typeof updatePlanSettingsInput>;
