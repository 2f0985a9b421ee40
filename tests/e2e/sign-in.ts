import type { Page } from "@playwright/test";

/** The password of every account the demo seed creates. */
const DEMO_PASSWORD = "demo-password";

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
