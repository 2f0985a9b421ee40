// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import {
  entryStage, ladder, medianSymptomFreeMinutes, runMinutesOfStage, s8EntryMinutes, s8FloorMinutes, stageCode, suggestedEntry, type Stage,
} from "@/server/domain/progression/ladder";

describe("stage ladder (R4.1)", () => {
  it.each<[Stage, number | null, string]>([
    [0, 0, "Brisk walk 30 min"],
    [1, 8, "5 min walk + 8 × (1 min run / 2 min walk)"],
    [2, 12, "5 min walk + 8 × (1.5 min run / 1.5 min walk)"],
    [3, 18, "5 min walk + 6 × (3 min run / 1.5 min walk)"],
    [4, 20, "5 min walk + 4 × (5 min run / 1 min walk)"],
    [5, 20, "5 min walk + 2 × (10 min run / 1 min walk)"],
    [6, 25, "5 min walk + 25 min continuous"],
    [7, 30, "30 min continuous"],
    [8, null, "Continuous running, weekly minutes split over the week's runs"],
  ])("S%s: %s run minutes per session, %s", (stage, minutes, structure) => {
    expect(runMinutesOfStage(stage)).toBe(minutes);
    expect(ladder[stage]).toMatchObject({ stage, code: stageCode(stage), structure });
  });

  it.each<[number, number, number, number]>([
    [3, 0.1, 90, 99],
    [2, 0.1, 60, 66],
    [4, 0.1, 120, 132],
    [3, 0.05, 90, 95], // 94.5 rounds half up
    [2, 0.15, 60, 69],
    [4, 0.15, 120, 138],
    [3, 0.07, 90, 96], // 96.3
  ])("%s runs a week, cap %s: floor %s, S8 entry %s", (runsPerWeek, cap, floor, entry) => {
    expect(s8FloorMinutes({ runsPerWeek })).toBe(floor);
    expect(s8EntryMinutes({ runsPerWeek, cap })).toBe(entry);
  });
});

describe("entryStage (R4.7: highest stage with per-run minutes ≤ 70 % of the median)", () => {
  it.each<[number, Stage]>([
    [0, 0],
    [11, 0], // 7.7
    [11.5, 1], // 8.05
    [17, 1], // 11.9
    [17.5, 2], // 12.25
    [25.5, 2], // 17.85
    [26, 3], // 18.2
    [28.5, 3], // 19.95
    [29, 5], // 20.3: S4 and S5 are both 20, the higher wins
    [35.5, 5], // 24.85
    [36, 6], // 25.2
    [42.5, 6], // 29.75
    [43, 7], // 30.1
    [120, 7], // S8 entry is the therapist's choice
  ])("median %s min → S%s", (median, stage) => {
    expect(entryStage({ medianSymptomFreeMinutes: median, symptomsWhileWalkingOrWithin5Min: false })).toBe(stage);
  });

  it("S0 when symptoms start while walking or within 5 minutes", () => {
    expect(entryStage({ medianSymptomFreeMinutes: 60, symptomsWhileWalkingOrWithin5Min: true })).toBe(0);
  });
});

describe("medianSymptomFreeMinutes (last 2 weeks)", () => {
  const run = (date: string, runMinutes: number, onsetMinute: number | null) => ({ date, runMinutes, onsetMinute });
  it.each<[string, ReturnType<typeof run>[], number | null]>([
    ["no runs", [], null],
    ["one symptom-free run counts in full", [run("2025-03-14", 30, null)], 30],
    ["odd count: the middle", [run("2025-03-10", 30, 12), run("2025-03-11", 30, null), run("2025-03-12", 20, 18)], 18],
    ["even count: the mean of the middle two", [run("2025-03-10", 30, 12), run("2025-03-12", 20, 17)], 14.5],
    ["the window is today and the 13 days before", [run("2025-02-28", 30, 5), run("2025-03-01", 30, 25), run("2025-03-14", 40, 35), run("2025-03-15", 60, null)], 30],
  ])("%s", (_label, runs, expected) => {
    expect(medianSymptomFreeMinutes(runs, "2025-03-14")).toBe(expected);
  });
});

describe("suggestedEntry (R4 Entry from the athlete's runs on a day)", () => {
  const today = "2025-03-14";
  const run = (date: string, runMinutes: number, onsetMinute: number | null) => ({ date, runMinutes, onsetMinute });
  it.each<[string, ReturnType<typeof run>[], Stage, number | null]>([
    ["no runs: S0", [], 0, null],
    ["only runs older than 2 weeks: S0", [run("2025-02-28", 40, null)], 0, null],
    ["symptom-free 40 min: 70 % is 28, so S6 (25 min)", [run("2025-03-10", 40, null), run("2025-03-12", 40, null)], 6, 40],
    ["median 30: 21 min, so S5 (20 min)", [run("2025-03-10", 30, null)], 5, 30],
    ["median 11: 7.7 min, so S0 (S1 needs 8)", [run("2025-03-10", 11, null)], 0, 11],
    ["median 11.5 (even count): 8.05 min, so S1", [run("2025-03-10", 11, null), run("2025-03-12", 12, null)], 1, 11.5],
    ["symptoms at minute 5 of a recent run: S0", [run("2025-03-10", 40, null), run("2025-03-12", 40, 5), run("2025-03-13", 40, null)], 0, 40],
    ["symptoms at minute 6 are not within 5 minutes", [run("2025-03-10", 40, null), run("2025-03-12", 40, 6), run("2025-03-13", 40, null)], 6, 40],
    ["onset at minute 0 (while walking): S0", [run("2025-03-10", 40, 0), run("2025-03-11", 40, null), run("2025-03-12", 40, null)], 0, 40],
    ["an early onset older than 2 weeks does not count", [run("2025-02-28", 30, 2), run("2025-03-10", 40, null)], 6, 40],
    ["an early onset the first day of the window counts", [run("2025-03-01", 30, 2), run("2025-03-10", 40, null), run("2025-03-11", 40, null)], 0, 40],
    ["a run after today is left out", [run("2025-03-15", 40, 1), run("2025-03-10", 40, null)], 6, 40],
  ])("%s", (_label, runs, stage, median) => {
    expect(suggestedEntry(runs, today)).toEqual({ stage, medianSymptomFreeMinutes: median });
  });
});
