import { decisionLabel } from "@/app/_components/plan/labels";

/** A round top for a chart's y axis (1, 2, 2.5 or 5 × 10ⁿ) at or above the largest value, so ticks read 0, ½, top. */
export function niceMax(largest: number, floor = 10): number {
  const value = Math.max(floor, largest);
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** "from 3 to 12 min" over the values that exist; null when none does. */
export function rangeText(values: readonly (number | null)[], unit = ""): string | null {
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return null;
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  return lo === hi ? `${lo}${unit} every time` : `from ${lo}${unit} to ${hi}${unit}`;
}

export { plural } from "@/server/domain/format";

/** How a weekly plan decision is marked under a chart's x axis; the shape carries it, not the colour. */
export const decisionMarks: Record<string, { symbol: string; meaning: string }> = {
  PROGRESS: { symbol: "▲", meaning: "progressed" },
  HOLD: { symbol: "■", meaning: "held" },
  REGRESS: { symbol: "▼", meaning: "regressed" },
  PAUSED: { symbol: "‖", meaning: "paused" },
};

/** The mark of a week's decision, its reason in the hover text; null when the week has none. */
export function decisionMark(decision: { appliedDecision: string | null; reason: string } | null): { symbol: string; meaning: string } | null {
  if (!decision?.appliedDecision) return null;
  const mark = decisionMarks[decision.appliedDecision];
  const label = decisionLabel(decision.appliedDecision);
  return { symbol: mark?.symbol ?? "•", meaning: `${mark?.meaning ?? label}. ${decision.reason}` };
}
