import { readFile } from "node:fs/promises";
import { expect, test, type Download } from "@playwright/test";
import { pdfText, squeezed } from "../helpers/pdf-text";
import { expectNoSeriousAxeViolations } from "./axe";
import { signIn } from "./sign-in";

async function pdfOf(download: Download) {
  const bytes = new Uint8Array(await readFile((await download.path())!));
  expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  return pdfText(bytes);
}

test("a therapist previews, writes, issues and downloads a progress report, then releases it to the athlete's portal", async ({ browser }) => {
  const clinic = await browser.newContext({ acceptDownloads: true });
  const page = await clinic.newPage();
  await signIn(page, "therapist@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await page.getByRole("table", { name: /^Caseload/ }).getByRole("link", { name: "Jordan Rivera" }).click();
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports · Jordan Rivera" })).toBeVisible();
  await expect(page.getByText("No reports issued yet.")).toBeVisible();

  const settings = page.getByRole("form", { name: "Report settings" });
  await settings.getByLabel("Kind").selectOption({ label: "Progress report" });
  await settings.getByLabel("Paper").selectOption({ label: "US Letter" });
  // A period that runs backwards is explained at the field.
  const to = await settings.getByLabel("To").inputValue();
  await settings.getByLabel("From").fill("2099-01-01");
  await settings.getByRole("button", { name: "Preview report" }).click();
  await expect(page.getByText("The period must end on or after its start")).toBeVisible();
  await settings.getByLabel("From").fill(to);
  await settings.getByRole("button", { name: "Preview report" }).click();
  const preview = page.getByRole("form", { name: "Report preview" });
  await expect(preview.getByRole("heading", { name: "Progress report" })).toBeVisible();
  await expect(preview.getByText("Jordan Rivera", { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // What the therapist types is printed literally.
  await preview.getByLabel("Referrer (optional)").fill("Dr A. Smith, GP");
  await preview.getByLabel("Clinical impression").fill("Tingling <settling> & runs extend without flare-ups.");
  await preview.getByLabel("Plan and next steps").fill("Continue the run/walk plan; review in two weeks.");
  await preview.getByRole("button", { name: "Issue report" }).click();
  await expect(page.getByText("Progress report issued.")).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^progress-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf$/);
  const { text, pages } = await pdfOf(download);
  for (const expected of ["Progress report", "Jordan Rivera", "Tingling <settling> & runs extend without flare-ups.", "Dr A. Smith, GP", "Outcome scores", `Page 1 of ${pages}`]) {
    expect(text).toContain(squeezed(expected));
  }

  // Not released yet: the athlete's own portal session cannot fetch it.
  const href = (await page.getByRole("link", { name: "Download the PDF" }).getAttribute("href"))!;
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true });
  const athlete = await phone.newPage();
  await signIn(athlete, "athlete@demo.clinic");
  await expect(athlete.getByRole("heading", { level: 1, name: "Hi Jordan" })).toBeVisible();
  expect((await athlete.request.get(href)).status()).toBe(404);

  // The issued report is listed; releasing it puts it in the athlete's portal.
  const issued = page.getByRole("table", { name: "Issued reports" });
  await expect(issued.getByRole("row")).toHaveCount(2);
  await issued.getByRole("button", { name: /^Release to athlete: Progress report/ }).click();
  await issued.getByRole("button", { name: /^Confirm release: Progress report/ }).click();
  await expect(issued.getByText(/^Released /)).toBeVisible();
  await clinic.close();

  await athlete.goto("/portal/progress");
  const reports = athlete.getByRole("region", { name: "Reports from your therapist" });
  const [again] = await Promise.all([athlete.waitForEvent("download"), reports.getByRole("link", { name: /^Download PDF: Progress report/ }).click()]);
  expect((await pdfOf(again)).text).toBe(text);
  await expectNoSeriousAxeViolations(athlete);
  await phone.close();
});
