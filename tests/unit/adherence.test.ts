// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  adherencePercent, matchSessions, runLogStatus, type LoggedSession, type MatchedSession, type PlannedSession,
} from "@/server/domain/adherence/adherence";
import { exerciseDays, plannedExerciseSessions } from "@/server/domain/adherence/exercise-days";
import { addDays, daysBetween } from "@/server/domain/dates";

const start = "2025-03-03";
const day = (n: number) => addDays(start, n);
const log = (id: string, n: number, status: LoggedSession["status"] = "done", key = "a"): LoggedSession => ({ id, key, date: day(n), status });

describe("exerciseDays (sessions spread evenly over a 7-day plan week)", () => {
  it.each<[number, number[]]>([
    [1, [0]],
    [2, [0, 3]],
    [3, [0, 2, 4]],
    [4, [0, 1, 3, 5]],
    [5, [0, 1, 2, 4, 5]],
    [6, [0, 1, 2, 3, 4, 5]],
    [7, [0, 1, 2, 3, 4, 5, 6]],
  ])("%s a week: days %j", (perWeek, days) => {
    expect(exerciseDays(perWeek)).toEqual(days);
  });

  it.each([0, 8, 2.5, -1])("rejects %s a week", (perWeek) => {
    expect(() => exerciseDays(perWeek)).toThrow(RangeError);
  });
});

describe("plannedExerciseSessions (R5.1 sessions prescribed in a period)", () => {
  const items = [{ key: "b", perWeek: 1 }, { key: "a", perWeek: 3 }];

  it("plans each item on its days of every week from the program start, sorted by date then key", () => {
    expect(plannedExerciseSessions(items, day(0), day(13), start)).toEqual([
      { key: "a", date: day(0) }, { key: "b", date: day(0) }, { key: "a", date: day(2) }, { key: "a", date: day(4) },
      { key: "a", date: day(7) }, { key: "b", date: day(7) }, { key: "a", date: day(9) }, { key: "a", date: day(11) },
    ]);
  });

  it.each<[string, number, number, string[]]>([
    ["period starting mid-week keeps the program's cycle", 3, 8, ["a@4", "a@7", "b@7"]],
    ["period ends on a planned day (inclusive)", 1, 2, ["a@2"]],
    ["period of one unplanned day", 1, 1, []],
    ["period before the program start", -10, -1, []],
    ["period straddling the program start", -3, 0, ["a@0", "b@0"]],
    ["end before start", 5, 4, []],
  ])("%s", (_, from, to, expected) => {
    const got = plannedExerciseSessions(items, day(from), day(to), start).map((s) => `${s.key}@${daysBetween(start, s.date)}`);
    expect(got).toEqual(expected);
  });
});

describe("runLogStatus (R5.2 done: run minutes ≥ half of planned)", () => {
  it.each<[number | null, number, "done" | "partial"]>([
    [null, 0, "done"],
    [0, 0, "done"],
    [0, 12, "done"],
    [8, 4, "done"],
    [8, 3, "partial"],
    [9, 5, "done"], // 4.5 needed
    [9, 4, "partial"],
    [30, 15, "done"],
    [30, 14, "partial"],
    [30, 45, "done"],
  ])("planned %s, ran %s → %s", (planned, ran, status) => {
    expect(runLogStatus(planned, ran)).toBe(status);
  });
});

describe("matchSessions (R5.2: a log up to 2 days after the planned date counts)", () => {
  const planned: PlannedSession[] = [{ key: "a", date: day(0) }];

  it.each<[string, number, boolean]>([
    ["on the day", 0, true],
    ["1 day after", 1, true],
    ["2 days after", 2, true],
    ["3 days after", 3, false],
    ["1 day before", -1, false],
  ])("log %s matches: %s", (_, offset, matches) => {
    const [m] = matchSessions(planned, [log("L", offset)], day(10));
    expect(m).toEqual({ key: "a", date: day(0), logId: matches ? "L" : null, status: matches ? "done" : "missed" });
  });

  it.each<[number, MatchedSession["status"]]>([
    [-1, "upcoming"],
    [0, "due"],
    [1, "due"],
    [2, "due"],
    [3, "missed"],
  ])("unlogged, today = planned %+d → %s", (offset, status) => {
    expect(matchSessions(planned, [], day(offset))[0]!.status).toBe(status);
  });

  it.each<LoggedSession["status"]>(["done", "partial", "skipped"])("a matched log keeps its status %s", (status) => {
    expect(matchSessions(planned, [log("L", 1, status)], day(1))[0]).toMatchObject({ logId: "L", status });
  });

  it("ignores logs of another key", () => {
    expect(matchSessions(planned, [log("L", 0, "done", "b")], day(5))[0]).toMatchObject({ logId: null, status: "missed" });
  });

  it("two logs for one session: the earliest counts, the other is left for the next session", () => {
    const twoPlanned: PlannedSession[] = [{ key: "a", date: day(2) }, { key: "a", date: day(0) }];
    const logs = [log("late", 2, "partial"), log("early", 1)];
    expect(matchSessions(twoPlanned, logs, day(3))).toEqual([
      { key: "a", date: day(0), logId: "early", status: "done" },
      { key: "a", date: day(2), logId: "late", status: "partial" },
    ]);
  });

  it("a second log with no session left is not used", () => {
    const got = matchSessions(planned, [log("L1", 0), log("L2", 1)], day(3));
    expect(got).toEqual([{ key: "a", date: day(0), logId: "L1", status: "done" }]);
  });

  it("a log counts for the session of its own date before an earlier open one", () => {
    const daily: PlannedSession[] = [{ key: "a", date: day(0) }, { key: "a", date: day(1) }];
    expect(matchSessions(daily, [log("L", 1)], day(2)).map((m) => [m.logId, m.status])).toEqual([[null, "due"], ["L", "done"]]);
  });

  it("a late log counts for the earliest open session it can reach", () => {
    const daily: PlannedSession[] = [{ key: "a", date: day(0) }, { key: "a", date: day(1) }, { key: "a", date: day(2) }];
    const logs = [log("L2", 2), log("L2b", 2)];
    expect(matchSessions(daily, logs, day(2)).map((m) => [m.logId, m.status])).toEqual([["L2b", "done"], [null, "due"], ["L2", "done"]]);
  });
});

describe("adherencePercent (R5.3: (done + 0.5 × partial) ÷ prescribed, whole percent, halves up)", () => {
  const sessions = (done: number, partial: number, other: number): MatchedSession[] => [
    ...Array.from({ length: done }, (_, i) => ({ key: "a", date: day(0), logId: `d${i}`, status: "done" as const })),
    ...Array.from({ length: partial }, (_, i) => ({ key: "a", date: day(0), logId: `p${i}`, status: "partial" as const })),
    ...Array.from({ length: other }, () => ({ key: "a", date: day(0), logId: null, status: "missed" as const })),
  ];

  it.each<[number, number, number, number | null]>([
    [0, 0, 0, null],
    [0, 0, 3, 0],
    [3, 0, 0, 100],
    [1, 0, 7, 13], // 12.5
    [0, 1, 3, 13], // 12.5
    [0, 1, 7, 6], // 6.25
    [5, 0, 1, 83], // 83.33
    [2, 1, 0, 83], // 83.33
    [1, 0, 5, 17], // 16.67
    [1, 1, 0, 75],
    [1, 0, 199, 1], // 0.5
    [1, 0, 200, 0], // 0.4975
    [0, 1, 99, 1], // 0.5
    [2, 0, 1, 67], // 66.67
  ])("%s done, %s partial, %s other → %s %", (done, partial, other, percent) => {
    expect(adherencePercent(sessions(done, partial, other), day(0))).toEqual({ percent, done, partial, prescribed: done + partial + other });
  });

  it("counts sessions due today as prescribed and upcoming ones not", () => {
    const m = matchSessions([{ key: "a", date: day(0) }, { key: "a", date: day(1) }, { key: "a", date: day(2) }], [log("L", 0)], day(1));
    expect(m.map((s) => s.status)).toEqual(["done", "due", "upcoming"]);
    expect(adherencePercent(m, day(1))).toEqual({ percent: 50, done: 1, partial: 0, prescribed: 2 });
  });

  it("skipped counts as prescribed, not done", () => {
    expect(adherencePercent(matchSessions([{ key: "a", date: day(0) }], [log("L", 0, "skipped")], day(5)), day(5)).percent).toBe(0);
  });

  it("overall adherence is over exercise and run sessions together", () => {
    const exercise = matchSessions([{ key: "a", date: day(0) }, { key: "a", date: day(1) }], [log("E", 0)], day(5));
    const runs = matchSessions([{ key: "run", date: day(0), plannedRunMinutes: 8 }], [log("R", 1, "partial", "run")], day(5));
    expect(adherencePercent(exercise, day(5)).percent).toBe(50);
    expect(adherencePercent(runs, day(5)).percent).toBe(50);
    expect(adherencePercent([...exercise, ...runs], day(5))).toEqual({ percent: 50, done: 1, partial: 1, prescribed: 3 });
  });
});

describe("adherence properties", () => {
  const keyArb = fc.constantFrom("a", "b", "run");
  const plannedArb = fc.array(fc.record({ key: keyArb, date: fc.integer({ min: 0, max: 27 }).map(day) }), { maxLength: 30 });
  const logsArb = fc
    .array(fc.record({ key: keyArb, offset: fc.integer({ min: -3, max: 32 }), status: fc.constantFrom("done", "partial", "skipped") as fc.Arbitrary<LoggedSession["status"]> }), { maxLength: 30 })
    .map((list) => list.map((l, i): LoggedSession => ({ id: `L${i}`, key: l.key, date: day(l.offset), status: l.status })));
  const todayArb = fc.integer({ min: -3, max: 35 }).map(day);

  it("a log is matched at most once, only to a session of its key within 2 days after it", () => {
    fc.assert(fc.property(plannedArb, logsArb, todayArb, (planned, logs, today) => {
      const matched = matchSessions(planned, logs, today);
      expect(matched).toHaveLength(planned.length);
      const used = matched.flatMap((m) => (m.logId === null ? [] : [m.logId]));
      expect(new Set(used).size).toBe(used.length);
      for (const m of matched) {
        if (m.logId === null) continue;
        const l = logs.find((x) => x.id === m.logId)!;
        expect(l.key).toBe(m.key);
        expect(l.status).toBe(m.status);
        expect(daysBetween(m.date, l.date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(m.date, l.date)).toBeLessThanOrEqual(2);
      }
    }));
  });

  it("adherence is a whole percent within 0–100, null only when nothing is prescribed", () => {
    fc.assert(fc.property(plannedArb, logsArb, todayArb, (planned, logs, today) => {
      const result = adherencePercent(matchSessions(planned, logs, today), today);
      if (result.prescribed === 0) {
        expect(result.percent).toBeNull();
        return;
      }
      expect(Number.isInteger(result.percent)).toBe(true);
      expect(result.percent).toBeGreaterThanOrEqual(0);
      expect(result.percent).toBeLessThanOrEqual(100);
      expect(result.done + result.partial).toBeLessThanOrEqual(result.prescribed);
    }));
  });
});
