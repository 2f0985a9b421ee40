import { sideLabels, sides } from "../body-map";
import type { Gait } from "../assessments/sections/gait";

export type GaitCueId = "cadence-increase" | "pelvic-drop-hip-strength";
export type GaitCue = {
  id: GaitCueId;
  text: string;
  rationale: string;
  /** Evidence tag of the cue as a whole: shown as "convention" / "app default" in the UI. */
  evidence: "convention" | "app default";
};

export type GaitCueSettings = {
  /**
   * Pelvic drop (degrees) above which a hip-strength cue is suggested. [D] app default 6°: no published
   * cut-off exists; each extra degree raised the odds of being in the injured group by 80 % (Bramah 2018).
   */
  pelvicDropCueDeg: number;
};
export const defaultGaitCueSettings: GaitCueSettings = { pelvicDropCueDeg: 6 };

/** Cadence +5–10 % target range, steps/min: round(cadence × 1.05) … round(cadence × 1.10), halves up (docs/clinical-rules.md 3.2). */
export function cadenceTargetRange(cadenceSpm: number): [number, number] {
  // × 105 / 100 keeps integer cadences exact, so x.5 rounds up as written.
  return [Math.round((cadenceSpm * 105) / 100), Math.round((cadenceSpm * 110) / 100)];
}

/**
 * Suggested gait cues from recorded values (docs/clinical-rules.md 3.2): cadence +5–10 % when cadence is recorded and
 * overstride is observed or a rearfoot strike is recorded [C]; a hip-abductor cue for each side whose
 * pelvic drop exceeds the [D] threshold (one cue naming the sides). Missing data yields no cue.
 */
export function gaitCues(
  gait: Pick<Gait, "cadenceSpm" | "overstride" | "footStrike" | "pelvicDropDeg" | "speedKmh"> | null | undefined,
  settings: GaitCueSettings = defaultGaitCueSettings,
): GaitCue[] {
  if (!gait) return [];
  const cues: GaitCue[] = [];

  const rearfootSides = sides.filter((s) => gait.footStrike?.[s] === "rearfoot");
  const overstride = gait.overstride === "yes";
  if (gait.cadenceSpm != null && (overstride || rearfootSides.length > 0)) {
    const [low, high] = cadenceTargetRange(gait.cadenceSpm);
    const speed = gait.speedKmh != null ? ` (${gait.speedKmh} km/h)` : "";
    const because = [
      overstride ? "overstride observed" : null,
      rearfootSides.length ? `rearfoot strike (${rearfootSides.map((s) => sideLabels[s]).join(" and ")})` : null,
    ].filter(Boolean).join(" and ");
    cues.push({
      id: "cadence-increase",
      text: `Raise cadence by 5–10 %: ${low}–${high} steps/min (now ${gait.cadenceSpm}) at the same speed${speed}, with a metronome or watch alert in 5-minute blocks within easy runs, fading over 2–6 weeks.`,
      rationale: `Convention: ${because}. A higher step rate at the same speed shortens the step and reduces braking and foot-strike angle (Heiderscheit 2011; Anderson 2022); try it before any foot-strike cue, and watch for new forefoot or calf symptoms.`,
      evidence: "convention",
    });
  }

  const dropped = sides.flatMap((side) => {
    const drop = gait.pelvicDropDeg?.[side];
    return drop != null && drop > settings.pelvicDropCueDeg ? [{ side, drop }] : [];
  });
  if (dropped.length) {
    const which = dropped.map((d) => sideLabels[d.side]).join(" and ");
    const values = dropped.map((d) => `${d.drop}° standing on the ${sideLabels[d.side]} leg`).join(", ");
    cues.push({
      id: "pelvic-drop-hip-strength",
      text: `Strengthen the ${which} hip abductors (side-lying abduction, banded walks, single-leg control): pelvic drop ${values}.`,
      rationale: `App default: pelvic drop above ${settings.pelvicDropCueDeg}° (clinic-editable). Injured runners showed more contralateral pelvic drop than uninjured runners (Bramah 2018, case–control); no published cut-off exists.`,
      evidence: "app default",
    });
  }
  return cues;
}
