import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signIn } from "./sign-in";

test("a red run reaches the caseload as an alert, which the therapist acknowledges and resolves with notes", async ({ browser }) => {
  // The athlete logs a run with tingling 7/10: RED (docs/clinical-rules.md R2.2).
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const athlete = await phone.newPage();
  await signIn(athlete, "athlete@demo.clinic");
  await expect(athlete.getByRole("heading", { level: 1, name: "Hi Jordan" })).toBeVisible();
  await athlete.goto("/portal/log/run");
  await athlete.getByLabel("Minutes of running").fill("12");
  await athlete.getByRole("radio", { name: "I had symptoms" }).check();
  await athlete.getByRole("group", { name: "Tingling: the worst during or just after" }).getByRole("radio", { name: "7", exact: true }).check();
  await athlete.getByRole("button", { name: "Save run" }).click();
  await expect(athlete.getByText("Run saved. Your physio can see it.")).toBeVisible();
  await phone.close();

  const clinic = await browser.newContext();
  const page = await clinic.newPage();
  await signIn(page, "therapist@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  const table = page.getByRole("table", { name: /^Caseload/ });
  const rivera = table.getByRole("row", { name: /Jordan Rivera/ });
  await expect(rivera.getByText("Red run", { exact: true })).toBeVisible();
  await expect(rivera.getByText(/tingling 7\/10/)).toBeVisible();
  await expect(rivera.getByRole("img", { name: /Highest numbness or tingling per week/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Only athletes with a red-run alert: Jordan, and the demo's Aiko Tanaka, whose latest run was red.
  await page.getByLabel("Alerts").selectOption({ label: "Red run" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/alert=red-run/);
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row", { name: /Aiko Tanaka/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Marcus Okafor/ })).toHaveCount(0);

  await rivera.getByRole("link", { name: "Jordan Rivera" }).click();
  const alerts = page.getByRole("region", { name: /^Alerts \(/ });
  const form = alerts.getByRole("form", { name: "Handle alert: Red run" });
  await form.getByLabel("Note").fill("Called Jordan: new shoes last week, back to the old pair");
  await form.getByRole("button", { name: "Acknowledge" }).click();
  await expect(alerts.getByText("Note: Called Jordan: new shoes last week, back to the old pair")).toBeVisible();
  await expect(alerts.getByText("Acknowledged", { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await form.getByLabel("Note").fill("Symptoms settled by the next day; no change to the plan");
  await form.getByRole("button", { name: "Resolve" }).click();
  await expect(alerts.getByRole("form", { name: "Handle alert: Red run" })).toHaveCount(0);

  // Trends: the load timeline with the ACWR caveat, symptom triggers and the timeline with the alert's life.
  await page.getByRole("link", { name: "Trends and timeline" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trends · Jordan Rivera" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Symptom triggers" }).getByText(/Association in your logs, not proof/)).toBeVisible();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Alert resolved (red-run)")).toBeVisible();
  await expect(timeline.getByText(/^Run logged for .*: 12 min$/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Jordan's alert is resolved: only the demo's other red run is left.
  await page.goto("/caseload?alert=red-run");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row", { name: /Jordan Rivera/ })).toHaveCount(0);
  await clinic.close();
});
