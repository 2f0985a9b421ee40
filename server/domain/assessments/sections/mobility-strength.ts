import { z } from "zod";
import { int, mrc, num, perSide, text } from "./common";

export const SCHEMA_VERSION = 1;

/** Mobility and strength re-test measures (docs/clinical-rules.md 5.3), per side. */
export const mobilityStrengthSchema = z.object({
  /** Weight-bearing lunge: max toe-to-wall distance with the heel down, cm (1 cm ≈ 3.6°). */
  kneeToWallCm: perSide(num(0, 25)),
  /** Single-leg heel raises to failure (10° incline, 60 bpm metronome), repetitions. */
  calfRaiseReps: perSide(int(0, 200)),
  /** Hip abduction strength, MRC grade 0–5. */
  hipAbductionMrc: perSide(mrc),
  /** Hip abduction strength by hand-held dynamometer, newtons. */
  hipAbductionN: perSide(num(0, 1000)),
  /** Short-foot (doming) hold, seconds. */
  shortFootHoldS: perSide(int(0, 600)),
  notes: text(4000),
});
export type MobilityStrength = z.infer<typeof mobilityStrengthSchema>;
