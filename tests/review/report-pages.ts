/**
 * The print review: renders the fixture reports and writes each page as a PNG to .review/reports/
 * (git-ignored), to look at before a change to the report's layout or fonts lands:
 * `npm run reports:review`. Needs `pdftoppm` (Debian: poppler-utils).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { buildReportModel, type ReportInput } from "@/server/domain/reports/report-model";
import { ReportDocument } from "@/server/reports/report-document";
import { mixedScriptFixture, reportInputFixture } from "../helpers/report-fixture";

const out = resolve(process.cwd(), ".review/reports");
const fixtures: Record<string, ReportInput> = {
  "progress-a4": reportInputFixture,
  "mixed-script-a4": mixedScriptFixture,
  "discharge-letter": {
    ...mixedScriptFixture, kind: "discharge", paper: "LETTER",
    discharge: { goalsMet: "Runs 30 min continuous, peak ≤ 2/10 😀", returnAdvice: "Book in if tingling lasts past the next morning" },
  },
  "data-only-correction": {
    ...reportInputFixture, impression: "", planText: "", dataOnly: true, findings: reportInputFixture.findings.slice(0, 3),
    replaces: { kind: "progress", issuedOn: "2026-11-20", reference: "AB12CD34" },
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, input] of Object.entries(fixtures)) {
  const pdf = resolve(out, `${name}.pdf`);
  writeFileSync(pdf, await renderToBuffer(ReportDocument({ model: buildReportModel(input) })));
  execFileSync("pdftoppm", ["-png", "-r", "80", pdf, resolve(out, name)]);
  console.log(`${name}: ${pdf}`);
}
console.log(`Pages as PNG in ${out}`);
