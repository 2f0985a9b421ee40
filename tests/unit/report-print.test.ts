import { renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { buildReportModel, type ReportInput } from "@/server/domain/reports/report-model";
import { ReportDocument } from "@/server/reports/report-document";
import { bodyItems, bodyLines, pdfLayout, type PdfPage } from "../helpers/pdf-layout";
import { pdfText, squeezed } from "../helpers/pdf-text";
import { mixedScriptFixture, reportInputFixture } from "../helpers/report-fixture";

/** The report's page margins (report-document.tsx): the running header and the footer live inside them. */
const MARGIN = 46;
const SIDE_MARGIN = 44;
const HEADING_SIZE = 11.5;

const render = async (input: ReportInput) => new Uint8Array(await renderToBuffer(ReportDocument({ model: buildReportModel(input) })));
const isSignatureLine = (text: string) => /registration|^Signed /.test(text);

/** The layout checks of the print review, for every page of a rendered report. */
function checkPages(pages: PdfPage[]) {
  pages.forEach((page, index) => {
    const lines = bodyLines(page, MARGIN);
    expect(lines.length, `page ${index + 1} has a body`).toBeGreaterThan(0);
    // A heading never ends a page: what it heads follows it on the same page.
    expect(lines.at(-1)!.size, `page ${index + 1} ends on a heading: "${lines.at(-1)!.text}"`).not.toBe(HEADING_SIZE);
    // No page holds the signature alone.
    expect(lines.every((l) => isSignatureLine(l.text)), `page ${index + 1} holds only the signature`).toBe(false);
    // Nothing runs past the right margin: long words wrap.
    for (const item of bodyItems(page, MARGIN)) {
      expect(item.x + item.width, `"${item.text}" on page ${index + 1} runs off the page`).toBeLessThanOrEqual(page.width - SIDE_MARGIN + 1);
    }
  });
}

describe("the printed report, page by page", () => {
  it("prints a name in several scripts with an emoji, and every glyph is in the PDF", async () => {
    const { text } = await pdfText(await render(mixedScriptFixture));
    for (const expected of ["Zoë Ødegård-Nakamura 中村 😀", "שלום", "こんにちは", "你好", "Papadopoulou-Wiśniewska", "Dr Ωmega"]) {
      expect(text).toContain(squeezed(expected));
    }
    // A character no font has would print as an empty box and read back as nothing.
    expect(text).not.toContain("\uFFFD");
  }, 60_000);

  it("wraps long words, strands no heading at a page foot and never leaves the signature alone (mixed-script fixture)", async () => {
    const pages = await pdfLayout(await render(mixedScriptFixture));
    expect(pages.length).toBeGreaterThan(1);
    checkPages(pages);
    // The long URL is printed whole, across lines.
    const { text } = await pdfText(await render(mixedScriptFixture));
    expect(text.replace(/-/g, "")).toContain("referrals.examplehealthservice.org/clinicians/papadopoulouwisniewska/letters");
  }, 60_000);

  it("lays out the standard fixture and each kind and paper within the same rules", async () => {
    for (const input of [
      reportInputFixture,
      { ...reportInputFixture, paper: "LETTER" as const },
      { ...mixedScriptFixture, kind: "discharge" as const, discharge: { goalsMet: "Runs 30 min continuous 😀", returnAdvice: "Book in if tingling lasts past the next morning" } },
      // Short content puts the signature near a page foot: it moves with the paragraph before it.
      { ...reportInputFixture, findings: reportInputFixture.findings.slice(0, 2) },
      { ...reportInputFixture, findings: reportInputFixture.findings.slice(0, 3) },
    ]) {
      checkPages(await pdfLayout(await render(input)));
    }
  }, 120_000);

  it("shows the clinic's letterhead, re-tested items with the rest counted, words for units and no rule codes", async () => {
    const pdf = await render(reportInputFixture);
    const [first] = await pdfLayout(pdf);
    const top = bodyLines(first!, MARGIN).slice(0, 3).map((l) => l.text);
    expect(top).toEqual(["Demo Clinic", "12 Harbour Road, Bristol BS1 4QA", "Phone +44 117 496 0000 · Email hello@demo-clinic.example"]);
    const { text } = await pdfText(pdf);
    for (const expected of ["Finding 18", "12 other findings not re-tested", "+13 points (better)", "Working diagnosis", "tarsal tunnel", "Run 30 min continuous on road", "Week of 1 Oct 2026", "Urgent (medical review within days)"]) {
      expect(text).toContain(squeezed(expected));
    }
    expect(text).not.toContain(squeezed("Finding 19"));
    expect(text).not.toMatch(/T-[EUR]\d|2026-1[01]-\d\d|AU\b/);
  }, 60_000);
});
