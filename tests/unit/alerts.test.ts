import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alertCandidates, compareAttention, type AlertInput, type AlertRunInput } from "@/server/domain/alerts/rules";

const TODAY = "2026-11-26";
const run = (id: string, date: string, over: Partial<AlertRunInput> = {}): AlertRunInput => ({
  id, date, runMinutes: 20, plannedRunMinutes: 20, sessionClass: "GREEN", classReasons: [], preNrs: 0, nextMorningNrs: 0, ...over,
});
const input = (over: Partial<AlertInput> = {}): AlertInput => ({
  today: TODAY, settings: { singleRunWarn: 1.1 }, openTriage: [], runs: [], plan: null, lastLogDate: TODAY, loads: [], shoes: [], ...over,
});
const types = (over: Partial<AlertInput>) => alertCandidates(input(over)).map((c) => c.type);

describe("R6 alert rules", () => {
  it("an open red flag is an alert with its urgency", () => {
    const [c] = alertCandidates(input({ openTriage: [{ id: "t1", urgency: "urgent", triggers: [{ id: "T-U1", reason: "T-U1 foot slap" }] }] }));
    expect(c).toMatchObject({ type: "triage", cause: "triage:t1", severity: "urgent", reason: expect.stringContaining("foot slap") });
  });

  it.each([
    ["2026-11-13", true], // today − 13: inside the 14-day window
    ["2026-11-12", false],
  ])("a RED run on %s alerts: %s", (date, expected) => {
    expect(types({ runs: [run("r", date, { sessionClass: "RED", classReasons: ["tingling 7/10 (≥ 6)"] })] }).includes("red-run")).toBe(expected);
  });

  it.each([
    ["2026-11-20", "2026-11-26", true], // 6 days apart
    ["2026-11-19", "2026-11-26", false], // 7 days apart
  ])("not settled on %s and %s → %s", (a, b, expected) => {
    const runs = [run("a", a, { nextMorningNrs: 2, preNrs: 1 }), run("b", b, { nextMorningNrs: 1, preNrs: 0 })];
    expect(types({ runs }).includes("not-settled")).toBe(expected);
  });

  it("next morning equal to before the run is settled", () => {
    expect(types({ runs: [run("a", "2026-11-24", { nextMorningNrs: 1, preNrs: 1 }), run("b", "2026-11-25", { nextMorningNrs: 2, preNrs: 2 })] })).not.toContain("not-settled");
  });

  it.each([
    [22, false], // exactly 1.10 × 20
    [23, true],
  ])("a %i-min run after a 20-min longest: spike %s", (minutes, expected) => {
    const runs = [run("a", "2026-11-10", { runMinutes: 20 }), run("b", "2026-11-25", { runMinutes: minutes })];
    expect(types({ runs }).includes("single-run-spike")).toBe(expected);
  });

  it("a frozen plan needs review, numbered by its freeze episode", () => {
    const [c] = alertCandidates(input({ plan: { id: "p", frozen: true, startDate: "2026-11-01", signOffs: 2 } }));
    expect(c).toMatchObject({ type: "review", severity: "high", cause: "plan:p:episode:2" });
  });

  it.each([
    ["2026-11-22", false], // 4 days quiet
    ["2026-11-21", true], // 5 days quiet
  ])("no logs since %s → %s", (lastLogDate, expected) => {
    expect(types({ plan: { id: "p", frozen: false, startDate: "2026-11-01", signOffs: 0 }, lastLogDate }).includes("no-logs")).toBe(expected);
  });

  it("no-logs waits 5 days after the plan starts, and needs an active plan", () => {
    expect(types({ plan: { id: "p", frozen: false, startDate: "2026-11-22", signOffs: 0 }, lastLogDate: null })).not.toContain("no-logs");
    expect(types({ plan: { id: "p", frozen: false, startDate: "2026-11-21", signOffs: 0 }, lastLogDate: null })).toContain("no-logs");
    expect(types({ plan: null, lastLogDate: null })).not.toContain("no-logs");
  });

  it.each([
    [599.9, false],
    [600, true],
  ])("a shoe at %d km of 600 → review %s; retired shoes never", (km, expected) => {
    const shoes = [{ id: "s", label: "Brand Model", totalKm: km, reviewDistanceKm: 600, retired: false }];
    expect(types({ shoes }).includes("shoe-review")).toBe(expected);
    expect(types({ shoes: [{ ...shoes[0]!, retired: true }] })).not.toContain("shoe-review");
  });

  it("ACWR above 1.5 raises a low alert with its caveat, only once 28 days of logs exist", () => {
    const steady = Array.from({ length: 28 }, (_, i) => ({ date: new Date(Date.UTC(2026, 9, 30 + i)).toISOString().slice(0, 10), minutes: 10, rpe: 2 }));
    const spike = [...steady.slice(0, 21), ...steady.slice(21).map((l) => ({ ...l, minutes: 40 }))];
    const acwr = alertCandidates(input({ loads: spike })).find((c) => c.type === "acwr");
    expect(acwr).toMatchObject({ severity: "low", reason: expect.stringContaining("not a validated injury predictor") });
    expect(types({ loads: steady })).not.toContain("acwr");
    expect(types({ loads: spike.slice(1) })).not.toContain("acwr");
  });

  it("caseload order: severity, then longest since the last log (never first), then name", () => {
    const rows = [
      { name: "A", topSeverity: null, lastLogDate: "2026-11-25" },
      { name: "B", topSeverity: "low", lastLogDate: "2026-11-25" },
      { name: "C", topSeverity: null, lastLogDate: null },
      { name: "D", topSeverity: "emergency", lastLogDate: "2026-11-25" },
      { name: "E", topSeverity: null, lastLogDate: "2026-11-20" },
      { name: "F", topSeverity: "high", lastLogDate: null },
    ] as const;
    expect([...rows].sort(compareAttention).map((r) => r.name)).toEqual(["D", "F", "B", "C", "E", "A"]);
  });

  it("property: every candidate names its type in its cause episode and a non-empty reason", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ day: fc.integer({ min: 0, max: 40 }), peakRed: fc.boolean(), minutes: fc.integer({ min: 1, max: 90 }) }), { maxLength: 12 }), (spec) => {
        const runs = spec.map((s, i) => run(`r${i}`, new Date(Date.UTC(2026, 9, 17 + s.day)).toISOString().slice(0, 10), { sessionClass: s.peakRed ? "RED" : "GREEN", runMinutes: s.minutes }))
          .sort((a, b) => (a.date < b.date ? -1 : 1));
        for (const c of alertCandidates(input({ runs }))) {
          expect(c.reason.length).toBeGreaterThan(0);
          expect(c.cause).toMatch(/^(run|triage|plan|date|since|shoe):/);
        }
      }),
    );
  });
});
