"use client";

import { NotRecorded } from "@/app/_components/badge";
import { DataTable, tdClass, thClass } from "@/app/_components/table";
import { isProvocationPositive, monofilamentSensation } from "@/server/domain/assessments/findings";
import {
  monofilamentSiteLabels, monofilamentSites, provocationTestIds, provocationTestLabels, reflexGrades, sensoryGrades, sensoryTerritories,
  testDistributions, testResults, twoPointSiteLabels, twoPointSites, type ProvocationTest,
} from "@/server/domain/assessments/sections/tarsal-tunnel";
import { regionInfo, sides, type Side } from "@/server/domain/body-map";
import { BoolField, CheckboxGroup, Derived, FieldMessages, Fields, Group, NumberField, SelectField, TextField, smallInputClass } from "./fields";
import { fieldId, getAt, isBlank } from "./form-data";
import {
  distributionLabels, footNames, optionsOf, passFailLabels, reflexGradeLabels, sensoryGradeLabels, testResultLabels, yesNoLabels,
} from "./labels";
import { useSection } from "./section-context";
import { SectionShell } from "./section-shell";
import type { SectionProps } from "./types";

const modalities = [
  { key: "lightTouch", label: "Light touch" },
  { key: "pinprick", label: "Pinprick" },
] as const;

/** Tarsal tunnel exam per side (docs/clinical-rules.md 1.2–1.4): provocation tests, palpation, sensory testing, intrinsic strength, reflex. */
export function TarsalTunnelSection({ mode, assessmentId, saved, state }: SectionProps<"tarsalTunnel">) {
  return (
    <SectionShell
      kind="tarsalTunnel" mode={mode} assessmentId={assessmentId} saved={saved} state={state}
      intro={
        mode === "edit" ? (
          <p>
            A provocation test counts as positive only when it reproduces or intensifies the athlete&apos;s <strong>familiar</strong> symptoms.
            Leave anything not examined empty.
          </p>
        ) : null
      }
    >
      {sides.map((side) => (
        <Group key={side} legend={footNames[side]} path={side} tone="card">
          <SideExam side={side} />
        </Group>
      ))}
      <Fields columns={1}>
        <TextField name="notes" label="Exam notes" multiline maxLength={4000} />
      </Fields>
    </SectionShell>
  );
}

function SideExam({ side }: { side: Side }) {
  const foot = footNames[side].toLowerCase();
  return (
    <>
      <Group legend="Provocation tests" path={provocationTestIds.map((t) => `${side}.${t}`)}>
        {provocationTestIds.map((test) => (
          <Group key={test} legend={provocationTestLabels[test]} path={`${side}.${test}`}>
            <Fields columns={4}>
              <SelectField name={`${side}.${test}.result`} label="Result" options={optionsOf(testResults, testResultLabels)} />
              <BoolField name={`${side}.${test}.familiarSymptomReproduced`} label="Familiar symptoms reproduced" />
              <NumberField name={`${side}.${test}.elicitedIntensityNrs`} label="Elicited intensity (NRS 0–10)" min={0} max={10} />
              <NumberField name={`${side}.${test}.timeToOnsetS`} label="Time to onset (s)" min={0} max={600} />
              <CheckboxGroup
                name={`${side}.${test}.distribution`} legend="Distribution of the symptoms" columns={3}
                options={optionsOf(testDistributions, distributionLabels)}
              />
              <TextField name={`${side}.${test}.notes`} label="Notes" wide />
            </Fields>
            <ProvocationVerdict path={`${side}.${test}`} />
          </Group>
        ))}
      </Group>

      <Fields columns={3}>
        <SelectField name={`${side}.valleix`} label="Valleix phenomenon (spreads up the medial calf)" options={optionsOf(["yes", "no"] as const, yesNoLabels)} />
        <SelectField name={`${side}.ankleReflex`} label="Ankle reflex (S1)" options={optionsOf(reflexGrades, reflexGradeLabels)} />
      </Fields>

      <Group legend="Palpation of the tunnel" path={`${side}.palpation`}>
        <Fields columns={3}>
          <BoolField name={`${side}.palpation.tenderness`} label="Tenderness along the nerve" />
          <BoolField name={`${side}.palpation.massOrSwelling`} label="Mass or swelling" hint="A mass points to imaging (T-R2)" />
          <TextField name={`${side}.palpation.notes`} label="Palpation notes" />
        </Fields>
      </Group>

      <Group legend="Sensory testing" path={`${side}.sensory`}>
        <Group
          legend="10 g monofilament (correct answers of 3 per site)" path={`${side}.sensory.monofilament`}
          hint="Two real and one sham application per site. Present when 2 or 3 are correct; absent (loss of protective sensation) when 0 or 1, which raises an urgent red flag (T-U3) when saved."
        >
          <Fields columns={3}>
            {monofilamentSites.map((site) => {
              const name = `${side}.sensory.monofilament.${site}`;
              return (
                <NumberField
                  key={site} name={name} label={capitalise(monofilamentSiteLabels[site])} srSuffix={`(${foot}), correct of 3`} min={0} max={3}
                  format={(v) => `${v} of 3 correct`} after={<MonofilamentVerdict path={name} />}
                />
              );
            })}
          </Fields>
        </Group>
        <Group legend="Two-point discrimination (mm)" path={`${side}.sensory.twoPointMm`} hint="Smallest distance felt as two points; compare sides and visits rather than norms.">
          <Fields columns={3}>
            {twoPointSites.map((site) => (
              <NumberField
                key={site} name={`${side}.sensory.twoPointMm.${site}`} label={`${capitalise(twoPointSiteLabels[site])} (mm)`}
                srSuffix={`(${foot})`} min={1} max={100}
              />
            ))}
          </Fields>
        </Group>
        <SensoryGrid side={side} />
        <Fields columns={2}>
          <SelectField name={`${side}.sensory.vibration`} label="Vibration (128 Hz, hallux IP joint)" options={optionsOf(reflexGrades, reflexGradeLabels)} />
          <TextField name={`${side}.sensory.notes`} label="Sensory notes" />
        </Fields>
      </Group>

      <Group legend="Intrinsic foot muscle strength" path={`${side}.strength`} hint="MRC grades 0–5. A drop of 1 grade or more since the last signed visit, or new wasting, raises an urgent red flag (T-U1).">
        <Fields columns={4}>
          <NumberField name={`${side}.strength.abductorHallucisMrc`} label="Abductor hallucis (MRC 0–5)" min={0} max={5} />
          <NumberField name={`${side}.strength.toeFlexionMrc`} label="Toe flexion (MRC 0–5)" min={0} max={5} />
          <NumberField name={`${side}.strength.toeSpreadMrc`} label="Toe spread (MRC 0–5)" min={0} max={5} />
          <NumberField name={`${side}.strength.halluxExtensionMrc`} label="Big-toe extension, L5 (MRC 0–5)" min={0} max={5} />
          <BoolField name={`${side}.strength.wasting`} label="Visible wasting of the medial arch" />
          <SelectField name={`${side}.strength.paperGripHallux`} label="Paper grip: hallux" options={optionsOf(["pass", "fail"] as const, passFailLabels)} />
          <SelectField name={`${side}.strength.paperGripLesserToes`} label="Paper grip: lesser toes" options={optionsOf(["pass", "fail"] as const, passFailLabels)} />
          <TextField name={`${side}.strength.notes`} label="Strength notes" />
        </Fields>
      </Group>
    </>
  );
}

/** Whether the test counts as positive under docs/clinical-rules.md 1.2 (positive and familiar symptoms reproduced). */
function ProvocationVerdict({ path }: { path: string }) {
  const { values } = useSection();
  const test = getAt(values, path) as ProvocationTest | undefined;
  if (!test?.result) return null;
  const text =
    test.result !== "positive"
      ? null
      : isProvocationPositive(test)
        ? "Counts as positive: familiar symptoms reproduced."
        : test.familiarSymptomReproduced === false
          ? "A positive result needs the familiar symptoms reproduced: check the entry."
          : "Record whether the familiar symptoms were reproduced.";
  return text ? <Derived>{text}</Derived> : null;
}

/** Protective sensation at one monofilament site, derived from the correct count (IWGDF). */
function MonofilamentVerdict({ path }: { path: string }) {
  const { values } = useSection();
  const count = getAt(values, path);
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || count > 3) return null;
  const sensation = monofilamentSensation(count);
  return (
    <span aria-live="polite" className={sensation === "absent" ? "font-semibold text-red-800" : "text-slate-700"}>
      Protective sensation {sensation}
      {sensation === "absent" ? " (loss of protective sensation)" : ""}
    </span>
  );
}

/** Light touch and pinprick per territory: normal / reduced / absent / increased (docs/clinical-rules.md 1.3). */
function SensoryGrid({ side }: { side: Side }) {
  const { kind, mode, saved, errors } = useSection();
  const base = `${side}.sensory`;
  const caption = `Light touch and pinprick, ${footNames[side].toLowerCase()}`;
  if (mode === "read") {
    const rows = sensoryTerritories.filter((t) => modalities.some((m) => !isBlank(getAt(saved, `${base}.${m.key}.${t}`))));
    if (rows.length === 0) return null;
    return (
      <DataTable caption={caption}>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={thClass}>Territory</th>
            {modalities.map((m) => (
              <th key={m.key} scope="col" className={thClass}>{m.label}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((t) => (
            <tr key={t}>
              <th scope="row" className={`${tdClass} text-left font-medium`}>{t}: {regionInfo[t].label}</th>
              {modalities.map((m) => {
                const grade = getAt(saved, `${base}.${m.key}.${t}`) as (typeof sensoryGrades)[number] | null | undefined;
                return <td key={m.key} className={tdClass}>{grade ? sensoryGradeLabels[grade] : <NotRecorded />}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
    );
  }
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-semibold text-slate-900">{caption}</legend>
      <div className="overflow-x-auto">
        <table className="min-w-full">
          <thead>
            <tr>
              <th scope="col" className={thClass}>Territory</th>
              {modalities.map((m) => (
                <th key={m.key} scope="col" className={thClass}>{m.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sensoryTerritories.map((t) => (
              <tr key={t}>
                <th scope="row" className="px-3 py-1 text-left text-sm font-medium text-slate-800">
                  {t}: {regionInfo[t].label}
                </th>
                {modalities.map((m) => {
                  const name = `${base}.${m.key}.${t}`;
                  const id = fieldId(kind, name);
                  const value = getAt(saved, name);
                  const error = errors[name];
                  return (
                    <td key={m.key} className="px-3 py-1 align-top">
                      <select
                        id={id} name={name} data-kind="enum" defaultValue={typeof value === "string" ? value : ""}
                        aria-label={`${m.label}, ${t} (${footNames[side].toLowerCase()})`}
                        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
                        className={smallInputClass}
                      >
                        <option value="">Not tested</option>
                        {sensoryGrades.map((g) => (
                          <option key={g} value={g}>
                            {sensoryGradeLabels[g]}
                          </option>
                        ))}
                      </select>
                      <FieldMessages id={id} error={error} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
