import { sideLabels, sides, type Side } from "../body-map";
import { directionOf, instrumentIds, instruments, isInstrumentId, scoreChange, type InstrumentId } from "../scoring/instruments";
import { NRS_MCID_PERCENT, NRS_MCID_POINTS } from "../scoring/nrs";
import { heelRaiseSideDifferencePct, neuroAsymmetry } from "./findings";
import type { SectionKind } from "./sections";
import { shoeDropMm } from "./sections/footwear";
import { symptomKindLabels, symptomKinds, symptomTimingLabels, symptomTimings } from "./sections/symptom-history";
import {
  monofilamentSiteLabels, monofilamentSites, provocationTestIds, provocationTestLabels, twoPointSiteLabels, twoPointSites,
} from "./sections/tarsal-tunnel";

/** One numeric value of a visit, flattened for side-by-side comparison. */
export type ComparableItem = { key: string; label: string; unit: string; value: number };

/** A minimal clinically important change (MCID) or minimal detectable change (MDC) of one item. */
export type Mcid = {
  kind: "MCID" | "MDC";
  /** Absolute change, in the item's unit, that passes. */
  points: number;
  /** Alternatively, change as % of a non-zero baseline that passes (NRS 30 %). */
  percent?: number;
};

export type ComparisonRow = {
  key: string;
  label: string;
  unit: string;
  baseline: number | null;
  latest: number | null;
  change: number | null;
  /** Per the item's declared direction; null without a clinical direction or without both values. */
  direction: "better" | "worse" | "same" | null;
  /** |change| reaches the MCID/MDC; null without one or without both values. */
  passesMcid: boolean | null;
  /** "MDC 1.6 cm", "MCID 2 points or 30 %"…, null without one. */
  mcidLabel: string | null;
};

type Sections = Partial<Record<SectionKind, unknown>>;

type ItemDef = {
  key: string;
  label: string;
  unit: string;
  /** true: higher is better, false: lower is better, null: no clinical direction. */
  higherIsBetter: boolean | null;
  read: (sections: Sections) => unknown;
};

/** Reads a nested value from untyped section data. */
const get = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), value);
const at = (...path: string[]) => (s: Sections) => get(s, path);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

const NRS_UNIT = "NRS 0–10";
const sideSuffix = (side: Side) => ` (${sideLabels[side]})`;

function buildDefinitions(): ItemDef[] {
  const defs: ItemDef[] = [];
  const add = (key: string, label: string, unit: string, higherIsBetter: boolean | null, read: ItemDef["read"] = at(...key.split("."))) =>
    defs.push({ key, label, unit, higherIsBetter, read });

  // Symptom history (docs/clinical-rules.md 1.1).
  for (const kind of symptomKinds)
    for (const timing of symptomTimings)
      add(`symptomHistory.nrs.${kind}.${timing}`, `${symptomKindLabels[kind]} ${symptomTimingLabels[timing]}`, NRS_UNIT, false);
  add("symptomHistory.regionCount", "Body-map regions with symptoms", "regions", false, (s) => {
    const regions = get(s, ["symptomHistory", "regions"]);
    return Array.isArray(regions) ? regions.length : undefined;
  });
  add("symptomHistory.onsetMinuteIntoRun", "Symptom onset into a run", "min", true);
  add("symptomHistory.settleMinutesAfterRun", "Time to settle after a run", "min", false);
  add("symptomHistory.durationWeeks", "Symptom duration", "weeks", null);
  add("symptomHistory.history.hba1cPercent", "HbA1c", "%", null, (s) =>
    get(s, ["symptomHistory", "history", "hba1c", "unit"]) === "percent" ? get(s, ["symptomHistory", "history", "hba1c", "value"]) : undefined);
  add("symptomHistory.history.hba1cMmolMol", "HbA1c", "mmol/mol", null, (s) =>
    get(s, ["symptomHistory", "history", "hba1c", "unit"]) === "mmol/mol" ? get(s, ["symptomHistory", "history", "hba1c", "value"]) : undefined);
  add("symptomHistory.history.alcoholUnitsPerWeek", "Alcohol", "units/week", null);

  // Tarsal tunnel exam (docs/clinical-rules.md 1.2–1.4), per side.
  for (const side of sides) {
    const base = `tarsalTunnel.${side}`;
    for (const test of provocationTestIds) {
      add(`${base}.${test}.elicitedIntensityNrs`, `${provocationTestLabels[test]}: elicited intensity${sideSuffix(side)}`, NRS_UNIT, false);
      add(`${base}.${test}.timeToOnsetS`, `${provocationTestLabels[test]}: time to onset${sideSuffix(side)}`, "s", true);
    }
    for (const site of monofilamentSites)
      add(`${base}.sensory.monofilament.${site}`, `Monofilament, ${monofilamentSiteLabels[site]}${sideSuffix(side)}`, "correct of 3", true);
    for (const site of twoPointSites)
      add(`${base}.sensory.twoPointMm.${site}`, `Two-point discrimination, ${twoPointSiteLabels[site]}${sideSuffix(side)}`, "mm", false);
    add(`${base}.sensory.abnormalGrades`, `Abnormal light-touch / pinprick territories${sideSuffix(side)}`, "territories", false, (s) => {
      const grades = ["lightTouch", "pinprick"].flatMap((m) => {
        const grid = get(s, ["tarsalTunnel", side, "sensory", m]);
        return grid && typeof grid === "object" ? Object.values(grid).filter((g) => typeof g === "string") : [];
      });
      return grades.length ? grades.filter((g) => g !== "normal").length : undefined;
    });
    for (const [key, label] of [
      ["abductorHallucisMrc", "Abductor hallucis"], ["toeFlexionMrc", "Toe flexion"], ["toeSpreadMrc", "Toe spread"],
      ["halluxExtensionMrc", "Hallux extension"],
    ] as const)
      add(`${base}.strength.${key}`, `${label} strength${sideSuffix(side)}`, "MRC 0–5", true);
  }

  // Neurodynamic tests (docs/clinical-rules.md 2.1–2.2): angles per side and side-to-side difference.
  for (const side of sides) {
    add(`neurodynamic.slr.${side}.hipFlexionDegAtP1`, `SLR (DF/EV) hip flexion at onset P1${sideSuffix(side)}`, "°", true);
    add(`neurodynamic.slr.${side}.hipFlexionDegAtP2`, `SLR (DF/EV) hip flexion at P2${sideSuffix(side)}`, "°", true);
    add(`neurodynamic.slump.${side}.kneeExtensionDeg`, `Slump knee extension at onset${sideSuffix(side)}`, "°", true);
  }
  const asymmetry = (test: string, field: string) => (s: Sections) => {
    const l = get(s, ["neurodynamic", test, "L", field]);
    const r = get(s, ["neurodynamic", test, "R", field]);
    return isNumber(l) && isNumber(r) ? neuroAsymmetry(l, r).differenceDeg : undefined;
  };
  add("neurodynamic.slr.sideDifferenceDegAtP1", "SLR (DF/EV) P1 side-to-side difference", "°", false, asymmetry("slr", "hipFlexionDegAtP1"));
  add("neurodynamic.slr.sideDifferenceDegAtP2", "SLR (DF/EV) P2 side-to-side difference", "°", false, asymmetry("slr", "hipFlexionDegAtP2"));
  add("neurodynamic.slump.sideDifferenceDeg", "Slump knee extension side-to-side difference", "°", false, asymmetry("slump", "kneeExtensionDeg"));

  // Gait (docs/clinical-rules.md 3.1): most metrics have no direction of their own (they change with speed).
  add("gait.speedKmh", "Gait analysis speed", "km/h", null);
  add("gait.cadenceSpm", "Cadence", "steps/min", null);
  add("gait.stepLengthM", "Step length", "m", null);
  add("gait.contactTimeMs", "Ground contact time", "ms", null);
  add("gait.dutyFactorPct", "Duty factor", "%", null);
  add("gait.footStrikeAngleDeg", "Foot-strike angle", "°", null);
  add("gait.overstrideCm", "Overstride (heel to centre of mass)", "cm", false);
  add("gait.tibiaAngleAtContactDeg", "Tibia angle at contact", "°", null);
  for (const side of sides) add(`gait.pelvicDropDeg.${side}`, `Pelvic drop standing on the ${sideLabels[side]} leg`, "°", false);
  add("gait.trunkLeanDeg", "Forward trunk lean", "°", null);

  // Mobility and strength (docs/clinical-rules.md 5.3), per side.
  for (const side of sides) {
    add(`mobilityStrength.kneeToWallCm.${side}`, `Knee-to-wall${sideSuffix(side)}`, "cm", true);
    add(`mobilityStrength.calfRaiseReps.${side}`, `Single-leg heel raises${sideSuffix(side)}`, "reps", true);
    add(`mobilityStrength.hipAbductionMrc.${side}`, `Hip abduction strength${sideSuffix(side)}`, "MRC 0–5", true);
    add(`mobilityStrength.hipAbductionN.${side}`, `Hip abduction force${sideSuffix(side)}`, "N", true);
    add(`mobilityStrength.shortFootHoldS.${side}`, `Short-foot hold${sideSuffix(side)}`, "s", true);
  }
  add("mobilityStrength.calfRaiseSideDifferencePct", "Heel-raise side difference", "%", false, (s) => {
    const l = get(s, ["mobilityStrength", "calfRaiseReps", "L"]);
    const r = get(s, ["mobilityStrength", "calfRaiseReps", "R"]);
    return isNumber(l) && isNumber(r) ? heelRaiseSideDifferencePct(l, r) : undefined;
  });
  return defs;
}

const definitions = buildDefinitions();
const definitionIndex = new Map(definitions.map((d, i) => [d.key, i]));

/** Per-shoe numeric items of a footwear review (docs/clinical-rules.md 4.2); keys `footwear.<shoeId>.<field>`. */
const footwearFields = [
  ["stackHeelMm", "heel stack height", "mm", null],
  ["stackForefootMm", "forefoot stack height", "mm", null],
  ["dropMm", "drop (heel − forefoot)", "mm", null],
  ["insoleThicknessMm", "insole thickness", "mm", null],
  ["lacingTightness", "lacing tightness", "0–10", null],
  ["heelWearDifferenceMm", "medial–lateral heel wear difference", "mm", false],
] as const;
const FOOTWEAR_KEY = /^footwear\.([^.]+)\.([A-Za-z]+)$/;

const NRS_MCID: Mcid = { kind: "MCID", points: NRS_MCID_POINTS, percent: NRS_MCID_PERCENT };

/**
 * The MCID / MDC of each item that has one (docs/clinical-rules.md, Assessment comparison): symptom NRS 2 points or 30 %
 * (Farrar 2001, R9.3); knee-to-wall MDC 1.6 cm (inter-rater, Powden 2015; 5.3). Outcome measures use scoreChange.
 */
export const comparisonMcids: Readonly<Record<string, Mcid>> = Object.fromEntries([
  ...symptomKinds.flatMap((kind) => symptomTimings.map((t) => [`symptomHistory.nrs.${kind}.${t}`, NRS_MCID] as const)),
  ...sides.map((side) => [`mobilityStrength.kneeToWallCm.${side}`, { kind: "MDC", points: 1.6 } satisfies Mcid] as const),
]);

export type ComparableItemsOptions = {
  /** Shoe id → display name ("Brand Model"), for footwear labels. */
  shoeNames?: Readonly<Record<string, string>>;
};

/**
 * Every numeric item of a visit's sections, per side, as `{ key, label, unit, value }`, for the
 * re-assessment comparison (docs/clinical-rules.md, Assessment comparison); unrecorded values are left out. Includes derived items: region count, abnormal sensory grades, side
 * differences (neurodynamic angles, heel raises) and shoe drop.
 */
export function comparableItems(sections: Sections, options: ComparableItemsOptions = {}): ComparableItem[] {
  const items: ComparableItem[] = [];
  for (const def of definitions) {
    const value = def.read(sections);
    if (isNumber(value)) items.push({ key: def.key, label: def.label, unit: def.unit, value });
  }
  const shoes = get(sections, ["footwear", "shoes"]);
  if (Array.isArray(shoes)) {
    for (const shoe of shoes as Record<string, unknown>[]) {
      const id = shoe?.shoeId;
      if (typeof id !== "string") continue;
      const name = options.shoeNames?.[id] ?? `Shoe ${id.slice(0, 8)}`;
      const values: Record<string, unknown> = {
        ...shoe,
        dropMm: isNumber(shoe.stackHeelMm) && isNumber(shoe.stackForefootMm)
          ? shoeDropMm({ stackHeelMm: shoe.stackHeelMm, stackForefootMm: shoe.stackForefootMm })
          : undefined,
      };
      for (const [field, label, unit] of footwearFields) {
        const value = values[field];
        if (isNumber(value)) items.push({ key: `footwear.${id}.${field}`, label: `${name}: ${label}`, unit, value });
      }
    }
  }
  return items;
}

/** Outcome-measure scores as comparable items, keys `outcome.<instrumentId>` (null scores are left out). */
export function outcomeItems(scores: Partial<Record<InstrumentId, number | null>>): ComparableItem[] {
  return instrumentIds.flatMap((id) => {
    const value = scores[id];
    return isNumber(value) ? [{ key: `outcome.${id}`, label: instruments[id].title, unit: "points", value }] : [];
  });
}

/** The declared direction of an item key: true higher is better, false lower is better, null none. */
export function itemHigherIsBetter(key: string): boolean | null {
  const index = definitionIndex.get(key);
  if (index !== undefined) return definitions[index]!.higherIsBetter;
  const shoe = FOOTWEAR_KEY.exec(key);
  if (shoe) return footwearFields.find(([field]) => field === shoe[2])?.[3] ?? null;
  const outcome = key.startsWith("outcome.") ? key.slice("outcome.".length) : null;
  if (outcome && isInstrumentId(outcome)) return instruments[outcome].higherIsBetter;
  return null;
}

const definitionUnit = (key: string): string | null => {
  const index = definitionIndex.get(key);
  return index === undefined ? null : definitions[index]!.unit;
};

const mcidLabelOf = (mcid: Mcid, unit: string): string =>
  `${mcid.kind} ${mcid.points} ${unit === NRS_UNIT ? "points" : unit}${mcid.percent !== undefined ? ` or ${mcid.percent} %` : ""}`;

const round2 = (x: number) => Math.round(x * 100) / 100;

function passes(mcid: Mcid, baseline: number, change: number): boolean {
  const magnitude = Math.abs(change);
  if (magnitude + 1e-9 >= mcid.points) return true;
  return mcid.percent !== undefined && baseline !== 0 && magnitude * 100 + 1e-6 >= mcid.percent * Math.abs(baseline);
}

/**
 * Baseline vs latest for every key in either list: change (latest − baseline, to 0.01), direction per the
 * item's declared direction, and whether |change| reaches its MCID/MDC (`mcids`, default comparisonMcids;
 * outcome keys via scoreChange). Rows follow the section order.
 */
export function compareAssessments(
  baselineItems: readonly ComparableItem[],
  latestItems: readonly ComparableItem[],
  mcids: Readonly<Record<string, Mcid>> = comparisonMcids,
): ComparisonRow[] {
  const baseline = new Map(baselineItems.map((i) => [i.key, i]));
  const latest = new Map(latestItems.map((i) => [i.key, i]));
  const keys = [...new Set([...baseline.keys(), ...latest.keys()])];
  const appearance = new Map(keys.map((k, i) => [k, i]));
  const rank = (k: string) => definitionIndex.get(k) ?? definitions.length + appearance.get(k)!;
  keys.sort((a, b) => rank(a) - rank(b));

  return keys.map((key): ComparisonRow => {
    const b = baseline.get(key);
    const l = latest.get(key);
    const { label, unit } = (l ?? b)!;
    const outcome = key.startsWith("outcome.") ? key.slice("outcome.".length) : null;
    const instrument = outcome && isInstrumentId(outcome) ? outcome : null;
    const mcid = mcids[key] ?? null;
    const mcidLabel = instrument
      ? instrument === "NRS"
        ? mcidLabelOf(NRS_MCID, NRS_UNIT)
        : instruments[instrument].mcid !== null ? `MCID ${instruments[instrument].mcid} points` : null
      : mcid ? mcidLabelOf(mcid, definitionUnit(key) ?? unit) : null;
    const row = { key, label, unit, baseline: b?.value ?? null, latest: l?.value ?? null, mcidLabel };
    if (!b || !l) return { ...row, change: null, direction: null, passesMcid: null };

    if (instrument) {
      const { change, direction, passesMcid } = scoreChange(instrument, b.value, l.value);
      return { ...row, change, direction, passesMcid };
    }
    const change = round2(l.value - b.value);
    const higherIsBetter = itemHigherIsBetter(key);
    return {
      ...row,
      change,
      direction: higherIsBetter === null ? null : directionOf(change, higherIsBetter),
      passesMcid: mcid ? passes(mcid, b.value, change) : null,
    };
  });
}
