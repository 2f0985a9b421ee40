/**
 * Worker-thread entry of the PDF render pool (render-pool.ts). react-pdf lays a document out in
 * synchronous CPU work (~100+ ms a report): run on the request thread, it stalls every other request.
 * One message in, one reply out; the pool sends a worker one render at a time.
 */
import { parentPort } from "node:worker_threads";
import { renderToBuffer } from "@react-pdf/renderer";
import type { ReportModel } from "@/server/domain/reports/report-model";
import { ReportDocument } from "@/server/reports/report-document";

export type RenderRequest = { id: number; model: ReportModel };
export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs only as a worker thread (see render-pool.ts)");

port.on("message", ({ id, model }: RenderRequest) => {
  void (async () => {
    try {
      const buffer = await renderToBuffer(ReportDocument({ model }));
      // A Buffer may be a view into a shared pool: copy unless it owns its whole ArrayBuffer, so the
      // transfer below moves exactly the PDF and nothing else.
      const pdf = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength
        ? new Uint8Array(buffer.buffer, 0, buffer.byteLength)
        : new Uint8Array(buffer);
      port.postMessage({ id, pdf } satisfies RenderReply, [pdf.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies RenderReply);
    }
  })();
});
