"use client";

import { sides, type BodyRegion } from "@/server/domain/body-map";
import { footNames, footRegionNames as footRegions, unsidedRegionNames } from "@/server/domain/logs/foot-regions";

/** Where the symptoms were, per foot, plus both feet and the saddle area (which raise red flags). */
export function FootRegions({ value, onChange }: { value: readonly string[]; onChange: (regions: BodyRegion[]) => void }) {
  const toggle = (region: BodyRegion, on: boolean) => {
    const next = on ? [...value, region] : value.filter((r) => r !== region);
    onChange([...new Set(next)] as BodyRegion[]);
  };
  const box = (region: BodyRegion, label: string) => (
    <label key={region} className="flex min-h-11 items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm text-slate-900">
      <input type="checkbox" className="size-5 accent-brand-600" checked={value.includes(region)} onChange={(e) => toggle(region, e.target.checked)} />
      {label}
    </label>
  );
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-900">Where did you feel it?</legend>
      {sides.map((side) => (
        <fieldset key={side}>
          <legend className="text-sm font-medium text-slate-800">{footNames[side]}</legend>
          <div className="mt-1 grid gap-1.5 sm:grid-cols-2">{footRegions.map(([code, label]) => box(`${code}-${side}` as BodyRegion, label))}</div>
        </fieldset>
      ))}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Elsewhere</legend>
        <div className="mt-1 grid gap-1.5 sm:grid-cols-2">
          {box("STOCK", unsidedRegionNames.STOCK)}
          {box("SADDLE", unsidedRegionNames.SADDLE)}
        </div>
      </fieldset>
    </fieldset>
  );
}
