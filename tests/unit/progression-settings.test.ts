// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/domain/errors";
import {
  defaultProtocolSettings, protocolSettingLimits, protocolSettingsOverridesSchema, protocolSettingsSchema, resolveSettings,
  type ProtocolSettingKey,
} from "@/server/domain/progression/settings";

const r10: [ProtocolSettingKey, number, number, number][] = [
  ["greenMaxPeak", 2, 0, 3],
  ["redMinPeak", 6, 5, 8],
  ["settleAmberMinutes", 60, 30, 240],
  ["onsetEarlierRatio", 0.8, 0.6, 0.9],
  ["runsPerWeek", 3, 2, 4],
  ["cap", 0.1, 0.05, 0.15],
  ["regressFactor", 0.75, 0.6, 0.9],
  ["cutbackAfter", 3, 2, 5],
  ["cutbackFactor", 0.75, 0.65, 0.85],
  ["singleRunWarn", 1.1, 1, 1.5],
  ["singleRunBlock", 1.3, 1, 1.5],
  ["reviewAfterNoProgressWeeks", 3, 2, 6],
  ["shoeReviewKm", 600, 400, 900],
  ["neuroAsymmetryFlagDegrees", 10, 8, 15],
];

describe("protocol settings (R10)", () => {
  it("an empty protocol takes every R10 default", () => {
    expect(protocolSettingsSchema.parse({})).toEqual(defaultProtocolSettings);
    expect(defaultProtocolSettings).toMatchObject({ reassessWeeks: 6, referIfNoChangeWeeks: 12 });
  });

  it("covers every key of R10", () => {
    expect(Object.keys(defaultProtocolSettings).sort()).toEqual(
      [...r10.map(([k]) => k), "reassessWeeks", "referIfNoChangeWeeks"].sort(),
    );
  });

  it.each(r10)("%s defaults to %s and is allowed %s–%s", (key, def, min, max) => {
    expect(defaultProtocolSettings[key]).toBe(def);
    expect(protocolSettingLimits[key]).toMatchObject({ min, max });
    // Keep warn ≤ block while testing either of them alone.
    const base = key === "singleRunWarn" ? { singleRunBlock: 1.5 } : key === "singleRunBlock" ? { singleRunWarn: 1 } : {};
    const ok = (v: number) => protocolSettingsSchema.safeParse({ ...base, [key]: v }).success;
    expect(ok(min)).toBe(true);
    expect(ok(max)).toBe(true);
    const step = protocolSettingLimits[key].kind === "whole" ? 1 : 0.01;
    expect(ok(min - step)).toBe(false);
    expect(ok(max + step)).toBe(false);
  });

  it.each<[ProtocolSettingKey, number]>([
    ["greenMaxPeak", 2.5],
    ["runsPerWeek", 3.5],
    ["cap", 0.105],
    ["onsetEarlierRatio", 0.805],
    ["cutbackFactor", 0.7501],
  ])("%s rejects %s (whole numbers, or at most two decimals)", (key, value) => {
    expect(protocolSettingsSchema.safeParse({ [key]: value }).success).toBe(false);
  });

  it("accepts two-decimal factors that are inexact in binary", () => {
    expect(protocolSettingsSchema.parse({ cap: 0.07, regressFactor: 0.61, cutbackFactor: 0.67 })).toMatchObject({ cap: 0.07 });
  });

  it.each<[number, number, boolean]>([
    [1.1, 1.3, true],
    [1.3, 1.3, true],
    [1.31, 1.3, false],
    [1.5, 1.0, false],
  ])("single-run warn %s with block %s valid: %s", (warn, block, valid) => {
    expect(protocolSettingsSchema.safeParse({ singleRunWarn: warn, singleRunBlock: block }).success).toBe(valid);
  });

  it("referral cannot come before re-assessment", () => {
    expect(protocolSettingsSchema.safeParse({ reassessWeeks: 6, referIfNoChangeWeeks: 6 }).success).toBe(true);
    expect(protocolSettingsSchema.safeParse({ reassessWeeks: 8, referIfNoChangeWeeks: 6 }).success).toBe(false);
  });
});

describe("overrides and resolveSettings", () => {
  it("an override may name any subset, within range, and no unknown key", () => {
    expect(protocolSettingsOverridesSchema.parse({})).toEqual({});
    expect(protocolSettingsOverridesSchema.parse({ cap: 0.05 })).toEqual({ cap: 0.05 });
    expect(protocolSettingsOverridesSchema.safeParse({ cap: 0.2 }).success).toBe(false);
    expect(protocolSettingsOverridesSchema.safeParse({ target: 300 }).success).toBe(false);
    expect(protocolSettingsOverridesSchema.safeParse({ singleRunWarn: 1.4, singleRunBlock: 1.2 }).success).toBe(false);
  });

  it("layers defaults, then the clinic, then the plan; undefined and null fall through", () => {
    expect(resolveSettings(null, undefined)).toEqual(defaultProtocolSettings);
    expect(resolveSettings({ cap: 0.05, runsPerWeek: 4 }, { cap: 0.15, redMinPeak: undefined, greenMaxPeak: null })).toEqual({
      ...defaultProtocolSettings, cap: 0.15, runsPerWeek: 4,
    });
  });

  it("rejects a merged protocol that breaks a range or warn ≤ block, as BAD_INPUT", () => {
    const attempt = () => resolveSettings({ singleRunBlock: 1.2 }, { singleRunWarn: 1.25 });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/warning must not be above/);
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof DomainError ? e.code : "other";
      }
      return "no error";
    };
    expect(codeOf(() => resolveSettings({ cap: 0.5 }, null))).toBe("BAD_INPUT");
    expect(codeOf(attempt)).toBe("BAD_INPUT");
  });
});
