import type { z } from "zod";

/** A scored administration: `score` is null unless complete (docs/clinical-rules.md R9.2: never prorate unless the manual allows). */
export type ScoreResult = { score: number | null; complete: boolean; interpretation: string | null };

export type InstrumentDefinition<A> = {
  title: string;
  /** Instrument version as stored with every administration. */
  version: string;
  /** Licence position for embedding (docs/clinical-rules.md R9.1, R9.6), stored with every administration. */
  licenceNote: string;
  /** Licensed add-on, off until the clinic records a licence (DN4, LANSS, painDETECT). */
  isAddOn: boolean;
  answersSchema: z.ZodType<A>;
  score: (answers: A) => ScoreResult;
  /** Minimal clinically important change in score points; null where the instrument has none (docs/clinical-rules.md R9.1). */
  mcid: number | null;
  higherIsBetter: boolean;
  range: readonly [number, number];
};

export const incomplete: ScoreResult = { score: null, complete: false, interpretation: null };
