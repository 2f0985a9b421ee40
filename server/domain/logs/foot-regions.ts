import { sides, type BodyRegion, type Side } from "../body-map";

/** The body-chart regions (docs/clinical-rules.md 0.2) in the athlete's words (the clinical dermatome codes are the therapist's). */
export const footRegionNames = [
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

export const footNames: Record<Side, string> = { L: "Left foot", R: "Right foot" };

export const unsidedRegionNames = { STOCK: "Both feet, like a sock", SADDLE: "Between the legs (saddle area)" } as const;

const byCode = new Map<string, string>(footRegionNames);

/** A stored region in the athlete's words: `MPN-L` → "left foot: inner sole, big-toe side (toes 1–3)". */
export function footRegionName(region: BodyRegion | string): string {
  if (region in unsidedRegionNames) return unsidedRegionNames[region as keyof typeof unsidedRegionNames].toLowerCase();
  const side = sides.find((s) => region.endsWith(`-${s}`));
  const name = side ? byCode.get(region.slice(0, -2)) : undefined;
  if (!side || !name) return region;
  return `${footNames[side].toLowerCase()}: ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}
