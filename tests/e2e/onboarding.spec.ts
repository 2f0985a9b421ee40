import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signIn } from "./sign-in";

test("a therapist adds and invites an athlete, who accepts and sees only their portal", async ({ browser }) => {
  const therapist = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await therapist.newPage();

  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Demo logins" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await signIn(page, "therapist@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Rivera/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: "Add athlete" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Add athlete" })).toBeVisible();
  const email = `casey.${Date.now()}@example.com`;
  await page.getByLabel("First name").fill("Casey");
  await page.getByLabel("Last name").fill("Okoro");
  await page.getByLabel("Date of birth").fill("1993-08-21");
  await page.getByLabel("Sex").selectOption({ label: "Female" });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Weekly running (km)").fill("25");
  await page.getByLabel("Years running").fill("3");
  await page.getByLabel("Goal race", { exact: true }).fill("Dublin Marathon");
  await page.getByLabel("Goal race date").fill("2027-10-24");
  await page.getByLabel("Usual surface").selectOption({ label: "Road" });
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Add athlete" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Casey Okoro" })).toBeVisible();
  await page.getByRole("button", { name: "Invite to portal" }).click();
  const linkField = page.getByLabel("Invite link");
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const inviteUrl = await linkField.inputValue();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await therapist.close();

  const athlete = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await athlete.newPage();
  await phone.goto(inviteUrl);
  await expect(phone.getByRole("heading", { level: 1, name: "Welcome, Casey Okoro" })).toBeVisible();
  await expectNoSeriousAxeViolations(phone);
  await phone.getByLabel("New password").fill("my feet feel better now");
  await phone.getByLabel("Confirm password").fill("my feet feel better now");
  await phone.getByRole("button", { name: "Set password and continue" }).click();

  await expect(phone).toHaveURL(/\/portal$/);
  await expect(phone.getByRole("heading", { level: 1, name: "Hi Casey" })).toBeVisible();
  await expect(phone.getByText("Dublin Marathon")).toBeVisible();
  // Only the portal's own sections: none of the clinic's.
  await expect(phone.getByRole("navigation", { name: "Portal" }).getByRole("link")).toHaveText(["Today", "Log a run", "My log", "Progress"]);
  await expect(phone.getByRole("link", { name: "Caseload" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(phone);

  // The athlete cannot reach clinic pages, and the spent invite cannot be used again.
  await phone.goto("/caseload");
  await expect(phone).toHaveURL(/\/portal$/);
  await phone.goto(inviteUrl);
  await expect(phone.getByRole("main").getByRole("alert")).toContainText("already been used");
  await athlete.close();
});

test("the clinic owner sees every athlete and pages through the audit log", async ({ page }) => {
  await signIn(page, "owner@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  // Nair is on no therapist's caseload; the owner still sees her.
  await expect(page.getByRole("link", { name: /Nair/ })).toBeVisible();

  await page.getByRole("link", { name: "Audit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "caseload.list" }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Sam Patel", exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("a wrong password gets one neutral message", async ({ page }) => {
  await signIn(page, "therapist@demo.clinic", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an account.");
  await signIn(page, "nobody@demo.clinic", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an account.");
});
