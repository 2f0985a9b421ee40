import { describe, expect, it } from "vitest";
import { outcomeTrends, type ScoredMeasure } from "@/server/domain/outcomes/trends";

const at = (day: number) => new Date(Date.UTC(2026, 10, day));
const lefs = (score: number | null, day: number, o: Partial<ScoredMeasure> = {}): ScoredMeasure => ({
  instrument: "LEFS", status: "completed", complete: true, score, completedAt: at(day), voided: null, ...o,
});

describe("outcomeTrends (R9: baseline = first complete score, latest = last, never prorated)", () => {
  it.each<[string, ScoredMeasure[], { baseline: number | null; latest: number | null; change: number | null }[]]>([
    ["nothing recorded", [], []],
    ["one score: a baseline without a latest", [lefs(40, 1)], [{ baseline: 40, latest: null, change: null }]],
    ["first and last of several", [lefs(40, 1), lefs(45, 8), lefs(52, 15)], [{ baseline: 40, latest: 52, change: 12 }]],
    ["a voided measure is left out", [lefs(10, 1, { voided: { at: at(2), reason: "wrong athlete" } }), lefs(40, 8), lefs(50, 15)], [{ baseline: 40, latest: 50, change: 10 }]],
    ["an incomplete one is left out", [lefs(40, 1), lefs(70, 8, { complete: false })], [{ baseline: 40, latest: null, change: null }]],
    ["a requested one is left out", [lefs(null, 1, { status: "requested", completedAt: null }), lefs(40, 8)], [{ baseline: 40, latest: null, change: null }]],
    ["only unusable measures: no trend", [lefs(null, 1, { status: "requested", completedAt: null }), lefs(70, 8, { complete: false })], []],
  ])("%s", (_label, measures, expected) => {
    expect(outcomeTrends(measures).map((t) => ({ baseline: t.baseline?.score ?? null, latest: t.latest?.score ?? null, change: t.change?.change ?? null }))).toEqual(expected);
  });

  it("one trend per instrument, in order of first appearance, with the MCID verdict (LEFS 9 points)", () => {
    const trends = outcomeTrends([
      lefs(40, 1), { ...lefs(6, 2), instrument: "NRS" }, lefs(48, 9), { ...lefs(3, 9), instrument: "NRS" },
    ]);
    expect(trends.map((t) => t.instrument)).toEqual(["LEFS", "NRS"]);
    expect(trends[0]).toMatchObject({ baseline: { score: 40, at: at(1) }, latest: { score: 48, at: at(9) }, change: { change: 8, passesMcid: false } });
    expect(trends[1]).toMatchObject({ change: { change: -3, direction: "better", passesMcid: true } });
  });
});
