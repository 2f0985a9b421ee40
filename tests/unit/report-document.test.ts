import { renderToBuffer } from "@react-pdf/renderer";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { buildReportModel, type ReportInput } from "@/server/domain/reports/report-model";
import { ReportDocument } from "@/server/reports/report-document";
import { pdfText } from "../helpers/pdf-text";

const input: ReportInput = {
  kind: "progress", paper: "A4", issuedOn: "2026-11-26", period: { from: "2026-10-01", to: "2026-11-25" },
  clinic: { name: "Demo Clinic" }, therapist: { name: "Sam Patel", registration: "PH12345" },
  athlete: { name: "Jordan Rivera", dateOfBirth: "1990-04-02", reference: "A-1D063A3D" },
  runs: Array.from({ length: 24 }, (_, i) => ({
    date: new Date(Date.UTC(2026, 9, 1 + 2 * i)).toISOString().slice(0, 10), peak: i % 5, sessionClass: i % 7 === 0 ? "AMBER" as const : "GREEN" as const, runMinutes: 12 + i, symptomFreeMinutes: 8 + i,
  })),
  outcomes: [{ instrument: "LEFS", baseline: { date: "2026-10-01", score: 42 }, latest: { date: "2026-11-24", score: 55 } }],
  findings: Array.from({ length: 30 }, (_, i) => ({ label: `Finding ${i + 1}`, unit: "cm", baseline: 8, latest: 10.5, change: 2.5, direction: "better" as const, mcidLabel: "MDC 1.6 cm", passesMcid: true })),
  redFlags: [{ raisedOn: "2026-10-10", urgency: "urgent", triggers: ["T-U1"], handledOn: "2026-10-11", handling: "Referred" }],
  program: { name: "Return to run", exercises: [{ name: "Supine tibial nerve slider", dose: "2 × 10, 7×/week" }] },
  plan: { stage: "S4", weeklyRunMinutes: 60, decisions: [{ weekIndex: 6, decision: "PROGRESS", reason: "Progress: 3 green runs, peak ≤ 2/10" }] },
  adherence: { exercise: 86, run: 92, overall: 89 },
  weeks: Array.from({ length: 8 }, (_, i) => ({ startDate: new Date(Date.UTC(2026, 9, 1 + 7 * i)).toISOString().slice(0, 10), plannedRunMinutes: 36 + 4 * i, runMinutes: 34 + 4 * i, load: 100 + 10 * i, maxPeak: i % 4 })),
  impression: "Improving <b>steadily</b> & symptom-free on flat routes.", planText: "Continue S4; review in 2 weeks.", discharge: null,
};

describe("the printed report", () => {
  it("is a valid PDF with the athlete's name, scores, page numbers and the therapist's words as typed", async () => {
    const buffer = await renderToBuffer(ReportDocument({ model: buildReportModel(input) }));
    expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { pages, text } = await pdfText(new Uint8Array(buffer));
    expect(pages).toBeGreaterThanOrEqual(2);
    const has = (expected: string) => expect(text).toContain(expected.replace(/\s+/g, ""));
    has("Jordan Rivera");
    has("42 (1 Oct 2026)");
    has("+13 (better)");
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
