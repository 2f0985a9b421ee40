import { z } from "zod";
import { DomainError } from "../errors";
import { hasAtMostTwoDecimals } from "./exact";

/**
 * The clinic's progression protocol (docs/clinical-rules.md R10): every threshold of R2–R4 with its default and allowed
 * range. Decimal factors have at most two places so the engine can compute with them exactly (R4.2).
 */
export type ProtocolSettingKind = "whole" | "decimal";
export type ProtocolSettingLimit = { label: string; kind: ProtocolSettingKind; min: number; max: number; unit: string | null };

/** Defaults as written in docs/clinical-rules.md R10. */
export const defaultProtocolSettings = {
  greenMaxPeak: 2,
  redMinPeak: 6,
  settleAmberMinutes: 60,
  onsetEarlierRatio: 0.8,
  runsPerWeek: 3,
  cap: 0.1,
  regressFactor: 0.75,
  cutbackAfter: 3,
  cutbackFactor: 0.75,
  singleRunWarn: 1.1,
  singleRunBlock: 1.3,
  reviewAfterNoProgressWeeks: 3,
  shoeReviewKm: 600,
  neuroAsymmetryFlagDegrees: 10,
  reassessWeeks: 6,
  referIfNoChangeWeeks: 12,
} as const;
export type ProtocolSettingKey = keyof typeof defaultProtocolSettings;

/**
 * Allowed ranges (docs/clinical-rules.md R10), with labels for forms. The re-assessment and referral intervals have no
 * clinical range: 1–52 and 1–104 weeks are sanity limits, and referral may not come before re-assessment.
 */
export const protocolSettingLimits: Record<ProtocolSettingKey, ProtocolSettingLimit> = {
  greenMaxPeak: { label: "Green: highest peak symptom", kind: "whole", min: 0, max: 3, unit: "/10" },
  redMinPeak: { label: "Red: peak symptom from", kind: "whole", min: 5, max: 8, unit: "/10" },
  settleAmberMinutes: { label: "Amber: settling takes longer than", kind: "whole", min: 30, max: 240, unit: "min" },
  onsetEarlierRatio: { label: "Amber: onset at or before this share of the comparison run's onset", kind: "decimal", min: 0.6, max: 0.9, unit: null },
  runsPerWeek: { label: "Runs per week", kind: "whole", min: 2, max: 4, unit: null },
  cap: { label: "Weekly increase in the continuous phase (S8)", kind: "decimal", min: 0.05, max: 0.15, unit: null },
  regressFactor: { label: "Regression factor (S8)", kind: "decimal", min: 0.6, max: 0.9, unit: null },
  cutbackAfter: { label: "Cut-back week after this many progressions in a row", kind: "whole", min: 2, max: 5, unit: null },
  cutbackFactor: { label: "Cut-back factor", kind: "decimal", min: 0.65, max: 0.85, unit: null },
  singleRunWarn: { label: "Single run: warn above × longest run of 30 days", kind: "decimal", min: 1, max: 1.5, unit: null },
  singleRunBlock: { label: "Single run: never above × longest run of 30 days", kind: "decimal", min: 1, max: 1.5, unit: null },
  reviewAfterNoProgressWeeks: { label: "Review after weeks without progress", kind: "whole", min: 2, max: 6, unit: "weeks" },
  shoeReviewKm: { label: "Shoe review distance", kind: "whole", min: 400, max: 900, unit: "km" },
  neuroAsymmetryFlagDegrees: { label: "Neurodynamic side difference flagged from", kind: "whole", min: 8, max: 15, unit: "°" },
  reassessWeeks: { label: "Re-assess after", kind: "whole", min: 1, max: 52, unit: "weeks" },
  referIfNoChangeWeeks: { label: "Refer if no change after", kind: "whole", min: 1, max: 104, unit: "weeks" },
};

function field(key: ProtocolSettingKey) {
  const { label, kind, min, max } = protocolSettingLimits[key];
  const base = z
    .number({ message: `${label}: enter a number` })
    .min(min, `${label}: at least ${min}`)
    .max(max, `${label}: at most ${max}`);
  return kind === "whole"
    ? base.int(`${label}: a whole number`)
    : base.refine(hasAtMostTwoDecimals, `${label}: at most two decimal places`);
}

const fields = {
  greenMaxPeak: field("greenMaxPeak"),
  redMinPeak: field("redMinPeak"),
  settleAmberMinutes: field("settleAmberMinutes"),
  onsetEarlierRatio: field("onsetEarlierRatio"),
  runsPerWeek: field("runsPerWeek"),
  cap: field("cap"),
  regressFactor: field("regressFactor"),
  cutbackAfter: field("cutbackAfter"),
  cutbackFactor: field("cutbackFactor"),
  singleRunWarn: field("singleRunWarn"),
  singleRunBlock: field("singleRunBlock"),
  reviewAfterNoProgressWeeks: field("reviewAfterNoProgressWeeks"),
  shoeReviewKm: field("shoeReviewKm"),
  neuroAsymmetryFlagDegrees: field("neuroAsymmetryFlagDegrees"),
  reassessWeeks: field("reassessWeeks"),
  referIfNoChangeWeeks: field("referIfNoChangeWeeks"),
};

type CrossFieldInput = Partial<Record<ProtocolSettingKey, number | undefined>>;

/** Checks between settings (docs/clinical-rules.md R10): warn ≤ block, referral not before re-assessment. */
function checkCrossFields(s: CrossFieldInput, ctx: z.RefinementCtx): void {
  if (s.singleRunWarn !== undefined && s.singleRunBlock !== undefined && s.singleRunWarn > s.singleRunBlock)
    ctx.addIssue({ code: "custom", path: ["singleRunWarn"], message: "The single-run warning must not be above the single-run limit" });
  if (s.reassessWeeks !== undefined && s.referIfNoChangeWeeks !== undefined && s.referIfNoChangeWeeks < s.reassessWeeks)
    ctx.addIssue({ code: "custom", path: ["referIfNoChangeWeeks"], message: "Referral cannot come before re-assessment" });
}

/** A complete protocol (docs/clinical-rules.md R10); a missing key takes its default. */
export const protocolSettingsSchema = z
  .object({
    greenMaxPeak: fields.greenMaxPeak.default(defaultProtocolSettings.greenMaxPeak),
    redMinPeak: fields.redMinPeak.default(defaultProtocolSettings.redMinPeak),
    settleAmberMinutes: fields.settleAmberMinutes.default(defaultProtocolSettings.settleAmberMinutes),
    onsetEarlierRatio: fields.onsetEarlierRatio.default(defaultProtocolSettings.onsetEarlierRatio),
    runsPerWeek: fields.runsPerWeek.default(defaultProtocolSettings.runsPerWeek),
    cap: fields.cap.default(defaultProtocolSettings.cap),
    regressFactor: fields.regressFactor.default(defaultProtocolSettings.regressFactor),
    cutbackAfter: fields.cutbackAfter.default(defaultProtocolSettings.cutbackAfter),
    cutbackFactor: fields.cutbackFactor.default(defaultProtocolSettings.cutbackFactor),
    singleRunWarn: fields.singleRunWarn.default(defaultProtocolSettings.singleRunWarn),
    singleRunBlock: fields.singleRunBlock.default(defaultProtocolSettings.singleRunBlock),
    reviewAfterNoProgressWeeks: fields.reviewAfterNoProgressWeeks.default(defaultProtocolSettings.reviewAfterNoProgressWeeks),
    shoeReviewKm: fields.shoeReviewKm.default(defaultProtocolSettings.shoeReviewKm),
    neuroAsymmetryFlagDegrees: fields.neuroAsymmetryFlagDegrees.default(defaultProtocolSettings.neuroAsymmetryFlagDegrees),
    reassessWeeks: fields.reassessWeeks.default(defaultProtocolSettings.reassessWeeks),
    referIfNoChangeWeeks: fields.referIfNoChangeWeeks.default(defaultProtocolSettings.referIfNoChangeWeeks),
  })
  .superRefine(checkCrossFields);
export type ProtocolSettings = z.output<typeof protocolSettingsSchema>;

/**
 * Per-plan (or per-clinic) overrides: any subset of the settings, each within its range (docs/clinical-rules.md R10); unknown keys
 * are rejected. Checks that involve two settings run once merged, in `resolveSettings`.
 */
export const protocolSettingsOverridesSchema = z.object(fields).partial().strict().superRefine(checkCrossFields);
export type ProtocolSettingsOverrides = z.output<typeof protocolSettingsOverridesSchema>;

const definedOnly = (o: Partial<Record<string, unknown>> | null | undefined): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined && v !== null));

/**
 * The settings a plan runs with (docs/clinical-rules.md R10): the defaults, then the clinic's values, then the plan's overrides
 * (a missing, undefined or null value falls through). Throws DomainError BAD_INPUT naming the problem
 * when the merged protocol is out of range or inconsistent (e.g. warn above block).
 */
export function resolveSettings(
  clinic: Partial<Record<ProtocolSettingKey, number | null | undefined>> | null | undefined,
  planOverrides: Partial<Record<ProtocolSettingKey, number | null | undefined>> | null | undefined,
): ProtocolSettings {
  const merged = { ...defaultProtocolSettings, ...definedOnly(clinic), ...definedOnly(planOverrides) };
  const parsed = protocolSettingsSchema.safeParse(merged);
  if (!parsed.success) throw new DomainError("BAD_INPUT", parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}
