import type { RouterOutputs } from "@/app/_components/router-types";
import { crossTrainingLabels, exerciseStatusLabels } from "@/server/domain/logs/schemas";
import { peakOf, peakSymptomsOf } from "@/server/domain/progression/run-log";

type Log = RouterOutputs["portal"]["logs"][number];

/** What an entry was, in one line for the athlete's log. */
export function entryTitle(log: Log): string {
  const e = log.entry;
  if (e.kind === "run") return `Run: ${e.runMinutes} min${e.plannedRunMinutes === null ? " (extra)" : ` of ${e.plannedRunMinutes} planned`}`;
  if (e.kind === "exercise") return `${log.exerciseName ?? "Exercise"}: ${exerciseStatusLabels[e.status].toLowerCase()}`;
  return `${crossTrainingLabels[e.activity]}: ${e.minutes} min`;
}

/** How it felt, in one line. */
export function entryDetail(log: Log): string {
  const e = log.entry;
  if (e.kind === "run") {
    const peak = peakOf(e);
    const feet = !peak ? "no symptoms" : `${peakSymptomsOf(e).join(" and ")} ${peak}/10`;
    const morning = e.nextMorningNrs === null ? "" : `, next morning ${e.nextMorningNrs}/10`;
    return `${feet}${morning}, effort ${e.rpe}/10`;
  }
  if (e.kind === "exercise") {
    if (e.status === "skipped") return "skipped";
    const amount = e.setsDone !== null && e.repsDone !== null ? `${e.setsDone} × ${e.repsDone}` : "";
    return [amount, e.symptomNrs !== null ? `symptoms ${e.symptomNrs}/10` : ""].filter(Boolean).join(", ");
  }
  return `effort ${e.rpe}/10`;
}
