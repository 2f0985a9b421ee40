import { addDays, daysBetween } from "@/server/domain/dates";
import { entryStage, medianSymptomFreeMinutes } from "@/server/domain/progression/ladder";
import type { DbOrTx } from "@/db/client";
import type { ScopedAthlete } from "../scope";
import { runsBetween } from "./run-history";

/** R4 Entry: the highest stage within 70 % of the median symptom-free minutes of the last 2 weeks (S0 without runs). */
export async function suggestEntry(db: DbOrTx, athlete: ScopedAthlete, today: string): Promise<{ stage: number; medianSymptomFreeMinutes: number | null }> {
  // The rule reads the last 2 weeks (today and the 13 days before): only those runs are loaded.
  const runs = await runsBetween(db, athlete, { from: addDays(today, -13), through: today });
  const median = medianSymptomFreeMinutes(runs, today);
  // Symptoms within 5 minutes of running count as "while walking or within 5 min".
  const recent = runs.filter((r) => daysBetween(addDays(today, -13), r.date) >= 0);
  const early = recent.some((r) => r.onsetMinute !== null && r.onsetMinute <= 5);
  return { stage: median === null ? 0 : entryStage({ medianSymptomFreeMinutes: median, symptomsWhileWalkingOrWithin5Min: early }), medianSymptomFreeMinutes: median };
}
