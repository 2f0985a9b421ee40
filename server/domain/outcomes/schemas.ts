import { z } from "zod";
import { idInput } from "../ids";
import { instrumentIds, instruments, type InstrumentId } from "../scoring/instruments";

const answersVariant = <I extends InstrumentId>(instrument: I) =>
  z.object({ instrument: z.literal(instrument), answers: instruments[instrument].answersSchema });

/** Item answers of one instrument, validated against that instrument. */
export const instrumentAnswers = z.discriminatedUnion("instrument", [
  answersVariant("LEFS"),
  answersVariant("PSFS"),
  answersVariant("NRS"),
  answersVariant("DN4"),
  answersVariant("LANSS"),
  answersVariant("PAINDETECT"),
]);

/** A therapist records a measure in clinic, optionally as part of a draft assessment. */
export const recordOutcomeInput = z.intersection(
  z.object({ athleteId: idInput, assessmentId: idInput.optional() }),
  instrumentAnswers,
);
export type RecordOutcomeInput = z.infer<typeof recordOutcomeInput>;

/** A therapist sends a measure to the athlete's portal. */
export const requestOutcomeInput = z.object({ athleteId: idInput, instrument: z.enum(instrumentIds) });
export type RequestOutcomeInput = z.infer<typeof requestOutcomeInput>;

/** The athlete completes a requested measure. */
export const completeOutcomeInput = z.intersection(z.object({ outcomeId: idInput }), instrumentAnswers);
export type CompleteOutcomeInput = z.infer<typeof completeOutcomeInput>;

const voidReason = z
  .string({ message: "Say why this measure is void" })
  .trim()
  .min(3, "Say why this measure is void (at least 3 characters)")
  .max(500, "Reason: at most 500 characters");

/** A clinician voids a measure entered in error; the reason stays with it. */
export const voidOutcomeInput = z.object({ outcomeId: idInput, reason: voidReason });
export type VoidOutcomeInput = z.infer<typeof voidOutcomeInput>;

/** A clinician replaces a measure entered in error with the correct answers (same instrument). */
export const supersedeOutcomeInput = z.intersection(z.object({ outcomeId: idInput, reason: voidReason }), instrumentAnswers);
export type SupersedeOutcomeInput = z.infer<typeof supersedeOutcomeInput>;
