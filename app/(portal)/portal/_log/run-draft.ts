import type { BodyRegion } from "@/server/domain/body-map";
import { symptomKeys, type RunLog, type RunSurface } from "@/server/domain/progression/run-log";

/** The run form's state: numbers being typed stay strings until the entry is built; null is "not answered yet". */
export type RunDraft = {
  date: string;
  plannedRunMinutes: number | null;
  runMinutes: string;
  durationMinutes: string;
  distanceKm: string;
  pattern: string;
  /** "No symptoms" (false), "I had symptoms" (true), or not answered (null). */
  hadSymptoms: boolean | null;
  preNrs: number | null;
  numbness: number | null;
  tingling: number | null;
  burning: number | null;
  pain: number | null;
  onsetMinute: string;
  settleMinutes: string;
  stoppedForSymptoms: boolean;
  regions: BodyRegion[];
  motorSign: boolean;
  restSymptoms: boolean;
  nextMorningNrs: number | null;
  rpe: number | null;
  surface: RunSurface;
  shoeId: string;
  temperatureC: string;
  note: string;
};

/**
 * A new run: the planned minutes and the surface and shoe of the last run are filled in; every rating,
 * the symptoms question and the effort start unanswered, so a hurried save can never pass for a
 * symptom-free run (a skipped rating is "not rated", and a run with nothing rated is INCOMPLETE, docs/clinical-rules.md R2.5).
 */
export function newRunDraft(d: { date: string; plannedRunMinutes: number | null; pattern: string; surface: RunSurface; shoeId: string | null }): RunDraft {
  return {
    date: d.date, plannedRunMinutes: d.plannedRunMinutes, runMinutes: d.plannedRunMinutes !== null ? String(d.plannedRunMinutes) : "",
    durationMinutes: "", distanceKm: "", pattern: d.pattern, hadSymptoms: null, preNrs: null, numbness: null, tingling: null, burning: null, pain: null,
    onsetMinute: "", settleMinutes: "", stoppedForSymptoms: false, regions: [], motorSign: false, restSymptoms: false, nextMorningNrs: null,
    rpe: null, surface: d.surface, shoeId: d.shoeId ?? "", temperatureC: "", note: "",
  };
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/** "No symptoms" as the portal stores it: every rating an explicit 0, settled at once. */
const isSymptomFree = (run: RunLog) =>
  run.preNrs === 0 && symptomKeys.every((k) => run[k] === 0) && run.onsetMinute === null && run.settleMinutes === 0 && run.regions.length === 0 && !run.stoppedForSymptoms;

/** The form state of a logged run, for a correction; a rating not given stays unanswered. */
export function draftFromRun(run: RunLog, formatNumber: (n: number) => string = String): RunDraft {
  return {
    date: run.date, plannedRunMinutes: run.plannedRunMinutes, runMinutes: String(run.runMinutes), durationMinutes: text(run.durationMinutes),
    distanceKm: run.distanceKm === null || run.distanceKm === undefined ? "" : formatNumber(run.distanceKm), pattern: run.pattern ?? "",
    hadSymptoms: !isSymptomFree(run), preNrs: run.preNrs, numbness: run.numbness, tingling: run.tingling, burning: run.burning, pain: run.pain,
    onsetMinute: text(run.onsetMinute), settleMinutes: text(run.settleMinutes), stoppedForSymptoms: run.stoppedForSymptoms, regions: [...run.regions],
    motorSign: run.motorSign, restSymptoms: run.restSymptoms, nextMorningNrs: run.nextMorningNrs, rpe: run.rpe, surface: run.surface,
    shoeId: run.shoeId ?? "", temperatureC: text(run.temperatureC), note: run.note ?? "",
  };
}

/**
 * "" → null; else a number, with a decimal comma or point ("5,2" and "5.2" are both 5.2). Anything
 * else becomes NaN, which the schema refuses with its own message.
 */
export function parseDecimal(s: string): number | null {
  const t = s.trim();
  if (t === "") return null;
  return /^[-−]?\d+([.,]\d+)?$/.test(t) ? Number(t.replace("−", "-").replace(",", ".")) : Number.NaN;
}

type RunEntry = Omit<RunLog, "runMinutes"> & { runMinutes: number | null };

/**
 * The run as the portal logs it (docs/clinical-rules.md R1.1). "No symptoms" stores explicit zeros (the athlete said none);
 * with "I had symptoms", or the question unanswered, every rating not given is sent as null.
 */
export function runFromDraft(d: RunDraft): RunEntry {
  const none = d.hadSymptoms === false;
  const rating = (v: number | null) => (none ? 0 : v);
  return {
    date: d.date, plannedRunMinutes: d.plannedRunMinutes, runMinutes: parseDecimal(d.runMinutes), durationMinutes: parseDecimal(d.durationMinutes),
    distanceKm: parseDecimal(d.distanceKm), pattern: d.pattern.trim() || null,
    preNrs: rating(d.preNrs), numbness: rating(d.numbness), tingling: rating(d.tingling), burning: rating(d.burning), pain: rating(d.pain),
    onsetMinute: none ? null : parseDecimal(d.onsetMinute), settleMinutes: none ? 0 : parseDecimal(d.settleMinutes),
    stoppedForSymptoms: !none && d.stoppedForSymptoms, regions: none ? [] : d.regions,
    motorSign: d.motorSign, restSymptoms: d.restSymptoms, nextMorningNrs: d.nextMorningNrs, rpe: d.rpe, surface: d.surface,
    shoeId: d.shoeId || null, temperatureC: parseDecimal(d.temperatureC), note: d.note.trim() || null,
  };
}
