/**
 * Benchmark of PDF report rendering: on the main thread vs through the worker pool
 * (server/reports/render-pool.ts), and what each does to a light request served by the same process.
 * All figures come from one run: `npm run bench:reports` (BENCH_RUNS renders per case, default 20;
 * BENCH_REQUESTS light requests per phase, at least, default 100); about a minute on a 2-core box.
 * Exits non-zero when the pool's warm median is over the 300 ms budget.
 */
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { renderToBuffer } from "@react-pdf/renderer";
import { buildReportModel } from "@/server/domain/reports/report-model";
import { ReportDocument } from "@/server/reports/report-document";
import { closeRenderPool, DEFAULT_POOL_SIZE, renderReportPdf } from "@/server/reports/render-pool";
import { pdfText } from "../helpers/pdf-text";
import { reportInputFixture } from "../helpers/report-fixture";
import { summarise, time, type Summary } from "./stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
/** Pause between light requests, so the client loop does not itself take a core from the renders. */
const THINK_MS = 5;
/** Each phase of (c) also lasts at least this long, so its render rate means something. */
const MIN_PHASE_S = 5;
const BUDGET_MEDIAN_MS = 300;
const EXPECTED_PAGES = 3;

/** The shared three-page progress report (tests/helpers/report-fixture.ts). */
const model = buildReportModel(reportInputFixture);

const pageCount = async (pdf: Uint8Array) => (await pdfText(pdf)).pages;

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
      // Each render here stands for one report request, which arrives as I/O. Without this turn of
      // the event loop, back-to-back main-thread renders chain only microtasks and starve I/O entirely.
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  return { stop: async () => { running = false; await Promise.all(loops); return done / ((performance.now() - begin) / 1000); } };
}

/** Sequential GETs of the light endpoint, THINK_MS apart: one at a time, so each latency is that of a lone request. */
async function requestLatencies(port: number, agent: Agent, count: number): Promise<Summary & { n: number }> {
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
  const begin = performance.now();
  while (samples.length < count || performance.now() - begin < MIN_PHASE_S * 1000) {
    const start = performance.now();
    await get();
    samples.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, THINK_MS));
  }
  return { ...summarise(samples), n: samples.length };
}

async function main(): Promise<void> {
  const first = await renderOnMainThread();
  const pages = await pageCount(first);
  console.info(`fixture: ${pages} pages, ${Math.round(first.byteLength / 1024)} KiB`);
  if (pages !== EXPECTED_PAGES) throw new Error(`The fixture should print on ${EXPECTED_PAGES} pages, got ${pages}`);

  // (a) and (b): render latency, warm. The pool is warmed with parallel renders so every worker has
  // loaded react-pdf and the fonts before timing starts.
  const mainThread = await time(renderOnMainThread, RUNS, THINK_MS);
  await Promise.all(Array.from({ length: 2 * DEFAULT_POOL_SIZE }, () => renderReportPdf(model)));
  const poolPages = await pageCount(await renderReportPdf(model));
  if (poolPages !== EXPECTED_PAGES) throw new Error(`The pool's PDF has ${poolPages} pages, expected ${EXPECTED_PAGES}`);
  const pooled = await time(() => renderReportPdf(model), RUNS, THINK_MS);

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
  const rows: { phase: string; summary: Summary & { n: number }; rendersPerSecond: number | null }[] = [];
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

  console.info(`\n(c) light JSON request on the same process: sequential, ${THINK_MS} ms apart, ≥ ${REQUESTS} requests and ≥ ${MIN_PHASE_S} s per phase; ${DEFAULT_POOL_SIZE} renders kept in flight in (ii) and (iii)`);
  console.info(`${"phase".padEnd(30)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)} ${"requests".padStart(9)} ${"renders/s".padStart(10)}`);
  for (const r of rows) {
    const rate = r.rendersPerSecond === null ? "—" : r.rendersPerSecond.toFixed(1);
    console.info(`${r.phase.padEnd(30)} ${String(r.summary.median).padStart(8)} ${String(r.summary.p99).padStart(8)} ${String(r.summary.max).padStart(8)} ${String(r.summary.n).padStart(9)} ${rate.padStart(10)}`);
  }
  if (!pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
