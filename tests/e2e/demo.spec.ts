import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { desktop } from "./fixtures";
import { signIn } from "./sign-in";

test("the demo clinic opens on athletes with a few weeks of history: plan weeks, an alert and decisions with reasons", async ({ browser }) => {
  const clinic = await browser.newContext(desktop);
  const page = await clinic.newPage();
  await signIn(page, "therapist@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();

  const aiko = page.getByRole("row").filter({ has: page.getByRole("link", { name: /Tanaka/ }) });
  await expect(aiko).toContainText("Red run");
  await expect(aiko).toContainText(/Week 3/);
  const marcus = page.getByRole("row").filter({ has: page.getByRole("link", { name: /Okafor/ }) });
  await expect(marcus).toContainText(/Week 5/);
  await expectNoSeriousAxeViolations(page);

  await marcus.getByRole("link", { name: /Okafor/ }).click();
  await page.getByRole("link", { name: "Programs and exercises" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Active program: Return to run: foot and calf strength" })).toBeVisible();
  await expect(page.getByText(/^Hold: 2 amber runs/).first()).toBeVisible();
  await expect(page.getByText(/^Progress: 3 green runs/).first()).toBeVisible();

  await page.goto("/templates");
  await expect(page.getByRole("link", { name: "Early nerve glides (irritable)" })).toBeVisible();
  await clinic.close();
});
