"use client";

import { NotRecorded } from "@/app/_components/badge";
import { DataTable, tdClass, thClass } from "@/app/_components/table";
import { regionCodes, regionInfo, sides, type RegionCode } from "@/server/domain/body-map";
import {
  aggravatingFactors, diabetesTypes, easingFactors, hba1cUnits, onsetTypes, symptomDescriptors, symptomKindLabels, symptomKinds,
  symptomTimings, worstTimes, type SymptomTiming,
} from "@/server/domain/assessments/sections/symptom-history";
import { BoolField, CheckboxGroup, FieldMessages, Fields, Group, NumberField, SelectField, TextField, smallInputClass } from "./fields";
import { fieldId, getAt, isBlank } from "./form-data";
import {
  aggravatingLabels, descriptorLabels, diabetesLabels, easingLabels, footNames, hba1cUnitLabels, onsetLabels, optionsOf,
  worstTimeLabels, yesNoLabels,
} from "./labels";
import { useSection } from "./section-context";
import { SectionShell } from "./section-shell";
import type { SectionProps } from "./types";

const timingLabels: Record<SymptomTiming, string> = { duringRun: "during run", afterRun: "after run", atRest: "at rest" };
const yesNoOptions = optionsOf(["yes", "no"] as const, yesNoLabels);

/** Symptom history (docs/clinical-rules.md 1.1): symptom NRS grid, body map per foot, run behaviour, 24-hour pattern, medical screen. */
export function SymptomHistorySection({ mode, assessmentId, saved, state }: SectionProps<"symptomHistory">) {
  const hba1cUnit = saved?.history?.hba1c?.unit;
  return (
    <SectionShell
      kind="symptomHistory" mode={mode} assessmentId={assessmentId} saved={saved} state={state}
      normalize={(data) => {
        // HbA1c is a value with its unit: without a value there is nothing to store (the unit always has one).
        const history = data.history as { hba1c?: { value?: unknown } } | undefined;
        if (history?.hba1c && history.hba1c.value === undefined) delete history.hba1c;
        return data;
      }}
    >
      <NrsGrid />
      <BodyMap />
      <Fields>
        <CheckboxGroup name="descriptors" legend="How the symptoms feel" options={optionsOf(symptomDescriptors, descriptorLabels)} columns={3} />
      </Fields>

      <Group legend="Behaviour with running" path={["onset", "durationWeeks", "onsetMinuteIntoRun", "settleMinutesAfterRun", "worseTowardEndOfRun"]}>
        <Fields>
          <SelectField name="onset" label="Onset" options={optionsOf(onsetTypes, onsetLabels)} />
          <NumberField name="durationWeeks" label="Duration (weeks)" min={0} max={1040} />
          <NumberField name="onsetMinuteIntoRun" label="Onset into a run (minute)" min={0} max={600} hint="The minute of the run when symptoms usually start" />
          <NumberField name="settleMinutesAfterRun" label="Time to settle after a run (minutes)" min={0} max={2880} hint="Until symptoms are back to the pre-run level" />
          <BoolField name="worseTowardEndOfRun" label="Worse toward the end of runs" />
        </Fields>
      </Group>

      <Group legend="Aggravating and easing factors" path={["aggravatingFactors", "aggravatingNotes", "easingFactors", "easingNotes"]}>
        <Fields columns={2}>
          <CheckboxGroup name="aggravatingFactors" legend="Aggravating factors" options={optionsOf(aggravatingFactors, aggravatingLabels)} columns={3} />
          <TextField name="aggravatingNotes" label="Aggravating factors: details" multiline />
          <CheckboxGroup name="easingFactors" legend="Easing factors" options={optionsOf(easingFactors, easingLabels)} columns={3} />
          <TextField name="easingNotes" label="Easing factors: details" multiline />
        </Fields>
      </Group>

      <Group legend="24-hour behaviour" path="behaviour24h">
        <Fields>
          <SelectField name="behaviour24h.worstTime" label="Worst time of day" options={optionsOf(worstTimes, worstTimeLabels)} />
          <BoolField name="behaviour24h.nightSymptoms" label="Night symptoms" />
          <TextField name="behaviour24h.notes" label="24-hour pattern: notes" multiline />
        </Fields>
      </Group>

      <Group legend="Medical history" path="history">
        <Fields>
          <SelectField name="history.diabetes" label="Diabetes" options={optionsOf(diabetesTypes, diabetesLabels)} />
          <NumberField
            name="history.hba1c.value" label="HbA1c, if known" min={3} max={195} step={0.1}
            hint="3–20 % or 9–195 mmol/mol" format={(v) => `${v} ${hba1cUnit === "mmol/mol" ? "mmol/mol" : "%"}`}
          />
          {mode === "edit" && <SelectField name="history.hba1c.unit" label="HbA1c unit" options={optionsOf(hba1cUnits, hba1cUnitLabels)} required />}
          <SelectField name="history.backPain" label="Back pain" options={yesNoOptions} />
          <TextField name="history.backPainNotes" label="Back pain: details" />
          <SelectField name="history.previousInjury" label="Previous ankle injury or fracture" options={yesNoOptions} />
          <TextField name="history.previousInjuryNotes" label="Previous injury: details" />
          <SelectField name="history.thyroid" label="Thyroid disease" options={yesNoOptions} />
          <SelectField name="history.b12OrVegetarianDiet" label="Low B12 or vegetarian / vegan diet" options={yesNoOptions} />
          <SelectField name="history.alcohol" label="Regular alcohol" options={yesNoOptions} />
          <NumberField name="history.alcoholUnitsPerWeek" label="Alcohol (units per week)" min={0} max={300} step={0.5} />
          <SelectField name="history.chemotherapy" label="Chemotherapy" options={yesNoOptions} />
          <SelectField name="history.kidneyDisease" label="Kidney disease" options={yesNoOptions} />
          <SelectField name="history.smoking" label="Smoking" options={yesNoOptions} />
          <SelectField name="history.vascularHistory" label="Vascular history" options={yesNoOptions} />
          <SelectField name="history.pregnancy" label="Pregnancy" options={yesNoOptions} />
          <TextField name="history.otherNotes" label="Other medical history" multiline />
        </Fields>
      </Group>

      <Fields columns={2}>
        <TextField name="medications" label="Medications" multiline />
        <TextField name="notes" label="Notes" multiline maxLength={4000} />
      </Fields>
    </SectionShell>
  );
}

/** Numbness, tingling, burning and pain on NRS 0–10, during a run, after it and at rest. */
function NrsGrid() {
  const { kind, mode, saved, errors } = useSection();
  if (mode === "read") {
    if (isBlank(getAt(saved, "nrs"))) return null;
    return (
      <DataTable caption="Symptom intensity (NRS 0–10)">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={thClass}>Symptom</th>
            {symptomTimings.map((t) => (
              <th key={t} scope="col" className={thClass}>{capitalise(timingLabels[t])}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {symptomKinds.map((s) => (
            <tr key={s}>
              <th scope="row" className={`${tdClass} text-left font-medium`}>{symptomKindLabels[s]}</th>
              {symptomTimings.map((t) => {
                const value = getAt(saved, `nrs.${s}.${t}`);
                return <td key={t} className={tdClass}>{typeof value === "number" ? value : <NotRecorded />}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
    );
  }
  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={`${kind}-nrs-hint`}>
      <legend className="text-base font-semibold text-slate-900">Symptom intensity (NRS 0–10)</legend>
      <p id={`${kind}-nrs-hint`} className="text-sm text-slate-600">
        0 = none, 10 = worst imaginable. Leave a box empty when it was not asked: empty is not 0.
      </p>
      <div className="overflow-x-auto">
        <table className="min-w-full">
          <thead>
            <tr>
              <th scope="col" className={thClass}>Symptom</th>
              {symptomTimings.map((t) => (
                <th key={t} scope="col" className={thClass}>{capitalise(timingLabels[t])}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {symptomKinds.map((s) => (
              <tr key={s}>
                <th scope="row" className="px-3 py-1 text-left text-sm font-medium text-slate-800">{symptomKindLabels[s]}</th>
                {symptomTimings.map((t) => {
                  const name = `nrs.${s}.${t}`;
                  const id = fieldId(kind, name);
                  const value = getAt(saved, name);
                  const error = errors[name];
                  return (
                    <td key={t} className="px-3 py-1 align-top">
                      <input
                        id={id} name={name} type="number" data-kind="number" min={0} max={10} step={1} inputMode="numeric"
                        aria-label={`${symptomKindLabels[s]} ${timingLabels[t]} (0–10)`}
                        defaultValue={typeof value === "number" ? value : ""}
                        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
                        className={`${smallInputClass} max-w-24`}
                      />
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

const sidedCodes = regionCodes.filter((code) => regionInfo[code].sided);
const unsidedHints: Partial<Record<RegionCode, string>> = {
  STOCK: "Raises an urgent red flag (T-U2) when saved",
  SADDLE: "Raises an emergency red flag (T-E1) when saved",
};

/** The body chart (docs/clinical-rules.md 0.2): the sided regions per foot, then the stocking and saddle areas. */
function BodyMap() {
  const { mode, saved } = useSection();
  if (mode === "read" && isBlank(getAt(saved, "regions"))) return null;
  return (
    <Group
      legend="Body map: where the symptoms are"
      hint={mode === "edit" ? "Tick every affected region. The likely structure under each region is a hint, never a diagnosis. Regions on both feet, the stocking area or the saddle area raise a red flag when the section is saved." : undefined}
    >
      <Fields columns={2}>
        {sides.map((side) => (
          <CheckboxGroup
            key={side} name="regions" groupId={`regions-${side}`} legend={footNames[side]} columns={1} wide={false}
            options={sidedCodes.map((code) => ({ value: `${code}-${side}`, label: `${code}: ${regionInfo[code].label}`, hint: regionInfo[code].likelyStructure }))}
          />
        ))}
        <CheckboxGroup
          name="regions" groupId="regions-unsided" legend="Both feet or the saddle area" columns={2}
          options={(["STOCK", "SADDLE"] as const).map((code) => ({ value: code, label: `${code}: ${regionInfo[code].label}`, hint: unsidedHints[code] }))}
        />
      </Fields>
    </Group>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
