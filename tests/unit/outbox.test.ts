import "fake-indexeddb/auto";
import { TRPCClientError } from "@trpc/client";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { flushOutbox, isRetryable, submitEntry, type SendEntry } from "@/app/_components/outbox/flush";
import { createOutboxStore, type OutboxEntry, type OutboxStore } from "@/app/_components/outbox/store";

// A new, empty IndexedDB for every test; stores created afterwards open it on first use.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

let seq = 0;
function entryOf(userId: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  seq += 1;
  return {
    clientId: `client-${seq}`,
    userId,
    kind: "run",
    input: { clientId: `client-${seq}`, date: "2026-03-03", runMinutes: 20 },
    label: `Run ${seq}`,
    createdAt: new Date(Date.UTC(2026, 2, 3, 7, 0, seq)).toISOString(),
    attempts: 0,
    state: "waiting",
    error: null,
    ...overrides,
  };
}

/** What a tRPC mutation rejects with when the server answered with an error (see server/api/trpc.ts). */
function serverError(code: string, httpStatus: number, message: string): TRPCClientError<never> {
  return TRPCClientError.from({ error: { code: -32000, message, data: { code, httpStatus, path: "portal.logRun", zodError: null } } });
}

const networkError = () => new TypeError("Failed to fetch");

/** A `send` that records what it sent and answers from `answer` (a result, or an error to throw). */
function fakeSend(answer: (kind: string, input: unknown) => unknown = () => ({ ok: true })) {
  const sent: unknown[] = [];
  const send = vi.fn<SendEntry>(async (kind, input) => {
    sent.push(input);
    const result = answer(kind, input);
    if (result instanceof Error) throw result;
    return result;
  });
  return { send, sent };
}

const idOf = (input: unknown) => (input as { clientId: string }).clientId;

async function putAll(store: OutboxStore, entries: OutboxEntry[]) {
  for (const e of entries) await store.put(e);
}

describe("outbox store", () => {
  it("keeps entries across store instances (a reload or a closed tab)", async () => {
    const entry = entryOf("athlete-a");
    await createOutboxStore().put(entry);

    const reopened = createOutboxStore();
    expect(await reopened.list("athlete-a")).toEqual([entry]);
    expect(await reopened.get(entry.clientId)).toEqual(entry);
  });

  it("lists only the given user's entries, oldest first", async () => {
    const store = createOutboxStore();
    const later = entryOf("athlete-a", { createdAt: "2026-03-03T09:00:00.000Z" });
    const other = entryOf("athlete-b");
    const earlier = entryOf("athlete-a", { createdAt: "2026-03-02T09:00:00.000Z" });
    await putAll(store, [later, other, earlier]);

    expect(await store.list("athlete-a")).toEqual([earlier, later]);
    expect(await store.list("athlete-b")).toEqual([other]);
    expect(await store.list("athlete-c")).toEqual([]);
  });

  it("removes by clientId", async () => {
    const store = createOutboxStore();
    const entry = entryOf("athlete-a");
    await store.put(entry);
    await store.remove(entry.clientId);
    expect(await store.list("athlete-a")).toEqual([]);
  });
});

describe("isRetryable", () => {
  it.each([
    ["BAD_REQUEST", 400, false],
    ["UNAUTHORIZED", 401, true],
    ["FORBIDDEN", 403, false],
    ["NOT_FOUND", 404, false],
    ["TIMEOUT", 408, true],
    ["CONFLICT", 409, false],
    ["PRECONDITION_FAILED", 412, false],
    ["UNPROCESSABLE_CONTENT", 422, false],
    ["TOO_MANY_REQUESTS", 429, true],
    ["INTERNAL_SERVER_ERROR", 500, true],
    ["BAD_GATEWAY", 502, true],
    ["SERVICE_UNAVAILABLE", 503, true],
  ])("%s (%i) → %s", (code, status, expected) => {
    expect(isRetryable(serverError(code, status, "x"))).toBe(expected);
  });

  it("treats failures without an answer from the server as retryable", () => {
    expect(isRetryable(networkError())).toBe(true);
    expect(isRetryable(TRPCClientError.from(networkError()))).toBe(true);
    expect(isRetryable(new DOMException("The operation was aborted", "AbortError"))).toBe(true);
  });

  it("reads the status from error.shape when data is missing", () => {
    expect(isRetryable({ shape: { data: { httpStatus: 409 } } })).toBe(false);
    expect(isRetryable({ shape: { data: { httpStatus: 503 } } })).toBe(true);
  });
});

describe("flushOutbox", () => {
  it("sends waiting entries oldest first and removes each one sent", async () => {
    const store = createOutboxStore();
    const second = entryOf("athlete-a", { createdAt: "2026-03-03T08:00:00.000Z" });
    const first = entryOf("athlete-a", { createdAt: "2026-03-01T08:00:00.000Z" });
    const third = entryOf("athlete-a", { createdAt: "2026-03-04T08:00:00.000Z" });
    await putAll(store, [second, third, first]);
    const { send, sent } = fakeSend((_kind, input) => ({ logId: `log-${idOf(input)}` }));
    const onSent = vi.fn();

    const report = await flushOutbox({ store, userId: "athlete-a", send, onSent });

    expect(sent.map(idOf)).toEqual([first.clientId, second.clientId, third.clientId]);
    expect(send).toHaveBeenCalledWith("run", first.input);
    expect(report).toEqual({ sent: 3, rejected: 0, retryLater: false });
    expect(await store.list("athlete-a")).toEqual([]);
    expect(onSent).toHaveBeenNthCalledWith(1, first, { logId: `log-${first.clientId}` });
  });

  it("never sends another user's entries, and leaves them on the device", async () => {
    const store = createOutboxStore();
    const mine = entryOf("athlete-a");
    const theirs = entryOf("athlete-b");
    await putAll(store, [theirs, mine]);
    const { send, sent } = fakeSend();

    await flushOutbox({ store, userId: "athlete-a", send });

    expect(sent.map(idOf)).toEqual([mine.clientId]);
    expect(await store.list("athlete-b")).toEqual([theirs]);
  });

  it("ignores other users' entries even from a store that does not filter", async () => {
    const theirs = entryOf("athlete-b");
    const leaky: OutboxStore = { put: vi.fn(), remove: vi.fn(), get: vi.fn(), list: async () => [theirs] };
    const { send } = fakeSend();

    await flushOutbox({ store: leaky, userId: "athlete-a", send });

    expect(send).not.toHaveBeenCalled();
  });

  it("keeps an entry on a network failure, counts the attempt and stops the round", async () => {
    const store = createOutboxStore();
    const first = entryOf("athlete-a");
    const second = entryOf("athlete-a");
    await putAll(store, [first, second]);
    const { send, sent } = fakeSend(() => networkError());

    const report = await flushOutbox({ store, userId: "athlete-a", send });

    expect(report).toEqual({ sent: 0, rejected: 0, retryLater: true });
    expect(sent.map(idOf)).toEqual([first.clientId]);
    const [kept, untouched] = await store.list("athlete-a");
    expect(kept).toMatchObject({ clientId: first.clientId, state: "waiting", attempts: 1 });
    expect(kept?.error).toEqual(expect.any(String));
    expect(untouched).toEqual(second);

    await flushOutbox({ store, userId: "athlete-a", send });
    expect((await store.get(first.clientId))?.attempts).toBe(2);
  });

  it.each([
    ["a 5xx", () => serverError("INTERNAL_SERVER_ERROR", 500, "Something went wrong. Please try again.")],
    ["a 429", () => serverError("TOO_MANY_REQUESTS", 429, "Slow down")],
    ["a tRPC error without a status", () => TRPCClientError.from(networkError())],
  ])("keeps an entry waiting on %s", async (_name, error) => {
    const store = createOutboxStore();
    const entry = entryOf("athlete-a");
    await store.put(entry);

    await flushOutbox({ store, userId: "athlete-a", send: fakeSend(error).send });

    expect(await store.get(entry.clientId)).toMatchObject({ state: "waiting", attempts: 1 });
  });

  it("keeps an entry waiting when the session has expired (401)", async () => {
    const store = createOutboxStore();
    const entry = entryOf("athlete-a");
    await store.put(entry);

    const report = await flushOutbox({ store, userId: "athlete-a", send: fakeSend(() => serverError("UNAUTHORIZED", 401, "Sign in to continue")).send });

    expect(report.retryLater).toBe(true);
    expect(await store.get(entry.clientId)).toMatchObject({ state: "waiting", attempts: 1 });
  });

  it("marks a refused entry rejected with the server's message, keeps it, and goes on with the next", async () => {
    const store = createOutboxStore();
    const refused = entryOf("athlete-a");
    const conflicting = entryOf("athlete-a");
    const fine = entryOf("athlete-a");
    await putAll(store, [refused, conflicting, fine]);
    const { send, sent } = fakeSend((_kind, input) => {
      if (idOf(input) === refused.clientId) return serverError("BAD_REQUEST", 400, "Run minutes must be 0 to 300");
      if (idOf(input) === conflicting.clientId) return serverError("CONFLICT", 409, "This entry was already sent with other values");
      return { ok: true };
    });

    const report = await flushOutbox({ store, userId: "athlete-a", send });

    expect(report).toEqual({ sent: 1, rejected: 2, retryLater: false });
    expect(sent.map(idOf)).toEqual([refused.clientId, conflicting.clientId, fine.clientId]);
    expect(await store.list("athlete-a")).toEqual([
      { ...refused, state: "rejected", attempts: 1, error: "Run minutes must be 0 to 300" },
      { ...conflicting, state: "rejected", attempts: 1, error: "This entry was already sent with other values" },
    ]);

    // Rejected entries are not sent again; they wait for the athlete to read and discard them.
    send.mockClear();
    await flushOutbox({ store, userId: "athlete-a", send });
    expect(send).not.toHaveBeenCalled();
  });

  it("shows the field problem of an invalid input", async () => {
    const store = createOutboxStore();
    const entry = entryOf("athlete-a");
    await store.put(entry);
    const invalid = TRPCClientError.from({
      error: { code: -32600, message: "Invalid input", data: { code: "BAD_REQUEST", httpStatus: 400, zodError: { formErrors: [], fieldErrors: { runMinutes: ["Too big"] } } } },
    });

    await flushOutbox({ store, userId: "athlete-a", send: fakeSend(() => invalid).send });

    expect((await store.get(entry.clientId))?.error).toBe("runMinutes: Too big");
  });

  it("runs once when flushed twice at the same time", async () => {
    const store = createOutboxStore();
    const first = entryOf("athlete-a");
    const second = entryOf("athlete-a");
    await putAll(store, [first, second]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sent: string[] = [];
    const send = vi.fn<SendEntry>(async (_kind, input) => {
      sent.push(idOf(input));
      await gate;
      return { ok: true };
    });

    const a = flushOutbox({ store, userId: "athlete-a", send });
    const b = flushOutbox({ store, userId: "athlete-a", send });
    expect(b).toBe(a);
    release();
    const [reportA, reportB] = await Promise.all([a, b]);

    expect(sent).toEqual([first.clientId, second.clientId]);
    expect(reportA).toEqual({ sent: 2, rejected: 0, retryLater: false });
    expect(reportB).toBe(reportA);
    expect(await store.list("athlete-a")).toEqual([]);

    // Once finished, a new flush runs again.
    await store.put(entryOf("athlete-a"));
    expect((await flushOutbox({ store, userId: "athlete-a", send })).sent).toBe(1);
  });
});

describe("submitEntry", () => {
  it("stores the entry and does not try while offline", async () => {
    const store = createOutboxStore();
    const entry = entryOf("athlete-a");
    const { send } = fakeSend();

    expect(await submitEntry({ store, entry, send, isOnline: false })).toEqual({ status: "queued" });
    expect(send).not.toHaveBeenCalled();
    expect(await createOutboxStore().list("athlete-a")).toEqual([entry]);
  });

  it("writes the entry to the device before sending it, and removes it once sent", async () => {
    const store = createOutboxStore();
    const entry = entryOf("athlete-a");
    let storedWhenSent: OutboxEntry | undefined;
    const send = vi.fn<SendEntry>(async () => {
      storedWhenSent = await store.get(entry.clientId);
      return { logId: "log-1" };
    });

    expect(await submitEntry({ store, entry, send, isOnline: true })).toEqual({ status: "sent", result: { logId: "log-1" } });
    expect(storedWhenSent).toEqual(entry);
    expect(await store.list("athlete-a")).toEqual([]);
  });

  it("queues on a retryable failure", async () => {
    const store = createOutboxStore();
    const entry = entryOf("athlete-a");

    expect(await submitEntry({ store, entry, send: fakeSend(() => networkError()).send, isOnline: true })).toEqual({ status: "queued" });
    expect(await store.get(entry.clientId)).toMatchObject({ state: "waiting", attempts: 1 });
  });

  it("hands a refusal back to the form and drops the entry from the queue", async () => {
    const store = createOutboxStore();
    const entry = entryOf("athlete-a");
    const refusal = serverError("BAD_REQUEST", 400, "Run minutes must be 0 to 300");

    expect(await submitEntry({ store, entry, send: fakeSend(() => refusal).send, isOnline: true })).toEqual({ status: "rejected", error: refusal });
    expect(await store.list("athlete-a")).toEqual([]);
  });

  it("sends older waiting entries first, and waits behind them when they cannot be sent", async () => {
    const store = createOutboxStore();
    const older = entryOf("athlete-a");
    await store.put(older);
    const { send, sent } = fakeSend();

    const entry = entryOf("athlete-a");
    expect(await submitEntry({ store, entry, send, isOnline: true })).toMatchObject({ status: "sent" });
    expect(sent.map(idOf)).toEqual([older.clientId, entry.clientId]);

    const stuck = entryOf("athlete-a");
    await store.put(stuck);
    const offline = fakeSend(() => networkError());
    const newer = entryOf("athlete-a");
    expect(await submitEntry({ store, entry: newer, send: offline.send, isOnline: true })).toEqual({ status: "queued" });
    expect(offline.sent.map(idOf)).toEqual([stuck.clientId]);
    expect((await store.list("athlete-a")).map((e) => e.clientId)).toEqual([stuck.clientId, newer.clientId]);
  });

  it("is not sent a second time by a flush that runs while it is being sent", async () => {
    const store = createOutboxStore();
    const entry = entryOf("athlete-a");
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let sending!: () => void;
    const isSending = new Promise<void>((resolve) => (sending = resolve));
    const sent: string[] = [];
    const send = vi.fn<SendEntry>(async (_kind, input) => {
      sent.push(idOf(input));
      sending();
      await gate;
      return { ok: true };
    });

    const submitting = submitEntry({ store, entry, send, isOnline: true });
    // The send itself says when it has started: no polling window that a slow machine could outlast.
    await isSending;
    expect(sent).toHaveLength(1);
    const flushing = flushOutbox({ store, userId: "athlete-a", send });
    const again = submitEntry({ store, entry, send, isOnline: true });
    release();

    expect(await submitting).toMatchObject({ status: "sent" });
    expect(await again).toMatchObject({ status: "sent" });
    expect((await flushing).sent).toBe(0);
    expect(sent).toEqual([entry.clientId]);
  });

  it("sends directly when the device cannot store it, and returns any failure to the form", async () => {
    const broken: OutboxStore = {
      put: async () => {
        throw new DOMException("IndexedDB is not available", "InvalidStateError");
      },
      remove: vi.fn(),
      get: vi.fn(),
      list: vi.fn(async () => []),
    };
    const entry = entryOf("athlete-a");

    expect(await submitEntry({ store: broken, entry, send: fakeSend(() => ({ logId: "x" })).send, isOnline: true })).toEqual({ status: "sent", result: { logId: "x" } });
    const offline = networkError();
    expect(await submitEntry({ store: broken, entry: entryOf("athlete-a"), send: fakeSend(() => offline).send, isOnline: true })).toEqual({
      status: "rejected",
      error: offline,
    });
  });
});
