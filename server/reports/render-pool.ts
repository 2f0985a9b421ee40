/**
 * Renders report PDFs on worker threads so react-pdf's synchronous layout work never blocks the
 * request thread. A small hand-written pool, not piscina or the like: Next 16's Turbopack bundles a
 * Node worker entry only when it sees `new Worker(new URL("./file.ts", import.meta.url), …)` written
 * literally at the call site (vercel/next.js#93432, 16.4); a library that builds the Worker from a
 * filename we pass it would ship an unbundled path the production server cannot load.
 */
import { Worker } from "node:worker_threads";
import type { ReportModel } from "@/server/domain/reports/report-model";
import { env } from "@/server/env";
import type { RenderReply, RenderRequest } from "./render-worker";

/** The render took longer than its budget; its worker was terminated. */
export class RenderTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`PDF render took longer than ${timeoutMs} ms`);
    this.name = "RenderTimeoutError";
  }
}

/** Every worker is busy and the waiting line is full: shed load now rather than queue without bound. */
export class RenderBusyError extends Error {
  constructor(queue: number) {
    super(`PDF renderer busy: ${queue} renders already waiting`);
    this.name = "RenderBusyError";
  }
}

export type RenderPoolOptions = {
  /** Most worker threads at once. Each has its own heap with react-pdf and the fonts (~130 MB RSS here): keep it at or below the core count. */
  size?: number;
  /** Most renders waiting for a worker; one more is refused with RenderBusyError. */
  queue?: number;
  /** Default budget of one render from the moment a worker takes it (a fresh worker's ~0.5–1 s start-up counts; waiting in line does not). */
  timeoutMs?: number;
};

export type RenderPool = {
  render(model: ReportModel, opts?: { timeoutMs?: number }): Promise<Uint8Array>;
  /** Rejects whatever is running or waiting and terminates the workers. */
  close(): Promise<void>;
  stats(): { workers: number; busy: number; waiting: number };
};

type Task = {
  id: number;
  model: ReportModel;
  timeoutMs: number;
  resolve: (pdf: Uint8Array) => void;
  reject: (error: Error) => void;
};
type Slot = { worker: Worker; task: Task | null; timer: NodeJS.Timeout | null };

export const DEFAULT_POOL_SIZE = 2;
export const DEFAULT_QUEUE = 16;
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Under Vitest and `tsx` scripts this module runs from its .ts source, so the worker URL points at
 * render-worker.ts, which plain node cannot load. The worker is preloaded with a module that calls
 * tsx's ESM `register()` (which also honours the `@/` tsconfig paths), resolved from here so the
 * working folder does not matter; that starts a worker about a second sooner here than the whole
 * `--import tsx` with its CommonJS hooks. In a Next bundle the worker is a built chunk and needs
 * nothing; there `import.meta.url` still names the .ts source (and has no `resolve`), so Next's own
 * NEXT_RUNTIME marker is what tells the two apart.
 */
function sourceExecArgv(): string[] | undefined {
  // eslint-disable-next-line no-restricted-properties -- Next's own runtime marker, not configuration (see above).
  if (process.env.NEXT_RUNTIME || !/\.tsx?$/.test(import.meta.url)) return undefined;
  const tsxApi = import.meta.resolve("tsx/esm/api");
  return ["--import", `data:text/javascript,import{register}from${JSON.stringify(tsxApi)};register()`];
}

/** A pool of at most `size` PDF render workers, kept alive between renders so react-pdf and the fonts load once. */
export function createRenderPool({ size = DEFAULT_POOL_SIZE, queue = DEFAULT_QUEUE, timeoutMs = DEFAULT_TIMEOUT_MS }: RenderPoolOptions = {}): RenderPool {
  const slots: Slot[] = [];
  const waiting: Task[] = [];
  let nextId = 1;
  let closed = false;
  const execArgv = sourceExecArgv();

  function spawn(): Slot {
    // Keep this expression literal: it is what Turbopack recognises and bundles (see the file comment).
    const worker = new Worker(new URL("./render-worker.ts", import.meta.url), { name: "report-render", execArgv });
    const slot: Slot = { worker, task: null, timer: null };
    worker.unref(); // idle workers must not keep a script or test run alive
    worker.on("message", (reply: RenderReply) => settle(slot, reply));
    // A crash fails only the render it was running; the next render spawns a fresh worker.
    worker.on("error", (error) => retire(slot, error));
    worker.on("exit", (code) => retire(slot, new Error(`PDF render worker exited with code ${code}`)));
    slots.push(slot);
    return slot;
  }

  /** Forgets a worker (idempotent) and fails its render, if any. */
  function retire(slot: Slot, error: Error): void {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    const task = finish(slot);
    void slot.worker.terminate();
    task?.reject(error);
    pump();
  }

  function finish(slot: Slot): Task | null {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    slot.worker.unref();
    return task;
  }

  function settle(slot: Slot, reply: RenderReply): void {
    if (!slot.task || slot.task.id !== reply.id) return; // a late reply for a render already given up on
    const task = finish(slot);
    if ("pdf" in reply) task?.resolve(reply.pdf);
    else task?.reject(new Error(`PDF render failed: ${reply.error}`));
    pump();
  }

  function start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref(); // a render in flight keeps the process alive until it answers
    // A stuck render holds its thread forever: only terminating the worker gets the thread back.
    slot.timer = setTimeout(() => retire(slot, new RenderTimeoutError(task.timeoutMs)), task.timeoutMs);
    slot.worker.postMessage({ id: task.id, model: task.model } satisfies RenderRequest);
  }

  /** Hands waiting renders to idle workers, spawning (or replacing retired ones) up to `size`. */
  function pump(): void {
    while (!closed && waiting.length > 0) {
      const slot = slots.find((s) => s.task === null) ?? (slots.length < size ? spawn() : null);
      if (!slot) return;
      start(slot, waiting.shift()!);
    }
  }

  return {
    render(model, opts) {
      if (closed) return Promise.reject(new Error("PDF render pool is closed"));
      const hasWorker = slots.length < size || slots.some((s) => s.task === null);
      if (!hasWorker && waiting.length >= queue) return Promise.reject(new RenderBusyError(queue));
      return new Promise<Uint8Array>((resolve, reject) => {
        waiting.push({ id: nextId++, model, timeoutMs: opts?.timeoutMs ?? timeoutMs, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      const error = new Error("PDF render pool closed");
      for (const task of waiting.splice(0)) task.reject(error);
      const all = slots.splice(0);
      for (const slot of all) finish(slot)?.reject(error);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
    stats() {
      return { workers: slots.length, busy: slots.filter((s) => s.task !== null).length, waiting: waiting.length };
    },
  };
}

let shared: RenderPool | null = null;
let sharedOptions: RenderPoolOptions | null = null;

/** The shared pool's settings: those given to configureRenderPool, else REPORT_RENDER_* of the environment, else the defaults. */
function sharedPoolOptions(): RenderPoolOptions {
  if (sharedOptions) return sharedOptions;
  const e = env();
  return { size: e.REPORT_RENDER_WORKERS, queue: e.REPORT_RENDER_QUEUE, timeoutMs: e.REPORT_RENDER_TIMEOUT_MS };
}

/** Renders one report to PDF bytes on the shared pool; rejects with RenderBusyError or RenderTimeoutError under overload. */
export function renderReportPdf(model: ReportModel, opts?: { timeoutMs?: number }): Promise<Uint8Array> {
  shared ??= createRenderPool(sharedPoolOptions());
  return shared.render(model, opts);
}

/**
 * Closes the shared pool and gives the next one these settings instead of the environment's (null
 * returns to the environment's). For tests and benchmarks that need a pool of a known size, queue or budget.
 */
export async function configureRenderPool(options: RenderPoolOptions | null): Promise<void> {
  await closeRenderPool();
  sharedOptions = options;
}

/** Closes the shared pool (tests and benchmarks); the next renderReportPdf starts a new one. */
export async function closeRenderPool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}
