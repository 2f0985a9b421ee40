"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { flushOutbox, submitEntry, type FlushReport, type SendEntry, type SubmitResult } from "./flush";
import { createOutboxStore, type OutboxEntry, type OutboxStore } from "./store";

export type OutboxInput = { clientId: string } & Record<string, unknown>;

export type OutboxContextValue = {
  /** This athlete's entries still on the device (waiting or rejected), oldest first. */
  entries: OutboxEntry[];
  /** Stores the entry on the device, then tries to send it (see submitEntry in ./flush). */
  submit(kind: string, input: OutboxInput, label: string): Promise<SubmitResult>;
  /** Deletes an entry from the device for good (the status card asks for confirmation first). */
  discard(clientId: string): Promise<void>;
  /** Sends the waiting entries now. */
  flush(): Promise<FlushReport>;
};

const OutboxContext = createContext<OutboxContextValue | null>(null);

const retryEveryMs = 20_000;
const nothingSent: FlushReport = { sent: 0, rejected: 0, retryLater: true };

let sharedStore: OutboxStore | undefined;
// Created on first use in the browser: nothing touches IndexedDB during server rendering.
const getStore = (): OutboxStore => (sharedStore ??= createOutboxStore());

const isOffline = (): boolean => typeof navigator !== "undefined" && navigator.onLine === false;

/**
 * Keeps the athlete's logs on the device until the server has them, and sends them when it can: on
 * mount, when the browser comes back online, when the tab becomes visible again, and every 20 s while
 * entries wait. `send` maps an entry's kind to its tRPC mutation. Render it with `key={userId}`.
 */
export function OutboxProvider({ userId, send, children }: { userId: string; send: SendEntry; children: ReactNode }) {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);

  // The latest `send` without restarting the listeners whenever the parent renders a new function.
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);
  const sendLatest = useCallback<SendEntry>((kind, input) => sendRef.current(kind, input), []);

  const refresh = useCallback(async () => {
    try {
      setEntries(await getStore().list(userId));
    } catch {
      setEntries([]); // no IndexedDB: submit sends directly, so there is nothing to list
    }
  }, [userId]);

  const flush = useCallback(async (): Promise<FlushReport> => {
    const run = () => flushOutbox({ store: getStore(), userId, send: sendLatest, onSent: () => void refresh() });
    try {
      // One tab at a time sends (another tab holding the lock is already doing it); without the Web Locks
      // API, two tabs may both send, which the server's idempotency makes harmless.
      if (typeof navigator !== "undefined" && "locks" in navigator) {
        const report = await navigator.locks.request(`stridecare-outbox:${userId}`, { ifAvailable: true }, (lock) => (lock ? run() : null));
        return report ?? { sent: 0, rejected: 0, retryLater: false };
      }
      return await run();
    } catch {
      return nothingSent;
    } finally {
      await refresh();
    }
  }, [userId, sendLatest, refresh]);

  const submit = useCallback(
    async (kind: string, input: OutboxInput, label: string): Promise<SubmitResult> => {
      if (typeof input.clientId !== "string" || input.clientId === "") throw new Error("An outbox entry needs input.clientId");
      const entry: OutboxEntry = {
        clientId: input.clientId,
        userId,
        kind,
        input,
        label,
        createdAt: new Date().toISOString(),
        attempts: 0,
        state: "waiting",
        error: null,
      };
      try {
        return await submitEntry({ store: getStore(), entry, send: sendLatest, isOnline: !isOffline() });
      } finally {
        await refresh();
      }
    },
    [userId, sendLatest, refresh],
  );

  const discard = useCallback(
    async (clientId: string) => {
      try {
        const store = getStore();
        const entry = await store.get(clientId);
        if (entry?.userId === userId) await store.remove(clientId);
      } finally {
        await refresh();
      }
    },
    [userId, refresh],
  );

  useEffect(() => {
    const flushIfOnline = () => {
      if (isOffline()) void refresh();
      else void flush();
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === "visible") flushIfOnline();
    };
    flushIfOnline();
    window.addEventListener("online", flushIfOnline);
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      window.removeEventListener("online", flushIfOnline);
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [flush, refresh]);

  const hasWaiting = entries.some((e) => e.state === "waiting");
  useEffect(() => {
    if (!hasWaiting) return;
    const timer = window.setInterval(() => {
      if (!isOffline()) void flush();
    }, retryEveryMs);
    return () => window.clearInterval(timer);
  }, [hasWaiting, flush]);

  const value = useMemo<OutboxContextValue>(() => ({ entries, submit, discard, flush }), [entries, submit, discard, flush]);
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

/** The outbox of the nearest OutboxProvider. */
export function useOutbox(): OutboxContextValue {
  const value = useContext(OutboxContext);
  if (!value) throw new Error("useOutbox must be used inside <OutboxProvider>");
  return value;
}
