import { renderToBuffer } from "@react-pdf/renderer";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "@/server/domain/reports/report-model";
import { ReportDocument } from "@/server/reports/report-document";
import { pdfText } from "../helpers/pdf-text";
import { reportInputFixture } from "../helpers/report-fixture";

const input = reportInputFixture;

describe("the printed report", () => {
  it("is a valid PDF with the athlete's name, scores, page numbers and the therapist's words as typed", async () => {
    const buffer = await renderToBuffer(ReportDocument({ model: buildReportModel(input) }));
    expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { pages, text } = await pdfText(new Uint8Array(buffer));
    expect(pages).toBe(3);
    const has = (expected: string) => expect(text).toContain(expected.replace(/\s+/g, ""));
    has("Jordan Rivera");
    has("42 (1 Oct 2026)");
    has("+13 points (better)");
    has(`Page 1 of ${pages}`);
    has(`Page ${pages} of ${pages}`);
    has("Improving <b>steadily</b> & symptom-free on flat routes.");
    has("peak ≤ 2/10");
  }, 30_000);

  it("renders US Letter too", async () => {
    const buffer = await renderToBuffer(ReportDocument({ model: buildReportModel({ ...input, paper: "LETTER", kind: "discharge", discharge: { goalsMet: "30 min continuous", returnAdvice: "If tingling returns" } }) }));
    const doc = await getDocument({ data: new Uint8Array(buffer) }).promise;
    const { view } = await doc.getPage(1);
    expect([Math.round(view[2]!), Math.round(view[3]!)]).toEqual([612, 792]);
  }, 30_000);
});
