import { dn4, type Dn4Answers } from "./dn4";
import { lanss, type LanssAnswers } from "./lanss";
import { lefs, type LefsAnswers } from "./lefs";
import { isImportantNrsChange, nrs, type NrsAnswers } from "./nrs";
import { painDetect, type PainDetectAnswers } from "./paindetect";
import { psfs, type PsfsAnswers } from "./psfs";
import type { InstrumentDefinition, ScoreResult } from "./types";

export type { InstrumentDefinition, ScoreResult } from "./types";

export const instrumentIds = ["LEFS", "PSFS", "NRS", "DN4", "LANSS", "PAINDETECT"] as const;
export type InstrumentId = (typeof instrumentIds)[number];

export type InstrumentAnswers = {
  LEFS: LefsAnswers;
  PSFS: PsfsAnswers;
  NRS: NrsAnswers;
  DN4: Dn4Answers;
  LANSS: LanssAnswers;
  PAINDETECT: PainDetectAnswers;
};

/** The outcome measures (docs/clinical-rules.md R9.1); DN4, LANSS and painDETECT are licensed add-ons. */
export const instruments: { [K in InstrumentId]: InstrumentDefinition<InstrumentAnswers[K]> } = {
  LEFS: lefs,
  PSFS: psfs,
  NRS: nrs,
  DN4: dn4,
  LANSS: lanss,
  PAINDETECT: painDetect,
};

/** Whether a string is an instrument id. */
export function isInstrumentId(id: string): id is InstrumentId {
  return (instrumentIds as readonly string[]).includes(id);
}

/** Validates raw answers against the instrument (throws ZodError) and scores them on the server. */
export function scoreInstrument(id: InstrumentId, answers: unknown): ScoreResult {
  const def = instruments[id] as InstrumentDefinition<unknown>;
  return def.score(def.answersSchema.parse(answers));
}

export type ChangeDirection = "better" | "worse" | "same";
export type ScoreChange = { change: number; direction: ChangeDirection; passesMcid: boolean | null };

/** Direction of a change given whether higher is better; 0 is "same". */
export function directionOf(change: number, higherIsBetter: boolean): ChangeDirection {
  if (change === 0) return "same";
  return change > 0 === higherIsBetter ? "better" : "worse";
}

/**
 * Change from baseline to latest score (rounded to 0.1): direction per the instrument's higherIsBetter;
 * passesMcid when |change| ≥ MCID (LEFS 9, PSFS 2; NRS 2 points or 30 % of baseline), null without an MCID (docs/clinical-rules.md R9.3).
 */
export function scoreChange(instrumentId: InstrumentId, baseline: number, latest: number): ScoreChange {
  const def = instruments[instrumentId];
  const change = Math.round((latest - baseline) * 10) / 10;
  const direction = directionOf(change, def.higherIsBetter);
  let passesMcid: boolean | null;
  if (instrumentId === "NRS") passesMcid = isImportantNrsChange(baseline, latest);
  else passesMcid = def.mcid === null ? null : Math.abs(change) >= def.mcid;
  return { change, direction, passesMcid };
}
