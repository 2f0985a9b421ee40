"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadDraft, mergeDraft, removeDraft, saveDraft } from "@/app/_components/device-drafts";

/**
 * A form's state kept on the device as it is typed, under `key` (one per account and form, see
 * `draftKey`), and restored when the form opens again: after a reload, Back, or a closed tab.
 * `restored` says a stored draft was put back (the form shows it, with a way to discard it).
 * Call `clear` once the entry is sent or queued in the outbox.
 */
export function useDeviceDraft<T extends Record<string, unknown>>(key: string, initial: T) {
  const [draft, setDraft] = useState(initial);
  const [restored, setRestored] = useState(false);
  // Only what the athlete typed is kept: the untouched form is never stored.
  const isDirty = useRef(false);
  const fresh = useRef(initial);

  useEffect(() => {
    // After hydration: the server render cannot know what this device holds.
    const stored = loadDraft(key);
    const merged = stored ? mergeDraft(fresh.current, stored.value) : null;
    if (!merged) return;
    isDirty.current = true;
    setDraft(merged);
    setRestored(true);
  }, [key]);

  useEffect(() => {
    if (isDirty.current) saveDraft(key, draft);
  }, [key, draft]);

  const update = useCallback((change: (d: T) => T) => {
    isDirty.current = true;
    setDraft(change);
  }, []);

  /** Forgets the stored draft (the entry is sent or queued); the form keeps what it shows. */
  const clear = useCallback(() => {
    isDirty.current = false;
    removeDraft(key);
    setRestored(false);
  }, [key]);

  /** Forgets the stored draft and starts the form afresh. */
  const discard = useCallback(() => {
    clear();
    setDraft(fresh.current);
  }, [clear]);

  return { draft, update, restored, clear, discard };
}
