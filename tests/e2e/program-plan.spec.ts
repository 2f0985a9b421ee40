import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signIn } from "./sign-in";

const S1 = "5 min walk + 8 × (1 min run / 2 min walk)";

async function signInAsTherapist(page: Page) {
  await signIn(page, "therapist@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
}

async function addFromLibrary(page: Page, search: string) {
  await page.getByLabel("Find an exercise").fill(search);
  await page.getByRole("button", { name: "Add exercise" }).click();
}

async function openPrograms(page: Page, lastName: string) {
  await page.goto("/caseload");
  await page.getByRole("link", { name: new RegExp(lastName) }).first().click();
  await page.getByRole("link", { name: "Programs and exercises" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Programs · .*${lastName}`) })).toBeVisible();
  // A rerun on the same database finds the last run's program: end it so a new one can start.
  const end = page.getByRole("button", { name: "End program" });
  if (await end.isVisible()) {
    await end.click();
    await page.getByRole("button", { name: "Confirm end program" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Start a program" })).toBeVisible();
  }
}

test("a therapist builds a template, starts it with a run/walk plan, and the athlete sees week 1 on the phone", async ({ browser }) => {
  const clinic = await browser.newContext();
  const page = await clinic.newPage();
  await signInAsTherapist(page);

  // A template with two exercises.
  const templateName = `Return to run ${Date.now() % 1_000_000}`;
  await page.goto("/templates/new");
  await expect(page.getByRole("heading", { level: 1, name: "New template" })).toBeVisible();
  await page.getByLabel("Template name").fill(templateName);
  await addFromLibrary(page, "Supine tibial nerve slider");
  await addFromLibrary(page, "Ankle pumps in long sitting");
  await expect(page.getByRole("heading", { name: "Exercises (2)" })).toBeVisible();
  await page.getByRole("button", { name: "Create template" }).click();
  await expect(page).toHaveURL(/\/templates\/[0-9a-f-]{36}\?created=1$/);

  // Jordan Rivera has a portal account, so the athlete's side can be checked too.
  await openPrograms(page, "Rivera");
  await page.getByLabel("Template", { exact: true }).selectOption({ label: `${templateName} (2 exercises)` });
  await page.getByLabel("Add a graded run/walk plan").check();
  const stage = page.getByLabel("Entry stage");
  // No runs logged: the suggestion is S0, and the therapist overrides it.
  await expect(page.getByText("Suggested S0: no runs logged in the last 2 weeks.")).toBeVisible();
  await expect(stage).toHaveValue("0");
  await stage.selectOption("1");
  await expect(page.getByLabel("Weekly minutes (S8 only)")).toBeDisabled();
  await expect(page.getByLabel("Target weekly minutes")).toHaveValue("150");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Start program" }).click();

  await expect(page.getByRole("heading", { level: 2, name: `Active program: ${templateName}` })).toBeVisible();
  const prescription = page.getByRole("region", { name: "Run/walk plan", exact: true });
  await expect(prescription.getByRole("heading", { level: 3, name: "Run/walk plan" })).toBeVisible();
  await expect(prescription.getByText(`S1 · ${S1}`, { exact: true })).toBeVisible();
  const sessions = page.getByRole("region", { name: /^Run\/walk sessions of plan week 1/ });
  await expect(sessions.getByRole("row")).toHaveCount(4);
  await expect(sessions.getByRole("cell", { name: `S1 · ${S1}` })).toHaveCount(3);
  await expect(sessions.getByRole("cell", { name: "RPE ≤ 4/10, talk test" }).first()).toBeVisible();
  await expect(page.getByText("No decisions yet")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await clinic.close();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const athlete = await phone.newPage();
  await signIn(athlete, "athlete@demo.clinic");
  await expect(athlete.getByRole("heading", { level: 1, name: "Hi Jordan" })).toBeVisible();
  const week = athlete.getByRole("region", { name: "This week" });
  await expect(week.getByText(templateName)).toBeVisible();
  await expect(week.getByRole("heading", { level: 3, name: "Runs and walks · week 1" })).toBeVisible();
  await expect(week.getByText(`S1: ${S1}`)).toHaveCount(3);
  await expect(week.getByText("Easy effort: RPE ≤ 4/10, talk test").first()).toBeVisible();
  const exercises = week.getByRole("region", { name: "Your exercises" });
  await expect(exercises.getByRole("heading", { level: 4, name: "Supine tibial nerve slider" })).toBeVisible();
  await expect(exercises.getByRole("heading", { level: 4, name: "Ankle pumps in long sitting (knee slightly bent)" })).toBeVisible();
  await expect(exercises.getByText(/×\/week/).first()).toBeVisible();
  await expectNoSeriousAxeViolations(athlete);
  await phone.close();
});

test("a therapist adds a plan to a running program, overrides, pauses and resumes it with reasons, and asks what if", async ({ page }) => {
  await signInAsTherapist(page);
  // Aiko Tanaka has no portal account; her program starts from scratch without a plan.
  await openPrograms(page, "Tanaka");
  await page.getByLabel("From scratch").check();
  await page.getByLabel("Program name").fill("Nerve glides first");
  await addFromLibrary(page, "Seated slump slider");
  await page.getByRole("button", { name: "Start program" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Active program: Nerve glides first" })).toBeVisible();
  await expect(page.getByText("This program has no graded run/walk plan.")).toBeVisible();

  const add = page.getByRole("form", { name: "Add a graded run/walk plan" });
  await add.getByLabel("Entry stage").selectOption("2");
  await add.getByLabel("Target weekly minutes").fill("120");
  await add.getByRole("button", { name: "Add run/walk plan" }).click();
  const prescription = page.getByRole("region", { name: "Run/walk plan", exact: true });
  await expect(prescription.getByText("S2 · 5 min walk + 8 × (1.5 min run / 1.5 min walk)", { exact: true })).toBeVisible();

  // Every change needs a reason, and the reason is shown in full in the decisions.
  const override = page.getByRole("region", { name: "Override prescription" });
  await override.getByLabel("Stage").selectOption("3");
  await override.getByRole("button", { name: "Override prescription" }).click();
  await expect(override.getByText("Give a reason")).toBeVisible();
  await override.getByLabel(/^Reason/).fill("Ran 25 min symptom-free at the club on Saturday; start higher.");
  await override.getByRole("button", { name: "Override prescription" }).click();
  await expect(prescription.getByText("S3 · 5 min walk + 6 × (3 min run / 1.5 min walk)", { exact: true })).toBeVisible();
  const decisions = page.getByRole("list", { name: "Plan decisions" });
  await expect(decisions.getByText("Ran 25 min symptom-free at the club on Saturday; start higher.")).toBeVisible();
  await expect(decisions.getByText("Therapist override")).toBeVisible();

  const pause = page.getByRole("region", { name: "Pause plan" });
  await pause.getByLabel(/^Reason/).fill("Travelling for two weeks, no safe place to run.");
  await pause.getByRole("button", { name: "Pause plan" }).click();
  await expect(page.getByText("No runs this week: the plan is paused.")).toBeVisible();
  await expect(decisions.getByText("Travelling for two weeks, no safe place to run.")).toBeVisible();
  const resume = page.getByRole("region", { name: "Resume plan" });
  await resume.getByLabel(/^Reason/).fill("Back home, symptoms unchanged.");
  await resume.getByRole("button", { name: "Resume plan" }).click();
  await expect(page.getByRole("region", { name: "Pause plan" })).toBeVisible();
  await expect(decisions.getByText("Resumed by therapist")).toBeVisible();


  // What if tingling reaches 4/10 on every run: two amber runs or more hold the plan, and nothing is saved.
  await page.getByText("What if… (simulate the coming weeks)").click();
  await page.getByLabel("Peak symptom (0–10)").fill("4");
  await page.getByLabel("Onset minute (optional)").fill("10");
  await page.getByLabel("Minutes to settle").fill("20");
  await page.getByLabel("Weeks to simulate (1–12)").fill("2");
  await page.getByRole("button", { name: "Simulate" }).click();
  const simulated = page.getByRole("region", { name: /^Simulated weeks \(nothing saved\)/ });
  await expect(simulated.getByRole("row")).toHaveCount(3);
  await expect(simulated.getByText(/^Hold: 3 amber runs/).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.reload();
  await expect(prescription.getByText("S3 · 5 min walk + 6 × (3 min run / 1.5 min walk)", { exact: true })).toBeVisible();

  // This plan only: two runs a week, with a reason kept in the decisions.
  await page.getByText("This plan's protocol", { exact: true }).first().click();
  const protocol = page.getByRole("region", { name: "This plan's protocol" });
  await protocol.getByLabel("Runs per week").fill("2");
  await protocol.getByLabel(/^Reason/).fill("Works shifts: two runs a week is realistic.");
  await protocol.getByRole("button", { name: "Save plan protocol" }).click();
  await expect(protocol.getByText("Plan protocol saved.")).toBeVisible();
  await expect(decisions.getByText("Protocol changed: Works shifts: two runs a week is realistic.")).toBeVisible();
  await expect(page.getByRole("region", { name: /^Run\/walk sessions of plan week 1/ }).getByRole("row")).toHaveCount(3);
  await expectNoSeriousAxeViolations(page);
});
