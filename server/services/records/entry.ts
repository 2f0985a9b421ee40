import { addDays } from "@/server/domain/dates";
import { suggestedEntry } from "@/server/domain/progression/ladder";
import type { DbOrTx } from "@/db/client";
import type { ScopedAthlete } from "../scope";
import { runsBetween } from "./run-history";

/** R4 Entry: the highest stage within 70 % of the median symptom-free minutes of the last 2 weeks (S0 without runs). */
export async function suggestEntry(db: DbOrTx, athlete: ScopedAthlete, today: string): Promise<{ stage: number; medianSymptomFreeMinutes: number | null }> {
  // The rule reads the last 2 weeks (today and the 13 days before): only those runs are loaded.
  const runs = await runsBetween(db, athlete, { from: addDays(today, -13), through: today });
  return suggestedEntry(runs, today);
}
