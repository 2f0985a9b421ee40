"use client";

import { Badge } from "@/app/_components/badge";
import { isNeurodynamicPositive, neuroAsymmetry } from "@/server/domain/assessments/findings";
import {
  anklePrePositions, differentiationManoeuvreLabels, differentiationManoeuvres, differentiationResults, type NeurodynamicTest,
} from "@/server/domain/assessments/sections/neurodynamic";
import { sides, type Side } from "@/server/domain/body-map";
import { BoolField, Derived, Fields, Group, NumberField, SelectField, TextField } from "./fields";
import { getAt } from "./form-data";
import { anklePrePositionLabels, differentiationResultLabels, legNames, optionsOf, yesNoLabels } from "./labels";
import { useSection } from "./section-context";
import { SectionShell } from "./section-shell";
import type { SectionProps } from "./types";

type Test = "slr" | "slump";
const testNames: Record<Test, string> = {
  slr: "Straight leg raise (SLR) with dorsiflexion–eversion bias",
  slump: "Slump test",
};

/** Neurodynamic tests per side (docs/clinical-rules.md 2.1–2.2): SLR with DF/EV bias and slump, each component stored separately. */
export function NeurodynamicSection({ mode, assessmentId, saved, state, asymmetryThresholdDeg }: SectionProps<"neurodynamic"> & {
  /** The clinic's neuro_asymmetry_flag_degrees (docs/clinical-rules.md R10, default 10°). */
  asymmetryThresholdDeg: number;
}) {
  return (
    <SectionShell
      kind="neurodynamic" mode={mode} assessmentId={assessmentId} saved={saved} state={state}
      intro={
        mode === "edit" ? (
          <p>
            A test is positive when it reproduces the familiar symptoms <strong>and</strong> structural differentiation changes them. A negative
            test does not exclude nerve involvement. Record the ankle pre-position: dorsiflexion lowers the onset angle.
          </p>
        ) : null
      }
    >
      {(["slr", "slump"] as const).map((test) => (
        <Group key={test} legend={testNames[test]} path={`${test}`}>
          <div className="grid gap-4 xl:grid-cols-2">
            {sides.map((side) => (
              <Group key={side} legend={legNames[side]} path={`${test}.${side}`} tone="card">
                <SideFields test={test} side={side} />
              </Group>
            ))}
          </div>
          {test === "slr" && <SlrAsymmetry thresholdDeg={asymmetryThresholdDeg} />}
        </Group>
      ))}
      <Fields columns={1}>
        <TextField name="notes" label="Notes" multiline maxLength={4000} />
      </Fields>
    </SectionShell>
  );
}

function SideFields({ test, side }: { test: Test; side: Side }) {
  const base = `${test}.${side}`;
  return (
    <>
      <Fields columns={2}>
        <BoolField name={`${base}.familiarSymptomReproduced`} label="Familiar symptoms reproduced" />
        <SelectField
          name={`${base}.structuralDifferentiation`} label="Structural differentiation changed the symptoms"
          options={optionsOf(differentiationResults, differentiationResultLabels)}
        />
        <SelectField name={`${base}.differentiationManoeuvre`} label="Differentiation manoeuvre" options={optionsOf(differentiationManoeuvres, differentiationManoeuvreLabels)} />
        {test === "slr" ? (
          <>
            <SelectField name={`${base}.anklePrePosition`} label="Ankle pre-position" options={optionsOf(anklePrePositions, anklePrePositionLabels)} />
            <NumberField name={`${base}.hipFlexionDegAtP1`} label="Hip flexion at first symptom, P1 (°)" min={0} max={130} />
            <NumberField name={`${base}.hipFlexionDegAtP2`} label="Hip flexion at maximum tolerated, P2 (°)" min={0} max={130} />
          </>
        ) : (
          <>
            <NumberField
              name={`${base}.kneeExtensionDeg`} label="Knee extension at symptom onset (°)" min={0} max={90}
              hint="From the 90° sitting start: 0–90, 90 = fully straight"
            />
            <SelectField name={`${base}.ankleDorsiflexionAdded`} label="Ankle dorsiflexion added" options={optionsOf(["yes", "no"] as const, yesNoLabels)} />
          </>
        )}
        <TextField name={`${base}.symptomLocation`} label="Where the symptoms were felt" maxLength={500} />
        <TextField name={`${base}.symptomQuality`} label="Quality of the symptoms" maxLength={500} />
        <TextField name={`${base}.notes`} label="Notes" wide />
      </Fields>
      <Verdict path={base} />
    </>
  );
}

/** Positive per docs/clinical-rules.md 2.2: familiar symptoms reproduced and changed by structural differentiation. */
function Verdict({ path }: { path: string }) {
  const { values } = useSection();
  const test = getAt(values, path) as NeurodynamicTest | undefined;
  if (test?.familiarSymptomReproduced == null && test?.structuralDifferentiation == null) return null;
  return (
    <Derived>
      {isNeurodynamicPositive(test)
        ? "Positive: familiar symptoms reproduced and changed by structural differentiation."
        : "Not positive by the 2.2 criteria (needs familiar symptoms reproduced and changed by differentiation)."}
    </Derived>
  );
}

/** Side-to-side difference of hip flexion at P1, flagged above the clinic threshold (docs/clinical-rules.md 2.2). */
function SlrAsymmetry({ thresholdDeg }: { thresholdDeg: number }) {
  const { mode, values } = useSection();
  const left = getAt(values, "slr.L.hipFlexionDegAtP1");
  const right = getAt(values, "slr.R.hipFlexionDegAtP1");
  if (typeof left !== "number" || typeof right !== "number") {
    if (mode === "read") return null;
    return <Derived>Record hip flexion at P1 on both legs to see the side-to-side difference.</Derived>;
  }
  const { differenceDeg, flagged } = neuroAsymmetry(left, right, thresholdDeg);
  return (
    <div aria-live="polite" className={`flex flex-wrap items-center gap-2 rounded-md border p-3 text-sm ${flagged ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-slate-50"}`}>
      <span className="font-medium text-slate-900">
        Side-to-side difference in hip flexion at P1: {differenceDeg}° (left {left}°, right {right}°)
      </span>
      {flagged ? (
        <Badge tone="warning">Above the clinic threshold of {thresholdDeg}°</Badge>
      ) : (
        <span className="text-slate-700">Within the clinic threshold of {thresholdDeg}°</span>
      )}
    </div>
  );
}
