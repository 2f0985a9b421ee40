import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { pdfText, squeezed } from "../helpers/pdf-text";
import { expectNoSeriousAxeViolations } from "./axe";
import { desktop, newAthleteWithPortal } from "./fixtures";
import { signIn } from "./sign-in";

async function pdfOf(download: Download) {
  return pdfText(new Uint8Array(await readFile((await download.path())!)));
}

/** Opens the athlete's reports page and previews a progress report of the default period. */
async function previewReport(therapist: Page, recordUrl: string) {
  await therapist.goto(`${recordUrl}/reports`);
  await therapist.getByRole("form", { name: "Report settings" }).getByRole("button", { name: "Preview report" }).click();
  const preview = therapist.getByRole("form", { name: "Report preview" });
  await expect(preview.getByRole("heading", { name: "Progress report" })).toBeVisible();
  return preview;
}

test("a double click on Issue stores one report; a report without impression and plan is issued only as a confirmed data-only report", async ({ browser }) => {
  const journey = await newAthleteWithPortal(browser, { firstName: "Zoë" });
  const { therapist, recordUrl } = journey;
  let preview = await previewReport(therapist, recordUrl);
  await preview.getByLabel("Working diagnosis").fill("Right tarsal tunnel syndrome; lumbar radiculopathy excluded");
  await preview.getByLabel("Clinical impression").fill("Tingling settles within the hour 😀");
  await preview.getByLabel("Plan and next steps").fill("Continue the run/walk plan; review in two weeks.");
  await preview.getByRole("button", { name: "Issue report" }).dblclick();
  await expect(therapist.getByText("Progress report issued.")).toBeVisible();
  const issued = therapist.getByRole("table", { name: "Issued reports" });
  await expect(issued.getByRole("row")).toHaveCount(2);
  await therapist.reload();
  await expect(therapist.getByRole("table", { name: "Issued reports" }).getByRole("row")).toHaveCount(2);

  // Empty impression and plan: refused, nothing stored, until the therapist confirms a data-only report.
  preview = await previewReport(therapist, recordUrl);
  await preview.getByRole("button", { name: "Issue report" }).click();
  await expect(preview.getByText("Write the clinical impression, or confirm a data-only report").first()).toBeVisible();
  await expect(therapist.getByText("Progress report issued.")).toHaveCount(0);
  await expect(therapist.getByRole("table", { name: "Issued reports" }).getByRole("row")).toHaveCount(2);
  await expectNoSeriousAxeViolations(therapist);
  await preview.getByLabel("Issue as a data-only report, with no impression or plan written").check();
  await preview.getByRole("button", { name: "Issue report" }).click();
  await expect(therapist.getByText("Progress report issued.")).toBeVisible();
  await expect(therapist.getByRole("table", { name: "Issued reports" }).getByRole("row")).toHaveCount(3);
  const [download] = await Promise.all([therapist.waitForEvent("download"), therapist.getByRole("link", { name: "Download the PDF" }).click()]);
  expect((await pdfOf(download)).text).toContain(squeezed("Not written: the therapist issued this as a data-only report."));

  // On second thoughts the data-only report needed words: a correction replaces it, which stays listed as void.
  preview = await previewReport(therapist, recordUrl);
  await therapist.getByLabel("This report replaces").selectOption({ index: 1 });
  await therapist.getByLabel("Why it is replaced").fill("Impression and plan were missing");
  await preview.getByLabel("Clinical impression").fill("Tingling settles within the hour.");
  await preview.getByLabel("Plan and next steps").fill("Review in two weeks.");
  await expectNoSeriousAxeViolations(therapist);
  await preview.getByRole("button", { name: "Issue report" }).click();
  await expect(therapist.getByText("Progress report issued.")).toBeVisible();
  const list = therapist.getByRole("table", { name: "Issued reports" });
  await expect(list.getByRole("row")).toHaveCount(4);
  await expect(list.getByText(/Replaced by the report issued .*: Impression and plan were missing$/)).toBeVisible();
  await expect(list.getByText(/^Replaces the report issued /)).toBeVisible();
  await expect(list.getByText("VOID", { exact: true })).toHaveCount(1);
  await journey.close();
});

test("a report voided with a reason shows VOID, stays downloadable for the clinic, and is withdrawn from the athlete's portal", async ({ browser }) => {
  const journey = await newAthleteWithPortal(browser);
  const { therapist, athlete, recordUrl } = journey;
  const preview = await previewReport(therapist, recordUrl);
  await preview.getByLabel("Clinical impression").fill("Improving steadily.");
  await preview.getByLabel("Plan and next steps").fill("Review in two weeks.");
  await preview.getByRole("button", { name: "Issue report" }).click();
  await expect(therapist.getByText("Progress report issued.")).toBeVisible();
  const issued = therapist.getByRole("table", { name: "Issued reports" });
  await issued.getByRole("button", { name: /^Release to athlete: Progress report/ }).click();
  await issued.getByRole("button", { name: /^Confirm release: Progress report/ }).click();
  await expect(issued.getByText(/^Released /)).toBeVisible();

  await athlete.goto("/portal/progress");
  const reports = athlete.getByRole("region", { name: "Reports from your therapist" });
  const link = reports.getByRole("link", { name: /^Download PDF: Progress report/ });
  const href = (await link.getAttribute("href"))!;
  expect((await athlete.request.get(href)).status()).toBe(200);

  await issued.getByRole("button", { name: /^Void: Progress report/ }).click();
  const form = therapist.getByRole("form", { name: /^Void Progress report/ });
  await form.getByRole("button", { name: "Void report" }).click();
  await expect(form.getByText("Say why, in a few words")).toBeVisible();
  await form.getByLabel("Why is this report void?").fill("Issued for the wrong period");
  await expectNoSeriousAxeViolations(therapist);
  await form.getByRole("button", { name: "Void report" }).click();
  await expect(issued.getByText("VOID", { exact: true })).toBeVisible();
  await expect(issued.getByText(/Issued for the wrong period/)).toBeVisible();
  await expect(issued.getByText(/^Withdrawn /)).toBeVisible();
  await expect(issued.getByRole("button", { name: /^Void: / })).toHaveCount(0);
  // The clinic still has the report exactly as issued.
  expect((await therapist.request.get(href)).status()).toBe(200);

  await athlete.reload();
  await expect(reports.getByText(/^Withdrawn by your therapist on /)).toBeVisible();
  await expect(reports.getByRole("link", { name: /^Download PDF/ })).toHaveCount(0);
  await expect(reports.getByText("Issued for the wrong period")).toHaveCount(0);
  expect((await athlete.request.get(href)).status()).toBe(404);
  await expectNoSeriousAxeViolations(athlete);
  await journey.close();
});

test("the owner's clinic address and contact head the report", async ({ browser }) => {
  const context = await browser.newContext(desktop);
  const owner = await context.newPage();
  await signIn(owner, "owner@demo.clinic");
  await expect(owner.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await owner.goto("/settings");
  const details = owner.getByRole("form", { name: "Clinic details" });
  await details.getByLabel("Phone").fill("not a phone");
  await details.getByRole("button", { name: "Save clinic details" }).click();
  await expect(details.getByText("Use digits, spaces and + ( ) - only")).toBeVisible();
  await details.getByLabel("Address").fill("12 Harbour Road\nBristol BS1 4QA");
  await details.getByLabel("Phone").fill("+44 117 496 0000");
  await details.getByLabel("Email").fill("hello@demo.clinic");
  await details.getByRole("button", { name: "Save clinic details" }).click();
  await expect(details.getByText("Clinic details saved. New reports print them.")).toBeVisible();
  await expectNoSeriousAxeViolations(owner);
  await context.close();

  const journey = await newAthleteWithPortal(browser);
  const preview = await previewReport(journey.therapist, journey.recordUrl);
  await expect(preview.getByText("12 Harbour Road, Bristol BS1 4QA")).toBeVisible();
  await expect(preview.getByText("Phone +44 117 496 0000 · Email hello@demo.clinic")).toBeVisible();
  await journey.close();
});
