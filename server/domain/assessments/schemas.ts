import { z } from "zod";
import { calendarDate, datedOn } from "../dates";
import { idInput } from "../ids";
import { sectionSchemas, type SectionKind } from "./sections";

export const startAssessmentInput = z.object({
  athleteId: idInput,
  kind: z.enum(["initial", "reassessment"]),
  visitDate: calendarDate,
});
export type StartAssessmentInput = z.infer<typeof startAssessmentInput>;

/** A visit is dated today or earlier (not before the app's earliest record date). */
export const visitDatesOn = (today: string) => z.object({ visitDate: datedOn("visit", today) });

export const assessmentIdInput = z.object({ assessmentId: idInput });
export type AssessmentIdInput = z.infer<typeof assessmentIdInput>;

export const signAssessmentInput = z.object({ assessmentId: idInput, version: z.number().int().min(1) });
export type SignAssessmentInput = z.infer<typeof signAssessmentInput>;

const sectionVariant = <K extends SectionKind>(kind: K) =>
  z.object({
    assessmentId: idInput,
    kind: z.literal(kind),
    /** The section version the form was loaded with; 0 when the section is new. */
    version: z.number().int().min(0),
    data: sectionSchemas[kind],
  });

/** Saving one section of a draft; the data is validated against that section's schema. */
export const saveSectionInput = z.discriminatedUnion("kind", [
  sectionVariant("symptomHistory"),
  sectionVariant("redFlags"),
  sectionVariant("tarsalTunnel"),
  sectionVariant("neurodynamic"),
  sectionVariant("gait"),
  sectionVariant("footwear"),
  sectionVariant("mobilityStrength"),
]);
export type SaveSectionInput = z.infer<typeof saveSectionInput>;

export const athleteAssessmentsInput = z.object({ athleteId: idInput });
export type AthleteAssessmentsInput = z.infer<typeof athleteAssessmentsInput>;

/** Discards a draft visit; `version` is the draft as the clinician last saw it. */
export const discardAssessmentInput = z.object({ assessmentId: idInput, version: z.number().int().min(1) });
export type DiscardAssessmentInput = z.infer<typeof discardAssessmentInput>;
