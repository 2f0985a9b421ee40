"use client";

import { sides, type BodyRegion } from "@/server/domain/body-map";

/** The body-chart regions of DOMAIN 0.2 in the athlete's words (the clinical dermatome codes are the therapist's). */
const footRegions = [
  ["MPN", "Inner sole, big-toe side (toes 1–3)"],
  ["LPN", "Outer sole, little-toe side (toes 4–5)"],
  ["MCN", "Inner heel"],
  ["ICN", "Underneath the heel"],
  ["SAPH", "Inner ankle and arch"],
  ["SPN", "Top of the foot"],
  ["DPN", "Top, between big and second toe"],
  ["SUR", "Outer edge of the foot"],
  ["IDN-1/2", "Between toes 1 and 2"],
  ["IDN-2/3", "Between toes 2 and 3"],
  ["IDN-3/4", "Between toes 3 and 4"],
  ["IDN-4/5", "Between toes 4 and 5"],
] as const;

const footNames = { L: "Left foot", R: "Right foot" } as const;

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
          {box("STOCK", "Both feet, like a sock")}
          {box("SADDLE", "Between the legs (saddle area)")}
        </div>
      </fieldset>
    </fieldset>
  );
}
