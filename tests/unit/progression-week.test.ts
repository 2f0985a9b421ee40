import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/server/domain/dates";
import { planWeekOf } from "@/server/domain/progression/decide";
import { runsForWeek } from "@/server/domain/progression/week";

const start = "2025-03-03"; // week 0 is 3 … 9 March
const on = (date: string) => ({ date });

describe("runsForWeek (R3: a run belongs to the plan week of its date)", () => {
  const runs = ["2025-02-23", "2025-02-24", "2025-03-02", "2025-03-03", "2025-03-09", "2025-03-10", "2025-03-16", "2025-03-17", "2025-03-24"].map(on);
  const dates = (rs: { date: string }[]) => rs.map((r) => r.date);

  it.each<[number, string[], string[], string[]]>([
    [0, ["2025-03-03", "2025-03-09"], ["2025-02-23", "2025-02-24", "2025-03-02"], ["2025-02-24", "2025-03-02"]],
    [1, ["2025-03-10", "2025-03-16"], ["2025-02-23", "2025-02-24", "2025-03-02", "2025-03-03", "2025-03-09"], ["2025-03-03", "2025-03-09"]],
    [2, ["2025-03-17"], ["2025-02-23", "2025-02-24", "2025-03-02", "2025-03-03", "2025-03-09", "2025-03-10", "2025-03-16"], ["2025-03-10", "2025-03-16"]],
    [4, [], runs.map((r) => r.date), ["2025-03-24"]],
    [5, [], runs.map((r) => r.date), []],
  ])("week %s: its runs, the earlier ones, the previous week's", (weekIndex, week, earlier, previous) => {
    const split = runsForWeek(runs, start, weekIndex);
    expect(dates(split.weekRuns)).toEqual(week);
    expect(dates(split.earlierRuns)).toEqual(earlier);
    expect(dates(split.previousWeekRuns)).toEqual(previous);
  });

  it("keeps each run's own fields and the given order", () => {
    const split = runsForWeek([{ date: "2025-03-05", id: "b" }, { date: "2025-03-04", id: "a" }], start, 0);
    expect(split.weekRuns.map((r) => r.id)).toEqual(["b", "a"]);
  });

  it("puts no run of a later week anywhere, and every other run in the week or before it", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -30, max: 60 })), fc.integer({ min: 0, max: 6 }), (offsets, weekIndex) => {
      const all = offsets.map((n) => on(addDays(start, n)));
      const { weekRuns, earlierRuns, previousWeekRuns } = runsForWeek(all, start, weekIndex);
      expect(weekRuns.length + earlierRuns.length).toBe(all.filter((r) => planWeekOf(start, r.date) <= weekIndex).length);
      expect(previousWeekRuns.every((r) => earlierRuns.includes(r))).toBe(true);
    }));
  });
});
