import { afterAll, afterEach, describe, expect, it } from "vitest";
import { buildReportModel, type ReportModel } from "@/server/domain/reports/report-model";
import { resetEnvCache } from "@/server/env";
import {
  closeRenderPool, configureRenderPool, createRenderPool, RenderBusyError, RenderTimeoutError, renderReportPdf,
  type RenderPool, type RenderPoolOptions,
} from "@/server/reports/render-pool";
import { pdfText } from "../helpers/pdf-text";
import { reportInputFixture as input } from "../helpers/report-fixture";

const model = buildReportModel(input);
const modelFor = (name: string): ReportModel => buildReportModel({ ...input, athlete: { ...input.athlete, name } });

const textOf = async (pdf: Uint8Array) => (await pdfText(pdf)).text;
const header = (pdf: Uint8Array) => Buffer.from(pdf.subarray(0, 5)).toString("latin1");

/**
 * Each new worker loads tsx, react-pdf and the fonts first (~1–2 s here, far more on a loaded
 * machine), so a pool under test gets a budget no slowness reaches before the test's own timeout;
 * only the tests of the budget set a tiny one.
 */
const UNREACHABLE_MS = 10 * 60_000;

const pools: RenderPool[] = [];
const pool = (options: RenderPoolOptions) => {
  const created = createRenderPool({ timeoutMs: UNREACHABLE_MS, ...options });
  pools.push(created);
  return created;
};
const savedEnv = { ...process.env };
afterEach(async () => {
  process.env = { ...savedEnv };
  resetEnvCache();
  await configureRenderPool(null);
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  await closeRenderPool();
});

describe("the PDF render pool", () => {
  it("renders the report off the main thread into a PDF with the athlete's name", async () => {
    const pdf = await renderReportPdf(model);
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(header(pdf)).toBe("%PDF-");
    expect(await textOf(pdf)).toContain("JordanRivera");
  }, 60_000);

  it("runs five renders at once on at most two workers, each with its own document", async () => {
    const twoWorkers = pool({ size: 2 });
    const names = ["Ada One", "Bo Two", "Cy Three", "Di Four", "Ed Five"];
    const pending = names.map((name) => twoWorkers.render(modelFor(name)));
    expect(twoWorkers.stats()).toEqual({ workers: 2, busy: 2, waiting: 3 });
    const pdfs = await Promise.all(pending);
    for (const [i, pdf] of pdfs.entries()) {
      expect(header(pdf)).toBe("%PDF-");
      expect(await textOf(pdf)).toContain(names[i]!.replace(/\s+/g, ""));
    }
    expect(twoWorkers.stats()).toEqual({ workers: 2, busy: 0, waiting: 0 });
  }, 60_000);

  it("gives up on a render past its timeout, terminates that worker, and renders the next one on a fresh worker", async () => {
    const one = pool({ size: 1 });
    await expect(one.render(model, { timeoutMs: 1 })).rejects.toBeInstanceOf(RenderTimeoutError);
    expect(one.stats().workers).toBe(0);
    expect(header(await one.render(model))).toBe("%PDF-");
    expect(one.stats().workers).toBe(1);
  }, 60_000);

  it("applies the pool's default timeout when the caller gives none", async () => {
    const hasty = pool({ size: 1, timeoutMs: 1 });
    await expect(hasty.render(model)).rejects.toThrow(/longer than 1 ms/);
  }, 60_000);

  it("refuses a render at once when every worker is busy and the queue is full", async () => {
    const tight = pool({ size: 1, queue: 1 });
    const running = tight.render(model);
    const queued = tight.render(model);
    await expect(tight.render(model)).rejects.toBeInstanceOf(RenderBusyError);
    expect(tight.stats()).toEqual({ workers: 1, busy: 1, waiting: 1 });
    for (const pdf of await Promise.all([running, queued])) expect(header(pdf)).toBe("%PDF-");
    // Room again once the line has drained.
    expect(header(await tight.render(model))).toBe("%PDF-");
  }, 60_000);

  it("rejects with the worker's message when a document fails to render, and keeps the worker", async () => {
    const one = pool({ size: 1 });
    await expect(one.render({} as ReportModel)).rejects.toThrow(/^PDF render failed: /);
    expect(header(await one.render(model))).toBe("%PDF-");
    expect(one.stats().workers).toBe(1);
  }, 60_000);

  it("rejects waiting renders when closed and refuses new ones", async () => {
    const closing = pool({ size: 1 });
    const settled = Promise.allSettled([closing.render(model), closing.render(model)]);
    await closing.close();
    for (const outcome of await settled) expect(outcome).toMatchObject({ status: "rejected", reason: { message: "PDF render pool closed" } });
    await expect(closing.render(model)).rejects.toThrow(/closed/);
  }, 60_000);
});

describe("the shared render pool's settings", () => {
  it("takes its budget, size and queue from REPORT_RENDER_* of the environment", async () => {
    process.env.REPORT_RENDER_TIMEOUT_MS = "1";
    resetEnvCache();
    await configureRenderPool(null);
    await expect(renderReportPdf(model)).rejects.toThrow(/longer than 1 ms/);

    process.env.REPORT_RENDER_TIMEOUT_MS = String(UNREACHABLE_MS);
    process.env.REPORT_RENDER_WORKERS = "1";
    process.env.REPORT_RENDER_QUEUE = "0";
    resetEnvCache();
    await configureRenderPool(null);
    const running = renderReportPdf(model);
    await expect(renderReportPdf(model)).rejects.toBeInstanceOf(RenderBusyError);
    expect(header(await running)).toBe("%PDF-");
  }, 60_000);

  it("takes the settings a caller gives over the environment's, until they are cleared", async () => {
    process.env.REPORT_RENDER_TIMEOUT_MS = String(UNREACHABLE_MS);
    resetEnvCache();
    await configureRenderPool({ size: 1, queue: 0, timeoutMs: 1 });
    await expect(renderReportPdf(model)).rejects.toBeInstanceOf(RenderTimeoutError);

    await configureRenderPool(null);
    expect(header(await renderReportPdf(model))).toBe("%PDF-");
  }, 60_000);

  it("refuses a bad setting with a message naming it", async () => {
    process.env.REPORT_RENDER_QUEUE = "-1";
    resetEnvCache();
    await configureRenderPool(null);
    expect(() => renderReportPdf(model)).toThrow(/REPORT_RENDER_QUEUE/);
  });
});
