// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alertCandidates, alertSeverities, alertTypes, compareAttention, onePerTypeAlerts, severityRank,
  type AlertCandidate, type AlertInput, type AlertRunInput, type AlertSeverity, type AttentionRow,
} from "@/server/domain/alerts/rules";
import { ACWR_CAVEAT } from "@/server/domain/load/acwr";
import { addDays } from "@/server/domain/dates";

const TODAY = "2026-11-26";
const ago = (n: number) => addDays(TODAY, -n);
const run = (id: string, daysAgo: number, over: Partial<AlertRunInput> = {}): AlertRunInput => ({
  id, date: ago(daysAgo), runMinutes: 20, plannedRunMinutes: 20, sessionClass: "GREEN", classReasons: [], preNrs: 0, nextMorningNrs: 0, ...over,
});
const input = (over: Partial<AlertInput> = {}): AlertInput => ({
  today: TODAY, settings: { singleRunWarn: 1.1 }, openTriage: [], runs: [], plan: null, lastLogDate: TODAY, loads: [], shoes: [], ...over,
});
const ofType = (over: Partial<AlertInput>, type: AlertCandidate["type"]) => alertCandidates(input(over)).filter((c) => c.type === type);
const activePlan = (startDaysAgo: number, over: Partial<NonNullable<AlertInput["plan"]>> = {}) =>
  ({ id: "p1", frozen: false, startDate: ago(startDaysAgo), signOffs: 0, ...over });

describe("severities and types (R6)", () => {
  it("ranks every severity, caseload order first", () => {
    expect([...alertSeverities].sort((a, b) => severityRank[b] - severityRank[a])).toEqual(["emergency", "urgent", "high", "medium", "routine", "low"]);
    expect(onePerTypeAlerts).toEqual(["not-settled", "acwr", "no-logs"]);
  });

  it("nothing to say about a quiet athlete", () => {
    expect(alertCandidates(input())).toEqual([]);
  });
});

describe("triage (R6, R8)", () => {
  it.each<["emergency" | "urgent" | "routine"]>([["emergency"], ["urgent"], ["routine"]])("an open %s triage alerts with that severity", (urgency) => {
    const [c, ...rest] = ofType({ openTriage: [{ id: "t1", urgency, triggers: [{ id: "T-U1", reason: "T-U1 Foot slap, tripping or new weakness reported on a run log" }, { id: "T-U6", reason: "new symptoms at rest" }] }] }, "triage");
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ type: "triage", cause: "triage:t1", severity: urgency });
    expect(c!.reason).toBe(`Open ${urgency} red flag: Foot slap, tripping or new weakness reported on a run log; new symptoms at rest`);
    expect(c!.data).toMatchObject({ triageId: "t1", triggers: [{ id: "T-U1" }, { id: "T-U6" }] });
  });

  it("one alert per open triage", () => {
    const openTriage = [{ id: "a", urgency: "routine" as const, triggers: [] }, { id: "b", urgency: "urgent" as const, triggers: [] }];
    expect(ofType({ openTriage }, "triage").map((c) => c.cause)).toEqual(["triage:a", "triage:b"]);
  });
});

describe("red-run (R6: each RED run of the last 14 days, high)", () => {
  it.each<[number, boolean]>([
    [0, true],
    [13, true], // today − 13: first day of the window
    [14, false],
    [-1, false], // dated after today
  ])("a RED run %i days ago alerts: %s", (daysAgo, expected) => {
    const runs = [run("r1", daysAgo, { sessionClass: "RED", classReasons: ["tingling 7/10 ≥ 6"] })];
    expect(ofType({ runs }, "red-run").length).toBe(expected ? 1 : 0);
  });

  it("names the run, its date and its reasons", () => {
    const runs = [run("r1", 3, { sessionClass: "RED", classReasons: ["tingling 7/10 ≥ 6", "new symptoms at rest"] })];
    expect(ofType({ runs }, "red-run")).toEqual([{
      type: "red-run", cause: "run:r1", severity: "high",
      reason: `Red run on ${ago(3)}: tingling 7/10 ≥ 6; new symptoms at rest`,
      data: { runId: "r1", date: ago(3), reasons: ["tingling 7/10 ≥ 6", "new symptoms at rest"] },
    }]);
  });

  it.each<[AlertRunInput["sessionClass"]]>([["AMBER"], ["INCOMPLETE"], ["GREEN"]])("a %s run does not", (sessionClass) => {
    expect(ofType({ runs: [run("r1", 1, { sessionClass })] }, "red-run")).toEqual([]);
  });
});

describe("review (R6, R4 freeze)", () => {
  it.each<[boolean, number]>([[true, 1], [false, 0]])("frozen %s → %i alert", (frozen, count) => {
    expect(ofType({ plan: activePlan(20, { frozen }) }, "review").length).toBe(count);
  });

  it("the cause names the freeze episode by its sign-off count", () => {
    const [a] = ofType({ plan: activePlan(20, { frozen: true, signOffs: 0 }) }, "review");
    const [b] = ofType({ plan: activePlan(20, { frozen: true, signOffs: 2 }) }, "review");
    expect(a).toMatchObject({ cause: "plan:p1:episode:0", severity: "high" });
    expect(b!.cause).toBe("plan:p1:episode:2");
  });
});

describe("not-settled (R6: 2 runs within 7 days not settled by the next morning, medium)", () => {
  const unsettled = (id: string, daysAgo: number, over: Partial<AlertRunInput> = {}) => run(id, daysAgo, { preNrs: 0, nextMorningNrs: 2, ...over });

  it.each<[number, number, boolean]>([
    [6, 0, true], // 6 days apart
    [7, 0, false], // 7 days apart
    [13, 7, true], // both inside the window, 6 apart
    [14, 8, false], // the earlier is outside the window
    [3, 3, true], // same day
  ])("unsettled runs %i and %i days ago → %s", (a, b, expected) => {
    expect(ofType({ runs: [unsettled("a", a), unsettled("b", b)] }, "not-settled").length).toBe(expected ? 1 : 0);
  });

  it.each<[number | null, number | null, boolean]>([
    [1, 2, true],
    [2, 2, false], // back to the pre-run level: settled
    [null, 1, true], // missing pre counts as 0
    [null, 0, false],
    [0, null, false], // no answer yet is not "not settled"
  ])("pre %s, next morning %s → unsettled %s", (preNrs, nextMorningNrs, expected) => {
    const runs = [unsettled("a", 4), unsettled("b", 2, { preNrs, nextMorningNrs })];
    expect(ofType({ runs }, "not-settled").length).toBe(expected ? 1 : 0);
  });

  it("one alert, caused by the latest such run, listing the runs of its 7-day span", () => {
    const runs = [unsettled("old", 12, { preNrs: 1, nextMorningNrs: 3 }), unsettled("a", 6, { nextMorningNrs: 3 }), run("green", 5), unsettled("b", 3, { preNrs: 1, nextMorningNrs: 2 }), unsettled("lone", 0)];
    // "lone" (0 days ago) is within 6 days of "b" (3 days ago): it is the latest such run.
    const [c, ...rest] = ofType({ runs }, "not-settled");
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ cause: "run:lone", severity: "medium" });
    expect(c!.reason).toBe(`Not settled by the next morning on 3 runs within 7 days: ${ago(6)} (3/10 next morning vs 0/10 before), ${ago(3)} (2/10 next morning vs 1/10 before), ${ago(0)} (2/10 next morning vs 0/10 before)`);
    expect(c!.data).toMatchObject({ runIds: ["a", "b", "lone"] });
  });

  it("a lone unsettled run after a pair does not move the episode", () => {
    const runs = [unsettled("a", 12), unsettled("b", 10), unsettled("c", 2)];
    expect(ofType({ runs }, "not-settled").map((c) => c.cause)).toEqual(["run:b"]);
  });
});

describe("single-run-spike (R6/R4: > single_run_warn × the longest run of the previous 30 days, medium)", () => {
  it.each<[number, number, boolean]>([
    [20, 22, false], // exactly 1.10 ×
    [20, 23, true],
    [33, 36, false], // 36 ≤ 36.3
    [33, 37, true],
  ])("longest %i min, then a %i-min run → spike %s", (longest, minutes, expected) => {
    const runs = [run("a", 20, { runMinutes: longest }), run("b", 1, { runMinutes: minutes })];
    expect(ofType({ runs }, "single-run-spike").length).toBe(expected ? 1 : 0);
  });

  it.each<[number, boolean]>([[13, true], [14, false]])("the spiking run %i days ago alerts: %s", (daysAgo, expected) => {
    const runs = [run("a", daysAgo + 5, { runMinutes: 20 }), run("b", daysAgo, { runMinutes: 30 })];
    expect(ofType({ runs }, "single-run-spike").length).toBe(expected ? 1 : 0);
  });

  it.each<[number, boolean]>([
    [30, true], // the longest run counts while within the previous 30 days
    [31, false], // older: no previous run, no spike
  ])("a previous longest run %i days before", (gap, expected) => {
    const runs = [run("a", 2 + gap, { runMinutes: 20 }), run("b", 2, { runMinutes: 30 })];
    expect(ofType({ runs }, "single-run-spike").length).toBe(expected ? 1 : 0);
  });

  it("uses the setting and names the run", () => {
    const runs = [run("a", 10, { runMinutes: 20 }), run("b", 2, { runMinutes: 25 })];
    expect(ofType({ runs, settings: { singleRunWarn: 1.3 } }, "single-run-spike")).toEqual([]);
    expect(ofType({ runs, settings: { singleRunWarn: 1.2 } }, "single-run-spike")).toEqual([{
      type: "single-run-spike", cause: "run:b", severity: "medium",
      reason: `Single-run spike on ${ago(2)}: 25 min > 1.20 × 20 min, the longest run of the previous 30 days`,
      data: { runId: "b", date: ago(2), runMinutes: 25, longestPrevious30Days: 20, singleRunWarn: 1.2 },
    }]);
  });

  it("runs of the same day are not each other's previous runs", () => {
    const runs = [run("a", 2, { runMinutes: 10 }), run("b", 2, { runMinutes: 30 })];
    expect(ofType({ runs }, "single-run-spike")).toEqual([]);
  });
});

describe("acwr (R6/R5: rolling ACWR > 1.5, low, with its caveat, only when available)", () => {
  // 7-day load a (today) and 50 AU on day −27: ACWR = 4a ÷ (a + 50). a = 30 → exactly 1.50; a = 31 → 1.53.
  const loads = (acute: number, firstDaysAgo = 27) => [{ date: ago(firstDaysAgo), minutes: 50, rpe: 1 }, { date: TODAY, minutes: acute, rpe: 1 }];

  it.each<[number, number, boolean]>([
    [30, 27, false], // exactly 1.50
    [31, 27, true], // 1.53
    [100, 26, false], // 26 days of logs: not available yet
    [100, 27, true],
  ])("7-day load %i AU, first log %i days ago → %s", (acute, first, expected) => {
    expect(ofType({ loads: loads(acute, first) }, "acwr").length).toBe(expected ? 1 : 0);
  });

  it("is one informational alert per day, with the caveat and that it never changes a decision", () => {
    const [c] = ofType({ loads: loads(31) }, "acwr");
    expect(c).toMatchObject({ cause: `date:${TODAY}`, severity: "low", data: { rolling: 1.53, acute7: 31, caveat: ACWR_CAVEAT } });
    expect(c!.reason).toContain(ACWR_CAVEAT);
    expect(c!.reason).toContain("never changes a decision");
    expect(c!.reason).toContain("1.53");
  });
});

describe("no-logs (R6: active plan, nothing logged for 5 days, low)", () => {
  it.each<[number, number | null, boolean]>([
    [30, 4, false],
    [30, 5, true],
    [30, null, true], // never logged, plan started long ago
    [4, null, false], // the plan started 4 days ago
    [5, null, true],
    [4, 10, false], // the last log predates a plan started 4 days ago
    [5, 10, true],
  ])("plan started %i days ago, last log %s days ago → %s", (start, last, expected) => {
    expect(ofType({ plan: activePlan(start), lastLogDate: last === null ? null : ago(last) }, "no-logs").length).toBe(expected ? 1 : 0);
  });

  it("needs an active plan", () => {
    expect(ofType({ plan: null, lastLogDate: ago(40) }, "no-logs")).toEqual([]);
  });

  it("the episode starts at the last log, or at the plan start when nothing was logged since", () => {
    expect(ofType({ plan: activePlan(30), lastLogDate: ago(6) }, "no-logs")).toEqual([{
      type: "no-logs", cause: `since:${ago(6)}`, severity: "low",
      reason: `No logs for 6 days while a plan is active (last log ${ago(6)})`,
      data: { planId: "p1", planStartDate: ago(30), lastLogDate: ago(6), since: ago(6), days: 6 },
    }]);
    expect(ofType({ plan: activePlan(7), lastLogDate: null }, "no-logs")[0]!.cause).toBe(`since:${ago(7)}`);
    expect(ofType({ plan: activePlan(7), lastLogDate: ago(20) }, "no-logs")[0]!.cause).toBe(`since:${ago(7)}`);
  });
});

describe("shoe-review (R6: a shoe in use at or past its review distance, low)", () => {
  const shoe = (totalKm: number, over: Partial<AlertInput["shoes"][number]> = {}) => ({ id: "s1", label: "Brand X Racer", totalKm, reviewDistanceKm: 600, retired: false, ...over });

  it.each<[number, boolean]>([
    [599.9, false],
    [600, true],
    [0.1 + 0.2 + 599.7, true], // summed decimals that land on 600 in floating point noise
    [612.4, true],
  ])("%d km of 600 → %s", (km, expected) => {
    expect(ofType({ shoes: [shoe(km)] }, "shoe-review").length).toBe(expected ? 1 : 0);
  });

  it("never for a retired shoe; uses each shoe's own review distance", () => {
    expect(ofType({ shoes: [shoe(700, { retired: true })] }, "shoe-review")).toEqual([]);
    expect(ofType({ shoes: [shoe(450, { reviewDistanceKm: 450 })] }, "shoe-review")).toHaveLength(1);
  });

  it("names the shoe and its distance", () => {
    expect(ofType({ shoes: [shoe(612.4)] }, "shoe-review")[0]).toMatchObject({
      cause: "shoe:s1", reason: "Shoe Brand X Racer has 612.4 km, at or past its review distance of 600 km",
    });
  });
});

describe("compareAttention (R6 caseload order)", () => {
  it("orders by top severity, then longest since the last log (never logged first), then name", () => {
    const rows: AttentionRow[] = [
      { name: "Ann", topSeverity: null, lastLogDate: ago(1) },
      { name: "Ben", topSeverity: "low", lastLogDate: ago(1) },
      { name: "Cat", topSeverity: null, lastLogDate: null },
      { name: "Dan", topSeverity: "emergency", lastLogDate: ago(1) },
      { name: "Eve", topSeverity: null, lastLogDate: ago(6) },
      { name: "Fay", topSeverity: "high", lastLogDate: null },
      { name: "Gus", topSeverity: "urgent", lastLogDate: ago(1) },
      { name: "Hal", topSeverity: "medium", lastLogDate: ago(1) },
      { name: "Ida", topSeverity: "routine", lastLogDate: ago(1) },
      { name: "Abe", topSeverity: null, lastLogDate: ago(1) },
    ];
    expect([...rows].sort(compareAttention).map((r) => r.name)).toEqual(["Dan", "Gus", "Fay", "Hal", "Ida", "Ben", "Cat", "Eve", "Abe", "Ann"]);
  });

  it.each<[AlertSeverity | null, AlertSeverity | null]>([
    ["emergency", "urgent"], ["urgent", "high"], ["high", "medium"], ["medium", "routine"], ["routine", "low"], ["low", null],
  ])("%s before %s", (a, b) => {
    expect(compareAttention({ name: "Z", topSeverity: a, lastLogDate: TODAY }, { name: "A", topSeverity: b, lastLogDate: null })).toBeLessThan(0);
  });
});

describe("properties", () => {
  const runArb = fc.record({
    daysAgo: fc.integer({ min: -2, max: 45 }),
    runMinutes: fc.integer({ min: 0, max: 90 }),
    sessionClass: fc.constantFrom<AlertRunInput["sessionClass"]>("RED", "AMBER", "INCOMPLETE", "GREEN"),
    preNrs: fc.option(fc.integer({ min: 0, max: 10 })),
    nextMorningNrs: fc.option(fc.integer({ min: 0, max: 10 })),
  });
  const inputArb = fc.record({
    runs: fc.array(runArb, { maxLength: 15 }),
    frozen: fc.boolean(),
    hasPlan: fc.boolean(),
    planStart: fc.integer({ min: 0, max: 60 }),
    lastLog: fc.option(fc.integer({ min: 0, max: 40 })),
    loads: fc.array(fc.record({ daysAgo: fc.integer({ min: 0, max: 40 }), minutes: fc.integer({ min: 0, max: 120 }), rpe: fc.integer({ min: 0, max: 10 }) }), { maxLength: 20 }),
    km: fc.array(fc.integer({ min: 0, max: 9000 }), { maxLength: 3 }),
  }).map((s): AlertInput => input({
    runs: s.runs
      .map((r, i) => run(`r${i}`, r.daysAgo, { runMinutes: r.runMinutes, sessionClass: r.sessionClass, preNrs: r.preNrs, nextMorningNrs: r.nextMorningNrs }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    plan: s.hasPlan ? activePlan(s.planStart, { frozen: s.frozen }) : null,
    lastLogDate: s.lastLog === null ? null : ago(s.lastLog),
    loads: s.loads.map((l) => ({ date: ago(l.daysAgo), minutes: l.minutes, rpe: l.rpe })),
    shoes: s.km.map((k, i) => ({ id: `s${i}`, label: `Shoe ${i}`, totalKm: k / 10, reviewDistanceKm: 600, retired: false })),
  }));

  const fixedSeverity: Partial<Record<AlertCandidate["type"], AlertSeverity>> = {
    "red-run": "high", review: "high", "not-settled": "medium", "single-run-spike": "medium", acwr: "low", "no-logs": "low", "shoe-review": "low",
  };

  it("each (type, cause) appears once; severities follow the R6 table; a one-per-type type appears at most once; reasons are sentences", () => {
    fc.assert(fc.property(inputArb, (i) => {
      const cs = alertCandidates(i);
      expect(new Set(cs.map((c) => `${c.type}|${c.cause}`)).size).toBe(cs.length);
      for (const c of cs) {
        expect(alertTypes).toContain(c.type);
        if (c.type !== "triage") expect(c.severity).toBe(fixedSeverity[c.type]);
        expect(c.reason.length).toBeGreaterThan(10);
      }
      for (const t of onePerTypeAlerts) expect(cs.filter((c) => c.type === t).length).toBeLessThanOrEqual(1);
    }));
  });

  it("run alerts only point at runs of the last 14 days", () => {
    fc.assert(fc.property(inputArb, (i) => {
      const byId = new Map(i.runs.map((r) => [r.id, r]));
      for (const c of alertCandidates(i)) {
        if (!c.cause.startsWith("run:")) continue;
        const r = byId.get(c.cause.slice(4))!;
        const days = (Date.parse(TODAY) - Date.parse(r.date)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThanOrEqual(13);
        if (c.type === "red-run") expect(r.sessionClass).toBe("RED");
      }
    }));
  });

  const rowArb = fc.record({
    topSeverity: fc.option(fc.constantFrom(...alertSeverities)),
    lastLogDate: fc.option(fc.integer({ min: 0, max: 30 }).map(ago)),
    name: fc.string({ maxLength: 4 }),
  });

  it("compareAttention is a consistent total order", () => {
    fc.assert(fc.property(rowArb, rowArb, rowArb, (a, b, c) => {
      expect(Math.sign(compareAttention(a, b))).toBe(-Math.sign(compareAttention(b, a)));
      expect(compareAttention(a, a)).toBe(0);
      if (compareAttention(a, b) <= 0 && compareAttention(b, c) <= 0) expect(compareAttention(a, c)).toBeLessThanOrEqual(0);
    }));
  });

  it("a sorted caseload never puts a lower top severity above a higher one", () => {
    fc.assert(fc.property(fc.array(rowArb, { maxLength: 20 }), (rows) => {
      const rank = (s: AlertSeverity | null) => (s === null ? 0 : severityRank[s]);
      const sorted = [...rows].sort(compareAttention);
      sorted.forEach((r, i) => { if (i > 0) expect(rank(sorted[i - 1]!.topSeverity)).toBeGreaterThanOrEqual(rank(r.topSeverity)); });
    }));
  });
});
