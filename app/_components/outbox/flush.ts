import { TRPCClientError } from "@trpc/client";
import type { OutboxEntry, OutboxStore } from "./store";

/** Sends one entry's input to the mutation named by `kind`; rejects with the transport's error. */
export type SendEntry = (kind: string, input: unknown) => Promise<unknown>;

export type FlushReport = {
  sent: number;
  rejected: number;
  /** A retryable failure stopped the round: the rest waits for the next trigger. */
  retryLater: boolean;
};

export type SubmitResult = { status: "sent"; result: unknown } | { status: "queued" } | { status: "rejected"; error: unknown };

// Module state, shared by every provider in the tab: the run in progress per user (single flight), the
// clientIds being sent right now (a flush skips them) and submits in progress (a double tap shares one).
const runs = new Map<string, Promise<FlushReport>>();
const sending = new Set<string>();
const submits = new Map<string, Promise<SubmitResult>>();

/** The HTTP status of a failed tRPC call (`error.data.httpStatus`, else `error.shape.data.httpStatus`), if the server answered. */
function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { data?: { httpStatus?: unknown } | null; shape?: { data?: { httpStatus?: unknown } | null } | null };
  const status = e.data?.httpStatus ?? e.shape?.data?.httpStatus;
  return typeof status === "number" ? status : undefined;
}

/**
 * Whether a failed send is worth trying again later: no answer at all (offline, fetch TypeError, a
 * TRPCClientError without an HTTP status, a non-JSON answer from a captive portal), 5xx, 408, 429, and
 * 401 (the session expired: the entry waits until the athlete signs in again). Any other 4xx is the
 * server refusing this entry, and sending it again would get the same answer.
 */
export function isRetryable(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status === undefined) return true;
  return status >= 500 || status === 408 || status === 429 || status === 401;
}

/** A short text for the athlete about why an entry is not sent. */
export function describeSendError(error: unknown): string {
  const status = httpStatusOf(error);
  if (status === undefined) return "No connection to StrideCare.";
  if (status === 401) return "You were signed out. Sign in again to send it.";
  if (status === 429) return "Too many tries just now. It will be sent shortly.";
  if (status >= 500 || status === 408) return "StrideCare could not be reached just now.";
  if (error instanceof TRPCClientError) {
    const zod = (error.data as { zodError?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } | null } | undefined)?.zodError;
    const field = zod && Object.entries(zod.fieldErrors ?? {}).find(([, messages]) => messages?.length);
    if (zod?.formErrors?.[0]) return zod.formErrors[0];
    if (field) return `${field[0]}: ${field[1]?.[0] ?? "invalid"}`;
    return error.message;
  }
  return error instanceof Error ? error.message : "The entry was refused.";
}

/**
 * Sends this user's waiting entries, oldest first and one at a time. Sent → removed. Retryable failure →
 * kept (attempts + 1, error text) and the round stops, so later entries never overtake it. Refused (4xx)
 * → kept as `rejected` with the server's message for the athlete to read and discard, and the round goes
 * on. Concurrent calls for the same user share one run.
 */
export function flushOutbox(deps: {
  store: OutboxStore;
  userId: string;
  send: SendEntry;
  onSent?: (entry: OutboxEntry, result: unknown) => void;
}): Promise<FlushReport> {
  const running = runs.get(deps.userId);
  if (running) return running;
  const run = runFlush(deps).finally(() => {
    if (runs.get(deps.userId) === run) runs.delete(deps.userId);
  });
  runs.set(deps.userId, run);
  return run;
}

async function runFlush({ store, userId, send, onSent }: Parameters<typeof flushOutbox>[0]): Promise<FlushReport> {
  const report: FlushReport = { sent: 0, rejected: 0, retryLater: false };
  for (const entry of await store.list(userId)) {
    // The store already filters by user; checked again because sending under the wrong account is the one
    // mistake this queue must never make.
    if (entry.userId !== userId || entry.state !== "waiting" || sending.has(entry.clientId)) continue;
    sending.add(entry.clientId);
    try {
      let result: unknown;
      try {
        result = await send(entry.kind, entry.input);
      } catch (error) {
        if (isRetryable(error)) {
          await updateIfPresent(store, { ...entry, attempts: entry.attempts + 1, error: describeSendError(error) });
          report.retryLater = true;
          return report;
        }
        await updateIfPresent(store, { ...entry, attempts: entry.attempts + 1, state: "rejected", error: describeSendError(error) });
        report.rejected += 1;
        continue;
      }
      await store.remove(entry.clientId);
      report.sent += 1;
      try {
        onSent?.(entry, result);
      } catch (error) {
        console.error("[outbox] onSent failed", error);
      }
    } finally {
      sending.delete(entry.clientId);
    }
  }
  return report;
}

/** Writes the new state unless the entry was discarded meanwhile (a failed send must not bring it back). */
async function updateIfPresent(store: OutboxStore, entry: OutboxEntry): Promise<void> {
  if (await store.get(entry.clientId)) await store.put(entry);
}

/**
 * Keeps a new entry on the device first, then sends it. Offline → `queued` without trying. Older waiting
 * entries are flushed first so the server receives logs in the order they were made; if that round stops
 * on a retryable failure the new entry waits behind them (`queued`). Retryable failure → `queued`.
 * Refused → removed from the queue and returned as `rejected` (the form still holds the athlete's input
 * and shows the error). When the store cannot be written (IndexedDB unavailable, e.g. some private modes)
 * nothing would survive a reload, so it sends directly and any failure is `rejected` for the form to show.
 * A second submit of the same clientId while the first is in progress shares the first.
 */
export function submitEntry(deps: { store: OutboxStore; entry: OutboxEntry; send: SendEntry; isOnline: boolean }): Promise<SubmitResult> {
  const { clientId } = deps.entry;
  const pending = submits.get(clientId);
  if (pending) return pending;
  const submit = runSubmit(deps).finally(() => submits.delete(clientId));
  submits.set(clientId, submit);
  return submit;
}

async function runSubmit({ store, entry, send, isOnline }: Parameters<typeof submitEntry>[0]): Promise<SubmitResult> {
  const { clientId } = entry;
  const isMine = !sending.has(clientId);
  sending.add(clientId);
  try {
    try {
      await store.put(entry);
    } catch {
      try {
        return { status: "sent", result: await send(entry.kind, entry.input) };
      } catch (error) {
        return { status: "rejected", error };
      }
    }
    if (!isOnline) return { status: "queued" };

    let hasOlder = runs.has(entry.userId);
    try {
      hasOlder ||= (await store.list(entry.userId)).some((e) => e.state === "waiting" && !sending.has(e.clientId));
    } catch {
      // Ordering is best effort; the new entry is already stored.
    }
    if (hasOlder) {
      const report = await flushOutbox({ store, userId: entry.userId, send }).catch((): FlushReport => ({ sent: 0, rejected: 0, retryLater: true }));
      if (report.retryLater) return { status: "queued" };
    }

    try {
      const result = await send(entry.kind, entry.input);
      // If this fails the entry stays and is sent again later; the server answers with the first result.
      await store.remove(clientId).catch(() => undefined);
      return { status: "sent", result };
    } catch (error) {
      if (isRetryable(error)) {
        await updateIfPresent(store, { ...entry, attempts: entry.attempts + 1, error: describeSendError(error) }).catch(() => undefined);
        return { status: "queued" };
      }
      await store.remove(clientId).catch(() => undefined);
      return { status: "rejected", error };
    }
  } finally {
    if (isMine) sending.delete(clientId);
  }
}
