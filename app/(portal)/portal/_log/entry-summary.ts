import type { RouterOutputs } from "@/app/_components/router-types";
import { crossTrainingLabels, exerciseStatusLabels } from "@/server/domain/logs/schemas";
import { formatKm } from "@/server/domain/logs/distance";
import { peakOf, peakSymptomsOf, type RunLog } from "@/server/domain/progression/run-log";

type Log = RouterOutputs["portal"]["logs"][number];

/** What an entry was, in one line for the athlete's log. */
export function entryTitle(log: Log): string {
  const e = log.entry;
  if (e.kind === "run") return `Run: ${e.runMinutes} min${e.plannedRunMinutes === null ? " (extra)" : ` of ${e.plannedRunMinutes} planned`}`;
  if (e.kind === "exercise") return `${log.exerciseName ?? "Exercise"}: ${exerciseStatusLabels[e.status].toLowerCase()}`;
  return `${crossTrainingLabels[e.activity]}: ${e.minutes} min`;
}

const rated = (what: string, value: number | null) => (value === null ? `${what} not rated` : `${what} ${value}/10`);

/** The feet during the run: "no symptoms", "tingling 4/10", or "symptoms not rated" when nothing was rated. */
function feetOf(run: RunLog): string {
  const peak = peakOf(run);
  if (peak === null) return "symptoms not rated";
  return peak === 0 ? "no symptoms" : `${peakSymptomsOf(run).join(" and ")} ${peak}/10`;
}

/** How it went, in one line: distance (in the athlete's number format), feet, next morning, effort. */
export function entryDetail(log: Log, locale: string): string {
  const e = log.entry;
  if (e.kind === "run") {
    const distance = e.distanceKm === null || e.distanceKm === undefined ? [] : [formatKm(e.distanceKm, locale)];
    const morning = e.nextMorningNrs === null ? [] : [`next morning ${e.nextMorningNrs}/10`];
    return [...distance, feetOf(e), ...morning, rated("effort", e.rpe)].join(", ");
  }
  if (e.kind === "exercise") {
    if (e.status === "skipped") return "skipped";
    const amount = e.setsDone !== null && e.repsDone !== null ? `${e.setsDone} × ${e.repsDone}` : "";
    return [amount, e.symptomNrs !== null ? `symptoms ${e.symptomNrs}/10` : ""].filter(Boolean).join(", ");
  }
  return `effort ${e.rpe}/10`;
}
