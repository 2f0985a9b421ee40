import { describe, expect, it } from "vitest";
import { draftFromRun, newRunDraft, parseDecimal, runFromDraft, type RunDraft } from "@/app/(portal)/portal/_log/run-draft";
import { logInput, correctLogInput } from "@/server/domain/logs/schemas";
import { classifyRun } from "@/server/domain/progression/classify";
import type { RunLog } from "@/server/domain/progression/run-log";
import { defaultProtocolSettings } from "@/server/domain/progression/settings";

const fresh = () => newRunDraft({ date: "2026-03-10", plannedRunMinutes: 8, pattern: "1 min run / 2 min walk × 8", surface: "road", shoeId: null });
const entryOf = (d: RunDraft) => logInput.safeParse({ kind: "run", clientId: "key-12345678", ...runFromDraft(d) });
const classOf = (run: RunLog) => classifyRun(run, { settings: defaultProtocolSettings, knownRegions: [], earlierRuns: [] });

describe("a new run form: nothing pre-selected", () => {
  it("leaves the symptoms question, every rating, the settling time and the effort unanswered", () => {
    const d = fresh();
    expect(d).toMatchObject({ hadSymptoms: null, preNrs: null, numbness: null, tingling: null, burning: null, pain: null, settleMinutes: "", rpe: null, nextMorningNrs: null });
    expect(d.runMinutes).toBe("8");
  });

  it("\"I had symptoms\" with nothing rated goes out as not rated (null, not 0), and the run is INCOMPLETE, never GREEN", () => {
    const parsed = entryOf({ ...fresh(), hadSymptoms: true, nextMorningNrs: 0 });
    expect(parsed.success).toBe(true);
    const run = parsed.data as RunLog;
    expect(run).toMatchObject({ preNrs: null, numbness: null, tingling: null, burning: null, pain: null, settleMinutes: null, rpe: null });
    expect(classOf(run)).toMatchObject({ sessionClass: "INCOMPLETE", findings: [{ kind: "not-rated" }] });
  });

  it("\"No symptoms\" stores explicit zeros (the athlete said none), so it can be green", () => {
    const run = entryOf({ ...fresh(), hadSymptoms: false, tingling: 5, regions: ["MPN-R"], nextMorningNrs: 0, rpe: 3 }).data as RunLog;
    expect(run).toMatchObject({ preNrs: 0, numbness: 0, tingling: 0, burning: 0, pain: 0, settleMinutes: 0, regions: [], onsetMinute: null });
    expect(classOf(run).sessionClass).toBe("GREEN");
  });

  it("a skipped rating stays null beside the rated ones; the peak is the highest rated", () => {
    const run = entryOf({ ...fresh(), hadSymptoms: true, tingling: 4, nextMorningNrs: 0 }).data as RunLog;
    expect(run).toMatchObject({ numbness: null, tingling: 4, burning: null, pain: null });
    expect(classOf(run)).toMatchObject({ sessionClass: "AMBER", findings: [{ kind: "peak", symptoms: ["tingling"], peak: 4, limit: 2 }] });
  });

  it("a correction of a run with nothing rated shows nothing rated, not zeros", () => {
    const stored = runFromDraft({ ...fresh(), hadSymptoms: true }) as RunLog;
    expect(draftFromRun(stored)).toMatchObject({ hadSymptoms: true, preNrs: null, numbness: null, tingling: null, burning: null, pain: null, rpe: null, settleMinutes: "" });
    const none = runFromDraft({ ...fresh(), hadSymptoms: false, rpe: 2 }) as RunLog;
    expect(draftFromRun(none)).toMatchObject({ hadSymptoms: false, numbness: 0, rpe: 2 });
  });
});

describe("run entries are consistent", () => {
  it.each([["5,2", 5.2], ["5.2", 5.2], [" 10 ", 10], ["", null], ["0,75", 0.75]])("distance %j is read as %s", (typed, km) => {
    expect(parseDecimal(typed)).toBe(km);
  });

  it.each(["5,2,1", "5.2.1", "five", "1.234,5"])("%j is refused with the field's message", (typed) => {
    const parsed = entryOf({ ...fresh(), hadSymptoms: false, distanceKm: typed });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toContain("distanceKm");
  });

  it("a correction shows the distance in the athlete's number format", () => {
    const run = runFromDraft({ ...fresh(), hadSymptoms: false, distanceKm: "5,2" }) as RunLog;
    expect(draftFromRun(run, (n) => new Intl.NumberFormat("de-DE").format(n)).distanceKm).toBe("5,2");
  });

  it.each([logInput, correctLogInput])("total minutes below the running minutes are refused at the total-minutes field", (schema) => {
    const run = runFromDraft({ ...fresh(), hadSymptoms: false, runMinutes: "20", durationMinutes: "15" });
    const parsed = schema.safeParse({ kind: "run", clientId: "key-12345678", logId: "6f1c1c1e-8d4a-4b7e-9a55-1f0b7d0c2a11", expectedVersion: 1, ...run });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toEqual([
      expect.objectContaining({ path: ["durationMinutes"], message: "Total minutes (15) cannot be less than the minutes of running (20)" }),
    ]);
  });

  it("total minutes equal to or above the running minutes, or left empty, are fine", () => {
    for (const total of ["20", "35", ""]) expect(entryOf({ ...fresh(), hadSymptoms: false, runMinutes: "20", durationMinutes: total }).success).toBe(true);
  });
});
