import { z } from "zod";
import { idInput } from "../ids";
import { sectionDefinitions, sectionKinds, type SectionKind } from "./sections";

const isoDate = z.iso.date({ message: "Use the format YYYY-MM-DD" });

export const startAssessmentInput = z.object({
  athleteId: idInput,
  kind: z.enum(["initial", "reassessment"]),
  visitDate: isoDate,
});
export type StartAssessmentInput = z.infer<typeof startAssessmentInput>;

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
    data: sectionDefinitions[kind].schema,
  });

/** Saving one section of a draft; the data is validated against that section's schema. */
export const saveSectionInput = z.discriminatedUnion(
  "kind",
  sectionKinds.map((kind) => sectionVariant(kind)) as unknown as [
    ReturnType<typeof sectionVariant<SectionKind>>,
    ...ReturnType<typeof sectionVariant<SectionKind>>[],
  ],
);
export type SaveSectionInput = { assessmentId: string; kind: SectionKind; version: number; data: unknown };

export const athleteAssessmentsInput = z.object({ athleteId: idInput });
export type AthleteAssessmentsInput = z.infer<typeof athleteAssessmentsInput>;
