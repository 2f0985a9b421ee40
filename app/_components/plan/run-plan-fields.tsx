import { SelectField, TextField } from "@/app/_components/form";
import { stageOptions } from "./labels";
import type { RunPlanErrors, RunPlanValues } from "./run-plan-entry";

export type EntrySuggestion = { stage: number; medianSymptomFreeMinutes: number | null };

/** The hint under the entry stage: where the suggestion (docs/clinical-rules.md R4.7) comes from. */
export function suggestionHint(suggestion: EntrySuggestion | null | undefined): string {
  if (suggestion === undefined) return "Looking up the suggested entry stage…";
  if (suggestion === null) return "No suggestion available: choose the entry stage.";
  if (suggestion.medianSymptomFreeMinutes === null) return "Suggested S0: no runs logged in the last 2 weeks.";
  return `Suggested S${suggestion.stage} from the last 2 weeks: median symptom-free minutes ${suggestion.medianSymptomFreeMinutes}.`;
}

/**
 * Entry stage, S8 weekly minutes and target of a run/walk plan (docs/clinical-rules.md R4.7). The stage starts at the
 * suggestion until the therapist picks another; weekly minutes only matter for an S8 entry.
 */
export function RunPlanFields({ idPrefix, values, onChange, suggestion, errors, disabled = false }: {
  idPrefix: string;
  values: RunPlanValues;
  onChange: (values: RunPlanValues) => void;
  /** undefined while loading, null when unavailable. */
  suggestion: EntrySuggestion | null | undefined;
  errors: RunPlanErrors;
  disabled?: boolean;
}) {
  const stage = values.stage !== "" ? values.stage : String(suggestion?.stage ?? 0);
  const isS8 = stage === "8";
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <SelectField
        id={`${idPrefix}-stage`} name="stage" label="Entry stage" value={stage} options={stageOptions} disabled={disabled}
        hint={suggestionHint(suggestion)} errors={errors.stage}
        onChange={(e) => onChange({ ...values, stage: e.target.value })}
      />
      <TextField
        id={`${idPrefix}-weekly`} name="weeklyMinutes" label="Weekly minutes (S8 only)" type="number" inputMode="numeric" min={1} max={1200} step={1}
        value={isS8 ? values.weeklyMinutes : ""} disabled={disabled || !isS8} required={isS8} errors={errors.weeklyMinutes}
        hint={isS8 ? "Whole minutes a week, from the S8 floor (runs per week × 30) up to the target." : "Only for an S8 entry; S0–S7 follow the ladder."}
        onChange={(e) => onChange({ ...values, weeklyMinutes: e.target.value })}
      />
      <TextField
        id={`${idPrefix}-target`} name="targetWeeklyMinutes" label="Target weekly minutes" type="number" inputMode="numeric" min={1} max={1200} step={1}
        required value={values.targetWeeklyMinutes} disabled={disabled} errors={errors.targetWeeklyMinutes}
        hint="Where the continuous phase (S8) stops increasing; at least the S8 floor (90 min at 3 runs a week)."
        onChange={(e) => onChange({ ...values, targetWeeklyMinutes: e.target.value })}
      />
    </div>
  );
}
