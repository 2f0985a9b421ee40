import { z } from "zod";

/** Body-chart region codes (docs/clinical-rules.md 0.2); the likely structure is a hint to the clinician, never a diagnosis. */
export const regionCodes = [
  "MPN", "LPN", "MCN", "ICN", "DPN", "SPN", "SUR", "SAPH",
  "IDN-1/2", "IDN-2/3", "IDN-3/4", "IDN-4/5",
  "STOCK", "DERM-L4", "DERM-L5", "DERM-S1", "SADDLE",
] as const;
export type RegionCode = (typeof regionCodes)[number];

/** STOCK (both feet) and SADDLE (perineum) have no side: they are stored without a suffix. */
export const unsidedRegionCodes = ["STOCK", "SADDLE"] as const satisfies readonly RegionCode[];
export type UnsidedRegionCode = (typeof unsidedRegionCodes)[number];
export type SidedRegionCode = Exclude<RegionCode, UnsidedRegionCode>;

export const sides = ["L", "R"] as const;
export type Side = (typeof sides)[number];
export const sideLabels: Record<Side, string> = { L: "left", R: "right" };

/** A region as stored: `MPN-R`, `IDN-3/4-L`, or `STOCK` / `SADDLE`. */
export type BodyRegion = `${SidedRegionCode}-${Side}` | UnsidedRegionCode;

export type RegionInfo = {
  /** Short name for checkboxes and reports. */
  label: string;
  /** The area the region covers (docs/clinical-rules.md 0.2). */
  area: string;
  /** Most likely nerve or source: shown as a hint only. */
  likelyStructure: string;
  note: string | null;
  sided: boolean;
};

/** The regions of docs/clinical-rules.md 0.2. */
export const regionInfo: Record<RegionCode, RegionInfo> = {
  MPN: {
    label: "Medial sole and toes 1–3",
    area: "Medial sole, plantar hallux, toes 2–3 and medial half of toe 4",
    likelyStructure: "Medial plantar nerve (tibial)",
    note: "Classic tarsal tunnel territory",
    sided: true,
  },
  LPN: {
    label: "Lateral sole and toes 4–5",
    area: "Lateral sole, toe 5 and lateral half of toe 4",
    likelyStructure: "Lateral plantar nerve (tibial)",
    note: null,
    sided: true,
  },
  MCN: {
    label: "Medial / plantar heel",
    area: "Medial and plantar heel",
    likelyStructure: "Medial calcaneal branch (tibial)",
    note: "Can mimic plantar heel pain",
    sided: true,
  },
  ICN: {
    label: "Plantar heel (Baxter's)",
    area: "Plantar heel pain, with or without weak abductor digiti minimi, little sensory loss",
    likelyStructure: "Inferior calcaneal (Baxter's) nerve",
    note: "Mimics plantar fasciopathy",
    sided: true,
  },
  DPN: {
    label: "First web space (dorsal)",
    area: "Dorsal first web space",
    likelyStructure: "Deep peroneal (fibular) nerve",
    note: "Tight laces, anterior ankle; anterior compartment CECS",
    sided: true,
  },
  SPN: {
    label: "Dorsum of foot",
    area: "Dorsum of the foot (except the first web space), anterolateral distal leg",
    likelyStructure: "Superficial peroneal nerve",
    note: "Lateral compartment CECS, fascial exit point",
    sided: true,
  },
  SUR: {
    label: "Lateral border of foot",
    area: "Lateral border of the foot and lateral heel",
    likelyStructure: "Sural nerve",
    note: null,
    sided: true,
  },
  SAPH: {
    label: "Medial ankle / arch",
    area: "Medial ankle and medial arch (not plantar)",
    likelyStructure: "Saphenous nerve",
    note: null,
    sided: true,
  },
  "IDN-1/2": {
    label: "Between toes 1 and 2",
    area: "Adjacent sides of toes 1 and 2",
    likelyStructure: "Interdigital nerve (Morton's neuroma)",
    note: "Narrow toe box, forefoot loading",
    sided: true,
  },
  "IDN-2/3": {
    label: "Between toes 2 and 3",
    area: "Adjacent sides of toes 2 and 3",
    likelyStructure: "Interdigital nerve (Morton's neuroma)",
    note: "Narrow toe box, forefoot loading",
    sided: true,
  },
  "IDN-3/4": {
    label: "Between toes 3 and 4",
    area: "Adjacent sides of toes 3 and 4 (the most common site)",
    likelyStructure: "Interdigital nerve (Morton's neuroma)",
    note: "Narrow toe box, forefoot loading",
    sided: true,
  },
  "IDN-4/5": {
    label: "Between toes 4 and 5",
    area: "Adjacent sides of toes 4 and 5",
    likelyStructure: "Interdigital nerve (Morton's neuroma)",
    note: "Narrow toe box, forefoot loading",
    sided: true,
  },
  STOCK: {
    label: "Both feet, sock distribution",
    area: "Both feet, symmetrical, sock distribution, spreading from the toes upwards",
    likelyStructure: "Length-dependent polyneuropathy (diabetes, B12 deficiency and others)",
    note: "Raises an urgent red flag: check for a systemic neuropathy",
    sided: false,
  },
  "DERM-L4": {
    label: "L4 dermatome",
    area: "Medial leg and ankle",
    likelyStructure: "L4 nerve root",
    note: "Check back symptoms, slump/SLR and reflexes",
    sided: true,
  },
  "DERM-L5": {
    label: "L5 dermatome",
    area: "Dorsum of the foot and big toe",
    likelyStructure: "L5 nerve root",
    note: "Check back symptoms, slump/SLR and reflexes",
    sided: true,
  },
  "DERM-S1": {
    label: "S1 dermatome",
    area: "Lateral foot and sole",
    likelyStructure: "S1 nerve root",
    note: "Check back symptoms, slump/SLR and ankle reflex",
    sided: true,
  },
  SADDLE: {
    label: "Saddle area",
    area: "Perineum, genitals, inner thighs, buttocks",
    likelyStructure: "Cauda equina",
    note: "Raises an emergency red flag: possible cauda equina",
    sided: false,
  },
};

const isUnsided = (code: RegionCode): code is UnsidedRegionCode => (unsidedRegionCodes as readonly string[]).includes(code);

/** Every storable region value: 15 sided codes × L/R, then STOCK and SADDLE (32 values). */
export const bodyRegionValues = regionCodes.flatMap((code): BodyRegion[] =>
  isUnsided(code) ? [code] : sides.map((side) => `${code}-${side}` as const),
) as [BodyRegion, ...BodyRegion[]];

/** A body-chart region with its side, as stored (docs/clinical-rules.md 0.2; the `regions` of a run, R1.1). */
export const bodyRegion = z.enum(bodyRegionValues, { message: "Unknown body region" });

/** The region code (docs/clinical-rules.md 0.2) of a stored region (`MPN-R` → `MPN`). */
export function regionCodeOf(region: BodyRegion): RegionCode {
  if (region === "STOCK" || region === "SADDLE") return region;
  return region.slice(0, -2) as SidedRegionCode;
}

/** The side of a stored region; null for STOCK and SADDLE. */
export function sideOf(region: BodyRegion): Side | null {
  if (region === "STOCK" || region === "SADDLE") return null;
  return region.endsWith("-L") ? "L" : "R";
}

/**
 * Whether sided regions are marked on both the left and the right (docs/clinical-rules.md 0.2, R1.5: regions on both sides).
 * STOCK and SADDLE have no side and do not count here; triage treats STOCK on its own.
 */
export function isBilateral(regions: readonly BodyRegion[]): boolean {
  const found = new Set(regions.map(sideOf));
  return found.has("L") && found.has("R");
}

/** A readable label for a stored region: `MPN-R` → "Medial sole and toes 1–3 (right)". */
export function regionLabel(region: BodyRegion): string {
  const side = sideOf(region);
  const { label } = regionInfo[regionCodeOf(region)];
  return side ? `${label} (${sideLabels[side]})` : label;
}

/** The clinician hint for a region (docs/clinical-rules.md 0.2 "likely structure"), never a diagnosis. */
export function regionHint(region: BodyRegion): string {
  const info = regionInfo[regionCodeOf(region)];
  return info.note ? `${info.likelyStructure}. ${info.note}.` : `${info.likelyStructure}.`;
}
