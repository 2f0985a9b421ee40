"use client";

import { Badge } from "@/app/_components/badge";
import { footStrikes, gaitMethods, gaitSurfaces, pronationGrades } from "@/server/domain/assessments/sections/gait";
import { sides } from "@/server/domain/body-map";
import { Fields, Group, NumberField, SelectField, TextField } from "./fields";
import {
  footStrikeLabels, gaitMethodLabels, gaitSurfaceLabels, optionsOf, pronationLabels, sideNames, yesNoLabels,
} from "./labels";
import { SectionShell } from "./section-shell";
import type { AssessmentDetail, SectionProps, Shoe } from "./types";

/** A shoe as people name it: "Brooks Ghost 15" (retired shoes say so). */
export function shoeName(shoe: Pick<Shoe, "brand" | "model" | "retiredAt">): string {
  return `${shoe.brand} ${shoe.model}${shoe.retiredAt ? " (retired)" : ""}`;
}

/** Gait analysis (docs/clinical-rules.md 3.1) with the cues computed from the saved values (3.2). */
export function GaitSection({ mode, assessmentId, saved, state, cues, shoes }: SectionProps<"gait"> & {
  cues: AssessmentDetail["cues"];
  shoes: Shoe[];
}) {
  const shoeOptions = shoes.map((s) => ({ value: s.id, label: shoeName(s) }));
  if (saved?.shoeId && !shoes.some((s) => s.id === saved.shoeId)) shoeOptions.push({ value: saved.shoeId, label: "A shoe no longer on record" });
  return (
    <SectionShell
      kind="gait" mode={mode} assessmentId={assessmentId} saved={saved} state={state}
      intro={mode === "edit" ? <p>Every gait metric depends on speed: record the speed so sessions can be compared.</p> : null}
      after={<SuggestedCues cues={cues} mode={mode} />}
    >
      <Group legend="Session" path={["method", "speedKmh", "surface", "shoeId"]}>
        <Fields columns={4}>
          <SelectField name="method" label="Method" options={optionsOf(gaitMethods, gaitMethodLabels)} />
          <NumberField name="speedKmh" label="Speed (km/h)" min={0} max={30} step={0.1} />
          <SelectField name="surface" label="Surface" options={optionsOf(gaitSurfaces, gaitSurfaceLabels)} />
          <SelectField name="shoeId" label="Shoe" options={shoeOptions} placeholder={shoes.length ? "Not recorded" : "No shoes on record"} />
        </Fields>
      </Group>

      <Group legend="Cadence and step" path={["cadenceSpm", "stepLengthM", "contactTimeMs", "dutyFactorPct"]}>
        <Fields columns={4}>
          <NumberField name="cadenceSpm" label="Cadence (steps/min)" min={100} max={240} hint="Both feet" />
          <NumberField name="stepLengthM" label="Step length (m)" min={0.3} max={3} step={0.01} />
          <NumberField name="contactTimeMs" label="Ground contact time (ms)" min={80} max={600} />
          <NumberField name="dutyFactorPct" label="Duty factor (%)" min={10} max={80} step={0.1} />
        </Fields>
      </Group>

      <Group legend="Foot strike and overstride" path={["footStrike", "footStrikeAngleDeg", "overstride", "overstrideCm", "tibiaAngleAtContactDeg"]}>
        <Fields columns={3}>
          {sides.map((side) => (
            <SelectField key={side} name={`footStrike.${side}`} label={`Foot strike, ${sideNames[side].toLowerCase()}`} options={optionsOf(footStrikes, footStrikeLabels)} />
          ))}
          <NumberField name="footStrikeAngleDeg" label="Foot-strike angle (°)" min={-40} max={45} step={0.5} hint="Sole to ground at contact; positive = heel first" />
          <SelectField name="overstride" label="Overstride" options={optionsOf(["yes", "no"] as const, yesNoLabels)} />
          <NumberField name="overstrideCm" label="Overstride distance (cm)" min={0} max={100} step={0.5} hint="Heel to centre of mass at contact" />
          <NumberField name="tibiaAngleAtContactDeg" label="Tibia angle at contact (°)" min={-30} max={30} step={0.5} />
        </Fields>
      </Group>

      <Group legend="Pelvis, rearfoot and trunk" path={["pelvicDropDeg", "pronation", "trunkLeanDeg"]}>
        <Fields columns={2}>
          {sides.map((side) => (
            <NumberField
              key={side} name={`pelvicDropDeg.${side}`} label={`Pelvic drop standing on the ${sideNames[side].toLowerCase()} leg (°)`}
              min={0} max={30} step={0.5}
            />
          ))}
          {sides.map((side) => (
            <SelectField key={side} name={`pronation.${side}.grade`} label={`Rearfoot eversion (pronation), ${sideNames[side].toLowerCase()}`} options={optionsOf(pronationGrades, pronationLabels)} />
          ))}
          {sides.map((side) => (
            <TextField key={side} name={`pronation.${side}.note`} label={`Pronation note, ${sideNames[side].toLowerCase()}`} maxLength={500} />
          ))}
          <NumberField name="trunkLeanDeg" label="Forward trunk lean (°)" min={-20} max={45} step={0.5} />
        </Fields>
      </Group>

      <Fields columns={2}>
        <TextField name="videoNote" label="Video note" multiline hint="Where the video is kept, camera angles, what was filmed" />
        <TextField name="notes" label="Notes" multiline maxLength={4000} />
      </Fields>
    </SectionShell>
  );
}

function SuggestedCues({ cues, mode }: { cues: AssessmentDetail["cues"]; mode: "edit" | "read" }) {
  return (
    <div className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-4">
      <h3 className="text-base font-semibold text-slate-900">Suggested cues</h3>
      {mode === "edit" && <p className="text-sm text-slate-700">Computed from the saved values; save the section to update them.</p>}
      {cues.length === 0 ? (
        <p className="text-sm text-slate-700">No cue from the recorded values.</p>
      ) : (
        <ul className="space-y-3">
          {cues.map((cue) => (
            <li key={cue.id} className="space-y-1">
              <p className="text-sm font-medium text-slate-900">
                {cue.text} <Badge>{cue.evidence === "convention" ? "Convention" : "App default"}</Badge>
              </p>
              <p className="text-sm text-slate-700">
                <span className="font-medium">Why: </span>
                {cue.rationale}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
