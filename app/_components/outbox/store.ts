import { createStore, del, get, set, values, type UseStore } from "idb-keyval";

/**
 * One log kept on the device until the server has it. `clientId` is the idempotency key the server
 * deduplicates on, so sending the same entry twice is harmless.
 */
export type OutboxEntry = {
  clientId: string;
  /** The account that wrote it: only that account ever sends it. */
  userId: string;
  /** Which mutation sends it (the provider's `send` maps kinds to procedures). */
  kind: string;
  input: unknown;
  /** Shown to the athlete, e.g. "Run · Tue 3 Mar". */
  label: string;
  /** ISO timestamp; entries are sent oldest first. */
  createdAt: string;
  attempts: number;
  state: "waiting" | "rejected";
  /** The last failure, as text for the athlete. */
  error: string | null;
};

export type OutboxStore = {
  put(entry: OutboxEntry): Promise<void>;
  remove(clientId: string): Promise<void>;
  get(clientId: string): Promise<OutboxEntry | undefined>;
  /** This user's entries, oldest first. Other accounts' entries on a shared phone are never returned. */
  list(userId: string): Promise<OutboxEntry[]>;
};

export const outboxDbName = "stridecare-outbox";
export const outboxStoreName = "entries";

/**
 * The IndexedDB outbox. Nothing touches IndexedDB until the first call (safe to create during SSR), and
 * when IndexedDB is missing or refuses to open (some private modes) every call rejects, so callers can
 * fall back to sending directly.
 */
export function createOutboxStore(): OutboxStore {
  let idb: UseStore | undefined;
  const idbStore = (): UseStore => (idb ??= createStore(outboxDbName, outboxStoreName));
  return {
    async put(entry) {
      await set(entry.clientId, entry, idbStore());
    },
    async remove(clientId) {
      await del(clientId, idbStore());
    },
    async get(clientId) {
      const value: unknown = await get(clientId, idbStore());
      return isOutboxEntry(value) ? value : undefined;
    },
    async list(userId) {
      const all: unknown[] = await values(idbStore());
      return all.filter((e): e is OutboxEntry => isOutboxEntry(e) && e.userId === userId).sort(byAge);
    },
  };
}

function byAge(a: OutboxEntry, b: OutboxEntry): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0;
}

/** Rows written by an older build, or by hand, are skipped rather than sent. */
function isOutboxEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== "object" || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.clientId === "string" &&
    typeof e.userId === "string" &&
    typeof e.kind === "string" &&
    typeof e.label === "string" &&
    typeof e.createdAt === "string" &&
    typeof e.attempts === "number" &&
    (e.state === "waiting" || e.state === "rejected")
  );
}
