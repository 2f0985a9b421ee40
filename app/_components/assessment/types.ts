import type { RouterOutputs } from "@/app/_components/router-types";
import type { SectionData, SectionKind } from "@/server/domain/assessments/sections";
import type { SectionMode } from "./section-context";

export type AssessmentDetail = RouterOutputs["assessment"]["get"];
export type SectionState = NonNullable<AssessmentDetail["sectionStates"][SectionKind]>;
export type Shoe = RouterOutputs["shoe"]["list"][number];

/** What every section component receives from the visit page. */
export type SectionProps<K extends SectionKind> = {
  mode: SectionMode;
  assessmentId: string;
  saved: SectionData<K> | undefined;
  state: SectionState | undefined;
};
