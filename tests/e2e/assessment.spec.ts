import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signIn } from "./sign-in";

async function signInAsTherapist(page: Page) {
  await signIn(page, "therapist@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
}

async function addAthlete(page: Page, firstName: string, lastName: string) {
  await page.getByRole("link", { name: "Add athlete" }).first().click();
  await page.getByLabel("First name").fill(firstName);
  await page.getByLabel("Last name").fill(lastName);
  await page.getByLabel("Date of birth").fill("1989-03-14");
  await page.getByLabel("Sex").selectOption({ label: "Male" });
  await page.getByRole("button", { name: "Add athlete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
}

async function recordKneeToWall(page: Page, left: string, right: string) {
  const section = page.getByRole("region", { name: "Mobility and strength" });
  await section.getByLabel("Left knee-to-wall (cm)").fill(left);
  await section.getByLabel("Right knee-to-wall (cm)").fill(right);
  await section.getByRole("button", { name: "Save mobility and strength" }).click();
  await expect(section.getByRole("status")).toContainText("Saved");
}

async function signVisit(page: Page) {
  await page.getByRole("button", { name: "Sign assessment" }).click();
  await page.getByRole("button", { name: "Confirm signing" }).click();
  await expect(page.getByRole("button", { name: "Amend assessment" })).toBeVisible();
}

test("a therapist records a first visit with a red flag, acknowledges it, re-assesses and compares", async ({ page }) => {
  await signInAsTherapist(page);
  await addAthlete(page, "Tomas", `Lindqvist${Date.now() % 100000}`);
  const athleteUrl = page.url();

  await page.getByLabel("Visit type").selectOption({ label: "Initial assessment" });
  await page.getByLabel("Visit date").fill("2026-10-01");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Initial assessment/ })).toBeVisible();

  // A calf that is swollen and warm (possible DVT): an urgent red flag.
  const screen = page.getByRole("region", { name: "Red-flag screen" });
  await screen.getByRole("group", { name: /^T-U7/ }).getByLabel("Yes", { exact: true }).check();
  await screen.getByRole("button", { name: "Save red-flag screen" }).click();
  await expect(screen.getByRole("status")).toContainText("Saved");
  await recordKneeToWall(page, "6", "6");
  await expectNoSeriousAxeViolations(page);
  await signVisit(page);

  await page.goto(athleteUrl);
  const banner = page.getByRole("region", { name: /Open red flags/ });
  await expect(banner).toContainText("T-U7");
  await expect(banner).toContainText("Urgent red flag");
  await expectNoSeriousAxeViolations(page);
  await banner.getByLabel("What was done").selectOption({ label: "Referred" });
  await banner.getByLabel("Note").fill("Same-day GP review for suspected DVT");
  await banner.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByRole("region", { name: /Open red flags/ })).toHaveCount(0);

  await page.getByLabel("Visit type").selectOption({ label: "Re-assessment" });
  await page.getByLabel("Visit date").fill("2026-11-12");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Re-assessment/ })).toBeVisible();
  await recordKneeToWall(page, "9", "6.5");
  await signVisit(page);

  await page.goto(athleteUrl);
  await page.getByRole("link", { name: "Compare baseline and latest" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Baseline and latest/ })).toBeVisible();
  const left = page.getByRole("row", { name: /^Knee-to-wall \(left\)/i });
  await expect(left).toContainText("6");
  await expect(left).toContainText("9");
  await expect(left).toContainText("Better");
  await expect(left).toContainText("Yes");
  await expectNoSeriousAxeViolations(page);
});
