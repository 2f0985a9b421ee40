import type { BodyRegion } from "@/server/domain/body-map";
import { peakOf, type RunLog, type RunSurface } from "@/server/domain/progression/run-log";

/** The run form's state: numbers being typed stay strings until the entry is built. */
export type RunDraft = {
  date: string;
  plannedRunMinutes: number | null;
  runMinutes: string;
  durationMinutes: string;
  distanceKm: string;
  pattern: string;
  hadSymptoms: boolean;
  preNrs: number;
  numbness: number;
  tingling: number;
  burning: number;
  pain: number;
  onsetMinute: string;
  settleMinutes: string;
  stoppedForSymptoms: boolean;
  regions: BodyRegion[];
  motorSign: boolean;
  restSymptoms: boolean;
  nextMorningNrs: number | null;
  rpe: number;
  surface: RunSurface;
  shoeId: string;
  temperatureC: string;
  note: string;
};

/**
 * A new run with the defaults of the common case (a green run, DOMAIN 5.1): the planned minutes done,
 * no symptoms, easy effort (RPE 3, the plan's "RPE ≤ 4"), the surface and shoe of the last run.
 */
export function newRunDraft(d: { date: string; plannedRunMinutes: number | null; pattern: string; surface: RunSurface; shoeId: string | null }): RunDraft {
  return {
    date: d.date, plannedRunMinutes: d.plannedRunMinutes, runMinutes: d.plannedRunMinutes !== null ? String(d.plannedRunMinutes) : "",
    durationMinutes: "", distanceKm: "", pattern: d.pattern, hadSymptoms: false, preNrs: 0, numbness: 0, tingling: 0, burning: 0, pain: 0,
    onsetMinute: "", settleMinutes: "0", stoppedForSymptoms: false, regions: [], motorSign: false, restSymptoms: false, nextMorningNrs: null,
    rpe: 3, surface: d.surface, shoeId: d.shoeId ?? "", temperatureC: "", note: "",
  };
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/** The form state of a logged run, for a correction. */
export function draftFromRun(run: RunLog): RunDraft {
  return {
    date: run.date, plannedRunMinutes: run.plannedRunMinutes, runMinutes: String(run.runMinutes), durationMinutes: text(run.durationMinutes),
    distanceKm: text(run.distanceKm), pattern: run.pattern ?? "", hadSymptoms: (peakOf(run) ?? 0) > 0 || run.onsetMinute !== null || run.regions.length > 0,
    preNrs: run.preNrs ?? 0, numbness: run.numbness ?? 0, tingling: run.tingling ?? 0, burning: run.burning ?? 0, pain: run.pain ?? 0,
    onsetMinute: text(run.onsetMinute), settleMinutes: String(run.settleMinutes), stoppedForSymptoms: run.stoppedForSymptoms, regions: [...run.regions],
    motorSign: run.motorSign, restSymptoms: run.restSymptoms, nextMorningNrs: run.nextMorningNrs, rpe: run.rpe, surface: run.surface,
    shoeId: run.shoeId ?? "", temperatureC: text(run.temperatureC), note: run.note ?? "",
  };
}

/** "" → null; anything else → a number (NaN is refused by the schema with its message). */
const num = (s: string): number | null => (s.trim() === "" ? null : Number(s.replace(",", ".")));

/** The run as the portal logs it (R1). Without symptoms the ratings are 0 and nothing else is asked. */
export function runFromDraft(d: RunDraft): Omit<RunLog, "runMinutes" | "settleMinutes"> & { runMinutes: number | null; settleMinutes: number | null } {
  const s = d.hadSymptoms;
  return {
    date: d.date, plannedRunMinutes: d.plannedRunMinutes, runMinutes: num(d.runMinutes), durationMinutes: num(d.durationMinutes), distanceKm: num(d.distanceKm),
    pattern: d.pattern.trim() || null, preNrs: s ? d.preNrs : 0, numbness: s ? d.numbness : 0, tingling: s ? d.tingling : 0, burning: s ? d.burning : 0,
    pain: s ? d.pain : 0, onsetMinute: s ? num(d.onsetMinute) : null, settleMinutes: s ? num(d.settleMinutes) : 0, stoppedForSymptoms: s && d.stoppedForSymptoms,
    regions: s ? d.regions : [], motorSign: d.motorSign, restSymptoms: d.restSymptoms, nextMorningNrs: d.nextMorningNrs, rpe: d.rpe, surface: d.surface,
    shoeId: d.shoeId || null, temperatureC: num(d.temperatureC), note: d.note.trim() || null,
  };
}
