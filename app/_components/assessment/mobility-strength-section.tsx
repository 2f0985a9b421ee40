"use client";

import { heelRaiseSideDifferenceFlag, heelRaiseSideDifferencePct } from "@/server/domain/assessments/findings";
import { sides } from "@/server/domain/body-map";
import { Derived, Fields, Group, NumberField, TextField } from "./fields";
import { getAt } from "./form-data";
import { sideNames } from "./labels";
import { useSection } from "./section-context";
import { SectionShell } from "./section-shell";
import type { SectionProps } from "./types";

type Measure = { key: string; legend: string; unit: string; min: number; max: number; step?: number; hint?: string };

const measures: Measure[] = [
  { key: "kneeToWallCm", legend: "Knee-to-wall (cm)", unit: "cm", min: 0, max: 25, step: 0.5, hint: "Weight-bearing lunge, heel down; 1 cm ≈ 3.6°" },
  { key: "calfRaiseReps", legend: "Single-leg calf raise endurance (reps)", unit: "reps", min: 0, max: 200, hint: "To failure, 10° incline, 60 bpm metronome" },
  { key: "hipAbductionMrc", legend: "Hip abduction strength (MRC 0–5)", unit: "MRC", min: 0, max: 5, hint: "A drop of 1 grade or more since the last signed visit raises an urgent red flag (T-U1)" },
  { key: "hipAbductionN", legend: "Hip abduction, hand-held dynamometer (N)", unit: "N", min: 0, max: 1000, step: 0.1 },
  { key: "shortFootHoldS", legend: "Short-foot (doming) hold (s)", unit: "s", min: 0, max: 600 },
];

/** Mobility and strength re-test measures per side (docs/clinical-rules.md 5.3). */
export function MobilityStrengthSection({ mode, assessmentId, saved, state }: SectionProps<"mobilityStrength">) {
  return (
    <SectionShell kind="mobilityStrength" mode={mode} assessmentId={assessmentId} saved={saved} state={state}>
      <div className="grid gap-6 lg:grid-cols-2">
        {measures.map((m) => (
          <Group key={m.key} legend={m.legend} path={m.key} hint={mode === "edit" ? m.hint : undefined}>
            <Fields columns={2}>
              {sides.map((side) => (
                <NumberField
                  key={side} name={`${m.key}.${side}`} label={sideNames[side]} srSuffix={m.legend.toLowerCase()}
                  min={m.min} max={m.max} step={m.step ?? 1} format={(v) => `${v} ${m.unit}`}
                />
              ))}
            </Fields>
            {m.key === "calfRaiseReps" && <CalfRaiseDifference />}
          </Group>
        ))}
      </div>
      <Fields columns={1}>
        <TextField name="notes" label="Notes" multiline maxLength={4000} />
      </Fields>
    </SectionShell>
  );
}

/** Heel-raise side difference as % of the better side, flagged above 10 % (docs/clinical-rules.md 5.3 [C]). */
function CalfRaiseDifference() {
  const { values } = useSection();
  const left = getAt(values, "calfRaiseReps.L");
  const right = getAt(values, "calfRaiseReps.R");
  if (typeof left !== "number" || typeof right !== "number") return null;
  const pct = heelRaiseSideDifferencePct(left, right);
  return (
    <Derived>
      Side difference: {pct} % of the better side
      {heelRaiseSideDifferenceFlag(left, right) ? " (more than 10 %: a meaningful deficit by convention)" : " (within 10 %)"}
    </Derived>
  );
}
