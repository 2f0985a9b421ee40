import { z } from "zod";
import { bodyRegion, isBilateral, regionLabel, type BodyRegion } from "../body-map";
import { calendarDate } from "../dates";
import { idInput } from "../ids";
import { triggerIds, triggers, type TriggerId } from "../triage/triggers";
import type { TriggeredFlag } from "../triage/triage";

/** Route surfaces of the run log (docs/clinical-rules.md R1.1). */
export const runSurfaces = ["road", "track", "trail", "treadmill", "grass"] as const;
export type RunSurface = (typeof runSurfaces)[number];
export const runSurfaceLabels: Record<RunSurface, string> = {
  road: "Road", track: "Track", trail: "Trail", treadmill: "Treadmill", grass: "Grass",
};

/** The four rated symptoms whose highest rating is the run's peak (docs/clinical-rules.md R1.2). */
export const symptomKeys = ["numbness", "tingling", "burning", "pain"] as const;
export type SymptomKey = (typeof symptomKeys)[number];

export const nrs = (what: string) =>
  z.number({ message: `${what}: enter 0–10` }).int(`${what}: a whole number`).min(0, `${what}: 0–10`).max(10, `${what}: 0–10`);
export const minutes = (what: string, max: number) =>
  z.number({ message: `${what}: enter minutes` }).int(`${what}: whole minutes`).min(0, `${what}: at least 0`).max(max, `${what}: at most ${max}`);

/**
 * One run as the athlete logs it (docs/clinical-rules.md R1.1). Null means "not rated / not answered": a missing
 * `preNrs` counts as 0, a missing peak or next-morning answer makes the run INCOMPLETE (R2.5), a missing
 * RPE gives the run no session load (R5.4), `onsetMinute` null means no symptoms, `plannedRunMinutes`
 * null an unplanned run. Lenient on purpose (stored runs are read with it); new and corrected entries
 * are checked with `checkRunConsistency` as well.
 */
export const runLogSchema = z.object({
  date: calendarDate,
  plannedRunMinutes: minutes("Planned run minutes", 600).nullable(),
  runMinutes: minutes("Run minutes", 600),
  preNrs: nrs("Symptoms before the run").nullable(),
  numbness: nrs("Numbness").nullable(),
  tingling: nrs("Tingling").nullable(),
  burning: nrs("Burning").nullable(),
  pain: nrs("Pain").nullable(),
  onsetMinute: minutes("Onset minute", 600).nullable(),
  /** Minutes after stopping until symptoms were back to the pre-run level (0 when there were none, null when not answered). */
  settleMinutes: minutes("Minutes to settle", 10_080).nullable(),
  stoppedForSymptoms: z.boolean(),
  regions: z
    .array(bodyRegion)
    .max(32)
    .refine((list) => new Set(list).size === list.length, "Each region once"),
  /** Foot slap, tripping or new weakness. */
  motorSign: z.boolean(),
  /** New symptoms at rest. */
  restSymptoms: z.boolean(),
  nextMorningNrs: nrs("Next-morning symptoms").nullable(),
  rpe: nrs("Session effort (RPE)").nullable(),
  surface: z.enum(runSurfaces, { message: "Choose a surface" }),
  shoeId: idInput.nullable(),
  temperatureC: z.number().min(-40, "At least −40 °C").max(50, "At most 50 °C").nullable(),
  // Descriptive fields of the run log the engine does not read; optional so earlier logs still parse.
  distanceKm: z.number({ message: "Distance: enter km" }).min(0, "Distance: at least 0").max(200, "Distance: at most 200 km").nullish(),
  /** Whole session time, walking included (sRPE load, docs/clinical-rules.md R5.4); run minutes when not given. */
  durationMinutes: minutes("Total minutes", 600).nullish(),
  /** The run/walk pattern actually done, e.g. "1 min run / 2 min walk × 8". */
  pattern: z.string().trim().max(120, "Pattern: at most 120 characters").nullish(),
  note: z.string().trim().max(1000, "Note: at most 1000 characters").nullish(),
});
export type RunLog = z.output<typeof runLogSchema>;

/**
 * Consistency of a new or corrected run beyond single fields: the whole session (walking included)
 * cannot be shorter than its running. Added to the procedures' inputs as a refinement, with its
 * message at the total-minutes field.
 */
export function checkRunConsistency<T extends Pick<RunLog, "runMinutes" | "durationMinutes">>(run: T, ctx: z.RefinementCtx<T>): void {
  if (run.durationMinutes !== null && run.durationMinutes !== undefined && run.durationMinutes < run.runMinutes) {
    ctx.addIssue({
      code: "custom",
      path: ["durationMinutes"],
      message: `Total minutes (${run.durationMinutes}) cannot be less than the minutes of running (${run.runMinutes})`,
    });
  }
}

/** Peak (docs/clinical-rules.md R1.2): the highest of numbness, tingling, burning and pain that was rated; null when none was rated. */
export function peakOf(run: Pick<RunLog, SymptomKey>): number | null {
  const rated = symptomKeys.map((k) => run[k]).filter((v): v is number => v !== null && v !== undefined);
  return rated.length ? Math.max(...rated) : null;
}

/** The symptoms rated at the peak, in the order numbness, tingling, burning, pain (`["numbness", "tingling"]` when both are 7); empty when none rated. */
export function peakSymptomsOf(run: Pick<RunLog, SymptomKey>): SymptomKey[] {
  const peak = peakOf(run);
  return peak === null ? [] : symptomKeys.filter((k) => run[k] === peak);
}

/** Symptom-free running minutes (docs/clinical-rules.md R1.6): the onset minute, or the whole run when there were no symptoms. */
export function symptomFreeMinutesOf(run: Pick<RunLog, "onsetMinute" | "runMinutes">): number {
  return run.onsetMinute === null ? run.runMinutes : Math.min(run.onsetMinute, run.runMinutes);
}

/**
 * Whether this run is the athlete's first with sided regions on both left and right (docs/clinical-rules.md R1.5 → T-U2):
 * it is bilateral and none of the earlier runs was.
 */
export function isFirstRunWithBothSides(run: Pick<RunLog, "regions">, earlierRuns: readonly Pick<RunLog, "regions">[]): boolean {
  return isBilateral(run.regions) && !earlierRuns.some((r) => isBilateral(r.regions));
}

/**
 * Red flags raised by a logged run (docs/clinical-rules.md R1.5, R8) with reasons: SADDLE → T-E1 (emergency);
 * motor sign → T-U1; STOCK, or the athlete's first run with regions on both sides → T-U2; new
 * symptoms at rest → T-U6 (urgent). `isFirstRunWithBothSides` only counts when this run is bilateral.
 */
export function runTriageFlags(run: Pick<RunLog, "regions" | "motorSign" | "restSymptoms">, opts: { isFirstRunWithBothSides: boolean }): TriggeredFlag[] {
  const flags: TriggeredFlag[] = [];
  const flag = (id: TriggerId, reason: string) => flags.push({ id, urgency: triggers[id].urgency, reason });
  if (run.regions.includes("SADDLE")) flag("T-E1", "T-E1 Saddle area marked on a run log");
  if (run.motorSign) flag("T-U1", "T-U1 Foot slap, tripping or new weakness reported on a run log");
  if (run.regions.includes("STOCK")) flag("T-U2", "T-U2 Both feet (sock distribution) marked on a run log");
  else if (opts.isFirstRunWithBothSides && isBilateral(run.regions)) {
    const sided = run.regions.filter((r: BodyRegion) => r !== "SADDLE").map(regionLabel).join(", ");
    flag("T-U2", `T-U2 First run with symptoms on both sides: ${sided}`);
  }
  if (run.restSymptoms) flag("T-U6", "T-U6 New symptoms at rest reported on a run log");
  return flags.sort((a, b) => triggerIds.indexOf(a.id) - triggerIds.indexOf(b.id));
}

/** The trigger ids a logged run opens (docs/clinical-rules.md R1.5), in the order of 7.1–7.3; see `runTriageFlags` for the reasons. */
export function runTriggers(run: Pick<RunLog, "regions" | "motorSign" | "restSymptoms">, opts: { isFirstRunWithBothSides: boolean }): TriggerId[] {
  return runTriageFlags(run, opts).map((f) => f.id);
}
