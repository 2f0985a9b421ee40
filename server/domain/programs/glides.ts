import type { GlideKind } from "../exercises/schemas";
import { addDays, daysBetween } from "../dates";

/**
 * Nerve-glide rules (docs/clinical-rules.md 2.3; the stop rule of 9). Sliders come first, while the nerve is
 * irritable; tensioners later, once symptoms settle within seconds. A glide that provokes lasting
 * symptoms regresses.
 */

export type GlideItem = { exerciseId: string; glideKind: GlideKind | null };

/**
 * Slider before tensioner: a tensioner may be prescribed only when a slider was already part of an
 * earlier version of the athlete's program. Returns the problem, or null when the order is kept.
 */
export function glideOrderProblem(proposed: readonly GlideItem[], earlierVersions: readonly (readonly GlideItem[])[]): string | null {
  if (!proposed.some((i) => i.glideKind === "tensioner")) return null;
  const hadSlider = earlierVersions.some((v) => v.some((i) => i.glideKind === "slider"));
  return hadSlider
    ? null
    : "Sliders come before tensioners: prescribe a slider first, and add the tensioner in a later version once symptoms settle within seconds";
}

/** One logged glide session: peak symptoms during it (0–10) and how long they lingered after (minutes). */
export type GlideSessionLog = { date: string; peakNrs: number; lingeredMinutes: number; nextMorningWorse: boolean };

export type GlideAdvice = { action: "regress" | "hold" | "progress"; reason: string };

/** Glides move only into mild symptoms (≤ 2/10) that settle within seconds [C]. */
export const GLIDE_MAX_NRS = 2;
/** Regress when symptoms linger more than 30 minutes or into the next morning [C/D]. */
export const GLIDE_LINGER_MINUTES = 30;

/**
 * The symptom rule of one glide over its recent sessions (newest last): any session with symptoms
 * lingering > 30 min or worse the next morning regresses (a tensioner back to its slider, a slider to
 * less range or fewer reps); any session above 2/10 holds; three settled sessions in a row allow progress.
 */
export function glideAdvice(kind: GlideKind, sessions: readonly GlideSessionLog[]): GlideAdvice {
  const lasting = sessions.find((s) => s.lingeredMinutes > GLIDE_LINGER_MINUTES || s.nextMorningWorse);
  if (lasting) {
    const what = lasting.nextMorningWorse ? "symptoms were worse the next morning" : `symptoms lingered ${lasting.lingeredMinutes} min (> ${GLIDE_LINGER_MINUTES})`;
    return {
      action: "regress",
      reason: `Regress: on ${lasting.date} ${what}. ${kind === "tensioner" ? "Go back to the slider" : "Reduce the range or the repetitions"}.`,
    };
  }
  const strong = sessions.find((s) => s.peakNrs > GLIDE_MAX_NRS);
  if (strong) return { action: "hold", reason: `Hold: on ${strong.date} symptoms reached ${strong.peakNrs}/10 (> ${GLIDE_MAX_NRS}); stay below symptom onset.` };
  const settled = sessions.slice(-3);
  if (settled.length === 3) {
    return {
      action: "progress",
      reason: kind === "slider"
        ? "Progress: 3 sessions in a row stayed ≤ 2/10 and settled at once; more range, or a tensioner if irritability is low."
        : "Progress: 3 sessions in a row stayed ≤ 2/10 and settled at once; more range or a loaded position.",
    };
  }
  return { action: "hold", reason: "Hold: fewer than 3 settled sessions logged yet." };
}

/** Glide sessions of the last 7 days count for the glide rule. */
export const GLIDE_WINDOW_DAYS = 7;

/**
 * The glide rule over one glide's logged sessions (oldest first) of the last 7 days up to `today`;
 * skipped sessions do not count. Null when nothing was logged in that window.
 */
export function recentGlideAdvice(
  kind: GlideKind,
  sessions: readonly { date: string; status: "done" | "partial" | "skipped"; symptomNrs: number | null; settleMinutes: number | null }[],
  today: string,
): GlideAdvice | null {
  const from = addDays(today, -GLIDE_WINDOW_DAYS);
  const recent = sessions.filter((s) => s.status !== "skipped" && daysBetween(from, s.date) >= 0 && daysBetween(s.date, today) >= 0);
  if (recent.length === 0) return null;
  return glideAdvice(kind, recent.map((s) => ({ date: s.date, peakNrs: s.symptomNrs ?? 0, lingeredMinutes: s.settleMinutes ?? 0, nextMorningWorse: false })));
}
