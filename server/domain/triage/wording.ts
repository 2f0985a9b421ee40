import { triggerIds, triggers, type TriggerId } from "./triggers";

/**
 * A trigger's reason as people read it: stored reasons begin with the question's ID ("T-U1 Foot slap …"),
 * which the page shows once as a small reference, or not at all, never doubled.
 */
export function triggerReason(id: string, reason: string): string {
  const text = reason.startsWith(id) ? reason.slice(id.length).replace(/^[\s:–-]+/, "") : reason;
  if (text) return text;
  return (triggerIds as readonly string[]).includes(id) ? triggers[id as TriggerId].clinicianLabel : "Red flag";
}
