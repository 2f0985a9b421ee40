/**
 * Unsent form drafts kept on this device (localStorage), so a reload, Back or a lost tab loses no typed
 * work. Each draft is keyed by the signed-in account: a shared phone never shows one athlete's draft to
 * another, and every draft is deleted at sign-out (`clearDeviceDrafts`). Drafts stay on the device;
 * nothing of them goes into a URL.
 */
const prefix = "stridecare-draft:";
const formatVersion = 1;

type Stored = { v: number; savedAt: string; value: unknown };

/** The storage key of one form's draft for one account, e.g. `stridecare-draft:<userId>:run:new`. */
export const draftKey = (userId: string, form: string): string => `${prefix}${userId}:${form}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage blocked (some private modes): drafts are then simply not kept
  }
}

/** Saves the draft; fails quietly when storage is full or blocked (the form still works). */
export function saveDraft(key: string, value: unknown, now: Date = new Date()): void {
  try {
    storage()?.setItem(key, JSON.stringify({ v: formatVersion, savedAt: now.toISOString(), value } satisfies Stored));
  } catch {
    // quota exceeded or blocked
  }
}

/** The stored draft, or null when there is none or it was written by another version of the form. */
export function loadDraft(key: string): { value: unknown; savedAt: string } | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Stored> | null;
    if (!parsed || parsed.v !== formatVersion || typeof parsed.savedAt !== "string") return null;
    return { value: parsed.value, savedAt: parsed.savedAt };
  } catch {
    return null;
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // blocked: nothing was stored either
  }
}

/** Deletes every account's drafts on this device: call at sign-out, with the offline caches. */
export function clearDeviceDrafts(): void {
  const store = storage();
  if (!store) return;
  try {
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k?.startsWith(prefix) ?? false);
    for (const k of keys) store.removeItem(k);
  } catch {
    // blocked
  }
}

/**
 * The stored draft laid over the form's fresh state, field by field: only fields the form has, and
 * only values of the same type (or null), so a draft from an older build can never break the form.
 */
export function mergeDraft<T extends Record<string, unknown>>(fresh: T, stored: unknown): T | null {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return null;
  const out: Record<string, unknown> = { ...fresh };
  for (const [key, initial] of Object.entries(fresh)) {
    const value = (stored as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const sameType = Array.isArray(initial) ? Array.isArray(value) : value === null || initial === null || typeof value === typeof initial;
    if (sameType) out[key] = value;
  }
  return out as T;
}
