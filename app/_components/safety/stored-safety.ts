import type { RouterOutputs } from "@/app/_components/router-types";

export type OwnSafety = RouterOutputs["portal"]["safety"];

const PREFIX = "stridecare.safety.";
const keyOf = (userId: string) => `${PREFIX}${userId}`;

/**
 * The last safety advice this device heard from the server, per account. A page served offline from
 * the cache was rendered earlier: whichever answer was checked later wins, so a cached page never
 * hides advice the athlete has already been given.
 */
export function readStoredSafetyText(userId: string): string | null {
  try {
    return localStorage.getItem(keyOf(userId));
  } catch {
    return null;
  }
}

/** The stored answer, parsed; null when missing or unreadable. */
export function parseStoredSafety(raw: string | null): OwnSafety | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { advice: OwnSafety["advice"]; raisedAt: string | null; checkedAt: string };
    return { advice: parsed.advice, raisedAt: parsed.raisedAt ? new Date(parsed.raisedAt) : null, checkedAt: new Date(parsed.checkedAt) };
  } catch {
    return null;
  }
}

export function storeSafety(userId: string, safety: OwnSafety): void {
  try {
    localStorage.setItem(keyOf(userId), JSON.stringify({ advice: safety.advice, raisedAt: safety.raisedAt?.toISOString() ?? null, checkedAt: safety.checkedAt.toISOString() }));
  } catch {
    // Storage full or blocked: the server's answer is still shown.
  }
}

/** At sign-out: the next person on this phone must not see another athlete's advice. */
export function clearStoredSafety(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}

/** The later-checked of two answers. */
export const newerSafety = (a: OwnSafety, b: OwnSafety | null): OwnSafety => (b && b.checkedAt > a.checkedAt ? b : a);
