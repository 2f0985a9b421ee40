"use client";

import { FootwearSection } from "./footwear-section";
import { GaitSection } from "./gait-section";
import { MobilityStrengthSection } from "./mobility-strength-section";
import { NeurodynamicSection } from "./neurodynamic-section";
import { RedFlagSection } from "./red-flag-section";
import type { SectionMode } from "./section-context";
import { SymptomHistorySection } from "./symptom-history-section";
import { TarsalTunnelSection } from "./tarsal-tunnel-section";
import type { AssessmentDetail, Shoe } from "./types";

/** The seven sections of a visit, in the order of the exam: each its own form in a draft, read-only once signed. */
export function AssessmentSections({ assessment, mode, shoes, asymmetryThresholdDeg }: {
  assessment: AssessmentDetail;
  mode: SectionMode;
  shoes: Shoe[];
  asymmetryThresholdDeg: number;
}) {
  const { sections, sectionStates: states } = assessment;
  const common = { mode, assessmentId: assessment.id };
  return (
    <div className="space-y-8">
      <SymptomHistorySection {...common} saved={sections.symptomHistory} state={states.symptomHistory} />
      <RedFlagSection {...common} saved={sections.redFlags} state={states.redFlags} />
      <TarsalTunnelSection {...common} saved={sections.tarsalTunnel} state={states.tarsalTunnel} />
      <NeurodynamicSection {...common} saved={sections.neurodynamic} state={states.neurodynamic} asymmetryThresholdDeg={asymmetryThresholdDeg} />
      <GaitSection {...common} saved={sections.gait} state={states.gait} cues={assessment.cues} shoes={shoes} />
      <FootwearSection {...common} saved={sections.footwear} state={states.footwear} shoes={shoes} athleteId={assessment.athleteId} />
      <MobilityStrengthSection {...common} saved={sections.mobilityStrength} state={states.mobilityStrength} />
    </div>
  );
}
