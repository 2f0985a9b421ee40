import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a therapist sends a LEFS, the athlete answers it on the phone, the score lands on the record", async ({ browser }) => {
  const clinic = await browser.newContext();
  const therapist = await clinic.newPage();
  await signIn(therapist, "therapist@demo.clinic");
  await therapist.getByRole("link", { name: /Rivera/ }).click();
  await expect(therapist.getByRole("heading", { level: 1, name: "Jordan Rivera" })).toBeVisible();
  await therapist.getByLabel("Send to the athlete's portal").selectOption({ label: "Lower Extremity Functional Scale (LEFS)" });
  await therapist.getByRole("button", { name: "Send questionnaire" }).click();
  await expect(therapist.getByText("Sent to the portal, not answered yet")).toBeVisible();
  await expectNoSeriousAxeViolations(therapist);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const athlete = await phone.newPage();
  await signIn(athlete, "athlete@demo.clinic");
  await athlete.getByRole("link", { name: /Fill in the Lower Extremity Functional Scale/ }).click();
  await expectNoSeriousAxeViolations(athlete);
  // "A little bit of difficulty" (3) on every item: 60 / 80.
  for (const group of await athlete.getByRole("group").all()) {
    await group.getByLabel(/^3 · /).check();
  }
  await athlete.getByRole("button", { name: "Send my answers" }).click();
  await expect(athlete.getByText("Thank you, your answers were sent to your physio.")).toBeVisible();
  await phone.close();

  await therapist.reload();
  await expect(therapist.getByRole("cell", { name: /^60 \/ 80/ })).toBeVisible();
  await expect(therapist.getByRole("cell", { name: "Athlete (portal)" })).toBeVisible();
  await clinic.close();
});
