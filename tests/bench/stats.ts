import { performance } from "node:perf_hooks";

export type Summary = { median: number; p95: number; p99: number; max: number };

/** Quantiles of timings in ms, to 0.1 ms. */
export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

/** Times `runs` calls of `fn` after 3 warm-ups; `pauseMs` between calls lets the event loop serve others. */
export async function time(fn: () => Promise<unknown>, runs: number, pauseMs = 0): Promise<Summary> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return summarise(samples);
}
