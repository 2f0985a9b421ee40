import { describe, expect, it } from "vitest";
import { footRegionName } from "@/server/domain/logs/foot-regions";
import { runFeedback } from "@/server/domain/logs/run-feedback";
import { classifyRun } from "@/server/domain/progression/classify";
import type { RunLog } from "@/server/domain/progression/run-log";
import { defaultProtocolSettings } from "@/server/domain/progression/settings";

const run = (o: Partial<RunLog> = {}): RunLog => ({
  date: "2026-03-10", plannedRunMinutes: 20, runMinutes: 20, preNrs: 1, numbness: 0, tingling: 1, burning: 0, pain: 0,
  onsetMinute: null, settleMinutes: 0, stoppedForSymptoms: false, regions: ["MPN-R"], motorSign: false, restSymptoms: false,
  nextMorningNrs: 1, rpe: 3, surface: "road", shoeId: null, temperatureC: 12, ...o,
});
const told = (r: RunLog, earlierRuns: RunLog[] = []) => {
  const c = classifyRun(r, { settings: defaultProtocolSettings, knownRegions: ["MPN-R"], earlierRuns });
  return runFeedback(c.sessionClass, c.findings);
};

describe("runFeedback: the athlete is told why, in plain words from the classifier's findings", () => {
  it("amber from a peak above the green limit names the symptom, the rating and the limit", () => {
    expect(told(run({ tingling: 4 }))).toEqual({ sessionClass: "AMBER", headline: "Amber run", reasons: ["Amber: tingling reached 4/10 (above 2/10)"] });
  });

  it("red from a new area names it in the athlete's words, with side", () => {
    expect(told(run({ regions: ["MPN-R", "MPN-L"] })).reasons).toEqual(["Red: symptoms in a new area (left foot: inner sole, big-toe side (toes 1–3))"]);
  });

  it("red from a peak, from the next morning, rest symptoms and a motor sign: every reason of the class", () => {
    expect(told(run({ numbness: 7, tingling: 7, nextMorningNrs: 3, restSymptoms: true, motorSign: true })).reasons).toEqual([
      "Red: numbness and tingling reached 7/10 (6/10 or more)",
      "Red: your feet were worse the next morning (3/10; 1/10 before the run)",
      "Red: new symptoms at rest",
      "Red: your foot slapped down, you tripped, or it felt weak",
    ]);
  });

  it("amber from slow settling and stopping", () => {
    expect(told(run({ settleMinutes: 90, stoppedForSymptoms: true })).reasons).toEqual([
      "Amber: it took 90 minutes to settle (more than 60)",
      "Amber: you stopped or walked because of symptoms",
    ]);
  });

  it("amber from earlier onset names the run it is compared with", () => {
    const before = run({ date: "2026-03-05", onsetMinute: 20 });
    expect(told(run({ onsetMinute: 12 }), [before]).reasons).toEqual([
      "Amber: symptoms started earlier: at minute 12, against minute 20 on your run of 5 Mar 2026",
    ]);
  });

  it("an incomplete run says what is missing", () => {
    const r = told(run({ numbness: null, tingling: null, burning: null, pain: null, nextMorningNrs: null }));
    expect(r.headline).toBe("Not complete yet");
    expect(r.reasons).toEqual(["Still to do: rate your symptoms during the run (nothing was rated)", "Still to do: answer the next-morning question"]);
  });

  it("a green run says so", () => {
    expect(told(run())).toEqual({
      sessionClass: "GREEN", headline: "Green run",
      reasons: ["Green: symptoms stayed at 1/10 or less (up to 2/10 is green) and had settled by the next morning"],
    });
  });

  it("no reason carries a rule or trigger code", () => {
    const all = [told(run({ tingling: 7, regions: ["SADDLE"], motorSign: true })), told(run({ tingling: 4 })), told(run({ nextMorningNrs: null }))];
    for (const r of all) for (const reason of r.reasons) expect(reason).not.toMatch(/\b(R\d|T-[EUR]\d|MPN|SADDLE|INCOMPLETE|AMBER|RED)\b/);
  });

  it.each([
    ["MPN-L", "left foot: inner sole, big-toe side (toes 1–3)"],
    ["IDN-3/4-R", "right foot: between toes 3 and 4"],
    ["STOCK", "both feet, like a sock"],
    ["SADDLE", "between the legs (saddle area)"],
  ])("region %s in the athlete's words: %s", (code, words) => {
    expect(footRegionName(code)).toBe(words);
  });
});
