"use client";

import Link from "next/link";
import { useState } from "react";
import { formatDate } from "@/app/_components/format";
import {
  flexPoints, heelCounterTilts, insoleTypes, lacingTypes, lastShapes, lengthFits, shoeDropMm, shoeReplacementSigns, stiffnessGrades,
  toeBoxFits, type ShoeReview,
} from "@/server/domain/assessments/sections/footwear";
import { shoeUseLabels } from "@/server/domain/shoes/schemas";
import { BoolField, Derived, Fields, Group, NumberField, SelectField, TextField } from "./fields";
import { getAt } from "./form-data";
import {
  flexPointLabels, heelTiltLabels, insoleLabels, lacingLabels, lastShapeLabels, lengthFitLabels, optionsOf, stiffnessLabels, toeBoxLabels,
} from "./labels";
import { shoeName } from "./gait-section";
import { useSection } from "./section-context";
import { SectionShell } from "./section-shell";
import type { SectionProps, Shoe } from "./types";

type ReviewFields = Omit<ShoeReview, "shoeId">;

/**
 * Footwear review (docs/clinical-rules.md 4.2), one review per shoe of the athlete. The form keys each review by shoe id
 * (`shoes.<id>.lengthFit`); saving turns that back into the schema's list of reviews.
 */
export function FootwearSection({ mode, assessmentId, saved, state, shoes, athleteId }: SectionProps<"footwear"> & { shoes: Shoe[]; athleteId: string }) {
  const reviews = saved?.shoes ?? [];
  const [picked, setPicked] = useState<string[]>(() => reviews.map((r) => r.shoeId));
  const known = new Map(shoes.map((s) => [s.id, s]));
  // Shoes of the athlete first, then any reviewed shoe that is no longer listed.
  const order = [...shoes.map((s) => s.id), ...reviews.map((r) => r.shoeId).filter((id) => !known.has(id))];
  const reviewedIds = () => order.filter((id) => picked.includes(id));
  const nameOf = (id: string) => {
    const shoe = known.get(id);
    return shoe ? shoeName(shoe) : "A shoe no longer on record";
  };
  const formSaved =
    saved === undefined
      ? undefined
      : { notes: saved.notes, shoes: Object.fromEntries(reviews.map(({ shoeId, ...review }) => [shoeId, review])) };
  const shown = mode === "edit" ? reviewedIds() : reviews.map((r) => r.shoeId);

  return (
    <SectionShell
      kind="footwear" mode={mode} assessmentId={assessmentId} saved={formSaved} state={state}
      normalize={(data) => {
        const byId = (data.shoes ?? {}) as Record<string, ReviewFields>;
        return { ...data, shoes: reviewedIds().map((shoeId) => ({ shoeId, ...byId[shoeId] })) };
      }}
      mapIssuePath={(path) => {
        const match = /^shoes\.(\d+)(\..*)?$/.exec(path);
        const id = match ? reviewedIds()[Number(match[1])] : undefined;
        return match && id ? `shoes.${id}${match[2] ?? ""}` : path;
      }}
      intro={
        shoes.length === 0 ? (
          <p>
            No shoes are recorded for this athlete yet. Shoes are added on the{" "}
            <Link href={`/athletes/${athleteId}`} className="font-medium text-brand-700 underline">
              athlete&apos;s page
            </Link>
            ; come back here to review them.
          </p>
        ) : mode === "edit" ? (
          <p>Choose the shoes you reviewed. Unticking a shoe removes its review when you save.</p>
        ) : null
      }
    >
      {mode === "edit" && shoes.length > 0 && (
        <fieldset className="min-w-0">
          <legend className="text-base font-semibold text-slate-900">Shoes to review</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {order.map((id) => {
              const shoe = known.get(id);
              return (
                <div key={id} className="flex items-start gap-2">
                  <input
                    id={`footwear-pick-${id}`} type="checkbox" checked={picked.includes(id)}
                    onChange={(e) => {
                      const isChecked = e.currentTarget.checked;
                      setPicked((ids) => (isChecked ? [...ids, id] : ids.filter((x) => x !== id)));
                    }}
                    className="mt-0.5 size-4 shrink-0 rounded border-slate-400 accent-brand-600"
                  />
                  <label htmlFor={`footwear-pick-${id}`} className="text-sm text-slate-800">
                    {nameOf(id)}
                    {shoe && (
                      <span className="block text-xs text-slate-600">
                        {shoeUseLabels[shoe.use]}
                        {shoe.purchaseDate ? `, bought ${formatDate(shoe.purchaseDate)}` : ""}
                      </span>
                    )}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}

      {shown.map((id) => (
        <Group key={id} legend={nameOf(id)} tone="card">
          <ShoeReviewFields base={`shoes.${id}`} />
        </Group>
      ))}
      {mode === "read" && shown.length === 0 && <p className="text-sm text-slate-700">No shoe reviewed in this visit.</p>}

      <Fields columns={1}>
        <TextField name="notes" label="Footwear notes" multiline maxLength={4000} />
      </Fields>
    </SectionShell>
  );
}

function ShoeReviewFields({ base }: { base: string }) {
  return (
    <>
      <Group legend="Fit" path={["lengthFit", "toeBoxWidth", "toeBoxDepth", "lastShape"].map((f) => `${base}.${f}`)}>
        <Fields columns={4}>
          <SelectField name={`${base}.lengthFit`} label="Length fit" options={optionsOf(lengthFits, lengthFitLabels)} hint="About a thumb-width beyond the longest toe" />
          <SelectField name={`${base}.toeBoxWidth`} label="Toe-box width" options={optionsOf(toeBoxFits, toeBoxLabels)} />
          <SelectField name={`${base}.toeBoxDepth`} label="Toe-box depth (grasp / pinch test)" options={optionsOf(toeBoxFits, toeBoxLabels)} />
          <SelectField name={`${base}.lastShape`} label="Last shape" options={optionsOf(lastShapes, lastShapeLabels)} />
        </Fields>
      </Group>
      <Group
        legend="Structure"
        path={["heelCounterStiffness", "heelCounterTilt", "midfootSagittalStability", "midfootTorsionalStability", "flexPoint", "stackHeelMm", "stackForefootMm"].map((f) => `${base}.${f}`)}
      >
        <Fields columns={4}>
          <SelectField name={`${base}.heelCounterStiffness`} label="Heel counter stiffness (squeeze test)" options={optionsOf(stiffnessGrades, stiffnessLabels)} />
          <SelectField name={`${base}.heelCounterTilt`} label="Heel counter tilt (rear view)" options={optionsOf(heelCounterTilts, heelTiltLabels)} />
          <SelectField name={`${base}.midfootSagittalStability`} label="Midfoot sagittal stability" options={optionsOf(stiffnessGrades, stiffnessLabels)} />
          <SelectField name={`${base}.midfootTorsionalStability`} label="Midfoot torsional stability" options={optionsOf(stiffnessGrades, stiffnessLabels)} />
          <SelectField name={`${base}.flexPoint`} label="Forefoot flex point" options={optionsOf(flexPoints, flexPointLabels)} />
          <NumberField name={`${base}.stackHeelMm`} label="Heel stack height (mm)" min={0} max={60} step={0.5} />
          <NumberField name={`${base}.stackForefootMm`} label="Forefoot stack height (mm)" min={0} max={60} step={0.5} />
        </Fields>
        <DropLine base={base} />
      </Group>
      <Group legend="Insole and lacing" path={["insoleType", "insoleThicknessMm", "heelCup", "lacing", "lacingTightness"].map((f) => `${base}.${f}`)}>
        <Fields columns={4}>
          <SelectField name={`${base}.insoleType`} label="Insole" options={optionsOf(insoleTypes, insoleLabels)} />
          <NumberField name={`${base}.insoleThicknessMm`} label="Insole thickness (mm)" min={0} max={20} step={0.5} />
          <BoolField name={`${base}.heelCup`} label="Heel cup" />
          <SelectField name={`${base}.lacing`} label="Lacing" options={optionsOf(lacingTypes, lacingLabels)} />
          <NumberField name={`${base}.lacingTightness`} label="Lace tightness, athlete's rating (0–10)" min={0} max={10} hint="0 = loose, 10 = very tight" />
        </Fields>
      </Group>
      <Group legend="Wear" path={["outsoleWornToMidsole", "heelWearDifferenceMm", "midsoleCreasing", "upperDamage", "newInLastTwoWeeks"].map((f) => `${base}.${f}`)}>
        <Fields columns={4}>
          <BoolField name={`${base}.outsoleWornToMidsole`} label="Outsole worn through to the midsole" />
          <NumberField name={`${base}.heelWearDifferenceMm`} label="Medial–lateral heel wear difference (mm)" min={0} max={30} step={0.5} />
          <BoolField name={`${base}.midsoleCreasing`} label="Midsole creasing" />
          <BoolField name={`${base}.upperDamage`} label="Upper damage" />
          <BoolField name={`${base}.newInLastTwoWeeks`} label="New or different shoe in the last 2 weeks" />
        </Fields>
        <ReplacementLine base={base} />
      </Group>
      <Fields columns={1}>
        <TextField name={`${base}.notes`} label="Notes on this shoe" multiline />
      </Fields>
    </>
  );
}

function DropLine({ base }: { base: string }) {
  const { values } = useSection();
  const review = (getAt(values, base) ?? {}) as ShoeReview;
  const drop = shoeDropMm(review);
  return drop === null ? null : <Derived>Drop (heel − forefoot): {drop} mm</Derived>;
}

function ReplacementLine({ base }: { base: string }) {
  const { values } = useSection();
  const review = (getAt(values, base) ?? {}) as ShoeReview;
  const signs = shoeReplacementSigns(review);
  if (signs.length === 0) return null;
  return <Derived>Replacement signs: {signs.join("; ")}.</Derived>;
}
