/**
 * Benchmark of PDF report rendering: on the main thread vs through the worker pool
 * (server/reports/render-pool.ts), and what each does to a light request served by the same process.
 * All figures come from one run: `npm run bench:reports` (BENCH_RUNS renders per case, default 20;
 * BENCH_REQUESTS light requests per phase, default 200). Exits non-zero when the pool's warm median
 * is over the 300 ms budget.
 */
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { renderToBuffer } from "@react-pdf/renderer";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { buildReportModel, type ReportInput } from "@/server/domain/reports/report-model";
import { ReportDocument } from "@/server/reports/report-document";
import { closeRenderPool, DEFAULT_POOL_SIZE, renderReportPdf } from "@/server/reports/render-pool";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const BUDGET_MEDIAN_MS = 300;
const EXPECTED_PAGES = 3;

const day = (offset: number) => new Date(Date.UTC(2026, 8, 1 + offset)).toISOString().slice(0, 10);

/** A twelve-week progress report sized to print on three pages. */
const input: ReportInput = {
  kind: "progress", paper: "A4", issuedOn: "2026-11-26", period: { from: day(0), to: day(84) },
  clinic: { name: "Demo Clinic" }, therapist: { name: "Sam Patel", registration: "PH12345" },
  athlete: { name: "Jordan Rivera", dateOfBirth: "1990-04-02", reference: "A-1D063A3D" },
  runs: Array.from({ length: 36 }, (_, i) => ({
    date: day(2 * i), peak: i % 5, sessionClass: i % 7 === 0 ? "AMBER" as const : "GREEN" as const, runMinutes: 12 + i, symptomFreeMinutes: 8 + i,
  })),
  outcomes: [
    { instrument: "LEFS", baseline: { date: day(0), score: 42 }, latest: { date: day(83), score: 61 } },
    { instrument: "LEFS", baseline: { date: day(0), score: 40 }, latest: null },
  ],
  findings: Array.from({ length: 12 }, (_, i) => ({
    label: `Re-test finding ${i + 1}`, unit: "cm", baseline: 8, latest: 10.5, change: 2.5, direction: "better" as const, mcidLabel: "MDC 1.6 cm", passesMcid: i % 3 !== 0,
  })),
  redFlags: [{ raisedOn: day(10), urgency: "urgent", triggers: ["T-U1"], handledOn: day(11), handling: "Referred to GP" }],
  program: {
    name: "Return to run",
    exercises: Array.from({ length: 8 }, (_, i) => ({ name: `Exercise ${i + 1}`, dose: "3 × 12 reps, 5/week" })),
  },
  plan: {
    stage: "S4", weeklyRunMinutes: 60,
    decisions: Array.from({ length: 12 }, (_, i) => ({ weekIndex: i, decision: i % 4 === 3 ? "HOLD" : "PROGRESS", reason: "Progress: 3 green runs, peak ≤ 2/10" })),
  },
  adherence: { exercise: 86, run: 92, overall: 89 },
  weeks: Array.from({ length: 12 }, (_, i) => ({ startDate: day(7 * i), plannedRunMinutes: 36 + 4 * i, runMinutes: 34 + 4 * i, load: 100 + 10 * i, maxPeak: i % 4 })),
  impression: "Improving steadily and symptom-free on flat routes; hills still bring on tingling after 20 minutes. ".repeat(4),
  planText: "Continue S4; add one hilly route a week once two flat weeks stay green; review in 2 weeks. ".repeat(3),
  discharge: null,
};
const model = buildReportModel(input);

type Summary = { median: number; p95: number; p99: number; max: number };
function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

async function time(fn: () => Promise<unknown>): Promise<Summary> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise).numPages;
}

const renderOnMainThread = async () => new Uint8Array(await renderToBuffer(ReportDocument({ model })));

/** `concurrency` loops rendering back to back until stopped; `stop` resolves to renders per second. */
function keepRendering(render: () => Promise<unknown>, concurrency: number): { stop: () => Promise<number> } {
  let running = true;
  let done = 0;
  const begin = performance.now();
  const loops = Array.from({ length: concurrency }, async () => {
    while (running) {
      await render();
      done++;
    }
  });
  return { stop: async () => { running = false; await Promise.all(loops); return done / ((performance.now() - begin) / 1000); } };
}

/** Sequential GETs of the light endpoint: one at a time, so each latency is that of a lone request. */
async function requestLatencies(port: number, agent: Agent, count: number): Promise<Summary> {
  const get = () => new Promise<void>((resolve, reject) => {
    const req = request({ port, path: "/ping", agent }, (res) => {
      res.resume();
      res.on("end", resolve);
    });
    req.on("error", reject);
    req.end();
  });
  for (let i = 0; i < 20; i++) await get(); // warm-up: sockets, JIT
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await get();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

async function main(): Promise<void> {
  const first = await renderOnMainThread();
  const pages = await pageCount(first);
  console.info(`fixture: ${pages} pages, ${Math.round(first.byteLength / 1024)} KiB`);
  if (pages !== EXPECTED_PAGES) throw new Error(`The fixture should print on ${EXPECTED_PAGES} pages, got ${pages}`);

  // (a) and (b): render latency, warm. The pool is warmed with parallel renders so every worker has
  // loaded react-pdf and the fonts before timing starts.
  const mainThread = await time(renderOnMainThread);
  await Promise.all(Array.from({ length: 2 * DEFAULT_POOL_SIZE }, () => renderReportPdf(model)));
  const poolPages = await pageCount(await renderReportPdf(model));
  if (poolPages !== EXPECTED_PAGES) throw new Error(`The pool's PDF has ${poolPages} pages, expected ${EXPECTED_PAGES}`);
  const pooled = await time(() => renderReportPdf(model));

  console.info(`renders per case: ${RUNS} (after 3 warm-ups)`);
  console.info(`(a) main thread, renderToBuffer   median ${String(mainThread.median).padStart(6)} ms  p95 ${String(mainThread.p95).padStart(6)} ms`);
  console.info(`(b) worker pool (${DEFAULT_POOL_SIZE} workers)        median ${String(pooled.median).padStart(6)} ms  p95 ${String(pooled.p95).padStart(6)} ms  (${(pooled.median / mainThread.median).toFixed(2)} × main thread)`);
  const pass = pooled.median <= BUDGET_MEDIAN_MS;
  console.info(`    budget: pool median ≤ ${BUDGET_MEDIAN_MS} ms → ${pass ? "PASS" : "FAIL"}`);

  // (c) a light request on the same process while reports render: as many renders in flight as the
  // pool has workers, in both cases.
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const rows: { phase: string; summary: Summary; rendersPerSecond: number | null }[] = [];
  try {
    rows.push({ phase: "(i) idle", summary: await requestLatencies(port, agent, REQUESTS), rendersPerSecond: null });

    const onMain = keepRendering(renderOnMainThread, DEFAULT_POOL_SIZE);
    const duringMain = await requestLatencies(port, agent, REQUESTS);
    rows.push({ phase: "(ii) renders on main thread", summary: duringMain, rendersPerSecond: await onMain.stop() });

    const onPool = keepRendering(() => renderReportPdf(model), DEFAULT_POOL_SIZE);
    const duringPool = await requestLatencies(port, agent, REQUESTS);
    rows.push({ phase: "(iii) renders in worker pool", summary: duringPool, rendersPerSecond: await onPool.stop() });
  } finally {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
    await closeRenderPool();
  }

  console.info(`\n(c) light JSON request on the same process, ${REQUESTS} sequential requests per phase, ${DEFAULT_POOL_SIZE} renders in flight`);
  console.info(`${"phase".padEnd(30)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)} ${"renders/s".padStart(10)}`);
  for (const r of rows) {
    const rate = r.rendersPerSecond === null ? "—" : r.rendersPerSecond.toFixed(1);
    console.info(`${r.phase.padEnd(30)} ${String(r.summary.median).padStart(8)} ${String(r.summary.p99).padStart(8)} ${String(r.summary.max).padStart(8)} ${rate.padStart(10)}`);
  }
  if (!pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
