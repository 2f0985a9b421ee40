import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signIn } from "./sign-in";

const LEFS = "Lower Extremity Functional Scale (LEFS)";

async function openJordan(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await page.getByRole("link", { name: /Rivera/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Jordan Rivera" })).toBeVisible();
}

test("a LEFS sent to the portal is answered on a phone and its score lands on the record", async ({ browser }) => {
  const clinic = await browser.newContext();
  const therapist = await clinic.newPage();
  await signIn(therapist, "therapist@demo.clinic");
  await openJordan(therapist);
  const outcomes = therapist.getByRole("region", { name: "Outcome measures", exact: true });
  await outcomes.getByLabel("Send to the athlete's portal").selectOption({ label: LEFS });
  await outcomes.getByRole("button", { name: "Send questionnaire" }).click();
  await expect(outcomes.getByRole("status")).toContainText(`${LEFS} sent to the athlete's portal`);
  await expect(outcomes.getByRole("cell", { name: "Sent to the portal, not answered yet" })).toBeVisible();
  await expectNoSeriousAxeViolations(therapist);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const athlete = await phone.newPage();
  await signIn(athlete, "athlete@demo.clinic");
  const list = athlete.getByRole("region", { name: "Questionnaires from your physio" });
  await list.getByRole("link", { name: `Fill in the ${LEFS}` }).click();
  await expect(athlete.getByRole("heading", { level: 1, name: LEFS })).toBeVisible();
  await expect(athlete.getByText("Answered 0 of 20.")).toBeVisible();
  await expectNoSeriousAxeViolations(athlete);

  // "Moderate difficulty" (2) on items 1–19 and "No difficulty" (4) on item 20: 42 / 80.
  const items = athlete.getByRole("group");
  await expect(items).toHaveCount(20);
  for (let i = 0; i < 19; i++) await items.nth(i).getByLabel(/^2 · /).check();
  await expect(athlete.getByText("Answered 19 of 20.")).toBeVisible();
  await athlete.getByRole("group", { name: "20. Rolling over in bed." }).getByLabel("4 · No difficulty").check();
  await expect(athlete.getByText("Total so far: 42 / 80")).toBeVisible();
  await athlete.getByRole("button", { name: "Send my answers" }).click();
  await expect(athlete.getByText(/Thank you.*your answers were sent/)).toBeVisible();
  await expect(athlete.getByRole("link", { name: `Fill in the ${LEFS}` })).toHaveCount(0);
  await expectNoSeriousAxeViolations(athlete);
  await phone.close();

  await therapist.reload();
  const row = therapist.getByRole("region", { name: "Outcome measures", exact: true }).getByRole("row", { name: /42 \/ 80/ });
  await expect(row).toContainText(LEFS);
  await expect(row).toContainText("Athlete (portal)");
  await expect(therapist.getByRole("region", { name: /^Change since baseline/ }).getByRole("rowheader", { name: LEFS })).toBeVisible();
  await clinic.close();
});

test("a therapist records an NRS and a PSFS in clinic with the shared questionnaire form", async ({ page }) => {
  await signIn(page, "therapist@demo.clinic");
  await openJordan(page);
  const outcomes = page.getByRole("region", { name: "Outcome measures", exact: true });
  const choose = outcomes.getByLabel("Record a measure");
  await expect(choose.getByRole("option", { name: /DN4/ })).toHaveCount(0);

  await choose.selectOption({ label: "Numeric Rating Scale (NRS 0–10)" });
  await outcomes.getByRole("group", { name: /Your symptoms right now/ }).getByLabel("3", { exact: true }).check();
  await outcomes.getByRole("button", { name: "Save measure" }).click();
  await expect(outcomes.getByRole("status")).toContainText("Numeric Rating Scale (NRS 0–10) recorded: 3 / 10");

  await choose.selectOption({ label: "Patient-Specific Functional Scale (PSFS)" });
  await outcomes.getByRole("button", { name: "Save measure" }).click();
  await expect(outcomes.getByRole("alert")).toContainText("Activity 1: Name the activity");
  const activities = ["Running downhill", "Long runs over 10 km", "Standing at work"];
  for (const [i, activity] of activities.entries()) {
    await outcomes.getByLabel(`Activity ${i + 1}`, { exact: true }).fill(activity);
    await outcomes.getByLabel(`Rating for activity ${i + 1} (0–10)`).fill(String(4 + i));
  }
  await outcomes.getByRole("button", { name: "Add activity" }).click();
  await expect(outcomes.getByLabel("Activity 4", { exact: true })).toBeFocused();
  await outcomes.getByRole("button", { name: "Remove activity 4" }).click();
  await expect(outcomes.getByText("Mean so far: 5 / 10")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await outcomes.getByRole("button", { name: "Save measure" }).click();
  await expect(outcomes.getByRole("status")).toContainText("Patient-Specific Functional Scale (PSFS) recorded: 5 / 10");
  await expect(outcomes.getByRole("row", { name: /Patient-Specific Functional Scale/ }).first()).toContainText("Therapist");
});

test("the owner licenses DN4 in Settings; it is then offered on the record with its licence", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "owner@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByLabel("Neurodynamic asymmetry flag (degrees)")).toHaveValue("10");
  await expectNoSeriousAxeViolations(page);

  const dn4 = "DN4 (Douleur Neuropathique 4)";
  await page.getByLabel(`Enable ${dn4}`).check();
  await page.getByRole("button", { name: "Save questionnaires" }).click();
  await expect(page.getByText(`Enter the licence reference for ${dn4}`)).toBeVisible();
  await page.getByLabel(`Licence reference for ${dn4}`).fill("Mapi Research Trust licence ML-2026-0142, 1 Nov 2026");
  await page.getByRole("button", { name: "Save questionnaires" }).click();
  await expect(page.getByText("Licensed questionnaires saved.")).toBeVisible();

  await page.goto("/caseload");
  await openJordan(page);
  const outcomes = page.getByRole("region", { name: "Outcome measures", exact: true });
  await outcomes.getByLabel("Record a measure").selectOption({ label: dn4 });
  await expect(outcomes.getByText("Clinic licence: Mapi Research Trust licence ML-2026-0142")).toBeVisible();
  await expect(outcomes.getByRole("group", { name: /^Interview/ }).getByRole("group")).toHaveCount(7);
  await expectNoSeriousAxeViolations(page);

  // Leave the demo clinic as it was: add-ons off.
  await page.goto("/settings");
  await page.getByLabel(`Enable ${dn4}`).uncheck();
  await page.getByRole("button", { name: "Save questionnaires" }).click();
  await expect(page.getByText("Licensed questionnaires saved.")).toBeVisible();
  await context.close();
});
