import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signIn } from "./sign-in";

/** Jordan Rivera (the demo athlete with a portal account) gets a program with a nerve glide and an S1 run/walk plan from today. */
async function startProgramForRivera(page: Page) {
  await signIn(page, "therapist@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await page.getByRole("link", { name: /Rivera/ }).first().click();
  await page.getByRole("link", { name: "Programs and exercises" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Programs · .*Rivera/ })).toBeVisible();
  // An earlier journey may have left Jordan a program: end it so a new one can start.
  const end = page.getByRole("button", { name: "End program" });
  if (await end.isVisible()) {
    await end.click();
    await page.getByRole("button", { name: "Confirm end program" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Start a program" })).toBeVisible();
  }
  await page.getByLabel("From scratch").check();
  await page.getByLabel("Program name").fill("Glides and easy running");
  await page.getByLabel("Find an exercise").fill("Supine tibial nerve slider");
  await page.getByRole("button", { name: "Add exercise" }).click();
  await page.getByLabel("Add a graded run/walk plan").check();
  await page.getByLabel("Entry stage").selectOption("1");
  await page.getByRole("button", { name: "Start program" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Active program: Glides and easy running" })).toBeVisible();
}

test("an athlete logs an exercise and runs on a phone, offline too, and the therapist sees each entry exactly once", async ({ browser }) => {
  const clinic = await browser.newContext();
  const therapist = await clinic.newPage();
  await startProgramForRivera(therapist);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const athlete = await phone.newPage();
  await signIn(athlete, "athlete@demo.clinic");
  await expect(athlete.getByRole("heading", { level: 1, name: "Hi Jordan" })).toBeVisible();
  await expectNoSeriousAxeViolations(athlete);

  // The exercise: done, with its prescribed sets and reps.
  const exercises = athlete.getByRole("region", { name: "Your exercises" });
  await exercises.getByRole("link", { name: "Log Supine tibial nerve slider" }).click();
  await expect(athlete.getByRole("heading", { level: 1, name: "Log an exercise" })).toBeVisible();
  await athlete.getByRole("radio", { name: "Done", exact: true }).check();
  await athlete.getByRole("group", { name: "Symptoms during the exercise" }).getByRole("radio", { name: "1", exact: true }).check();
  await expectNoSeriousAxeViolations(athlete);
  await athlete.getByRole("button", { name: "Save exercise" }).click();
  await expect(athlete.getByText("Exercise saved. Your physio can see it.")).toBeVisible();

  // Today's run: the planned minutes are filled in; "No symptoms" is the athlete's one tap (nothing is pre-selected).
  await athlete.getByRole("link", { name: "Back to today" }).click();
  const runs = athlete.getByRole("region", { name: /^Runs and walks/ });
  await runs.getByRole("link", { name: /^Log this run/ }).first().click();
  await expect(athlete.getByRole("heading", { level: 1, name: "Log a run" })).toBeVisible();
  await expect(athlete.getByLabel("Minutes of running")).toHaveValue("8");
  await expect(athlete.getByRole("radio", { name: "No symptoms" })).not.toBeChecked();
  await athlete.getByRole("radio", { name: "No symptoms" }).check();
  await expectNoSeriousAxeViolations(athlete);
  await athlete.getByRole("button", { name: "Save run" }).click();
  await expect(athlete.getByText("Run saved. Your physio can see it.")).toBeVisible();

  // Offline: the next run is kept on the phone, survives a reload, and is sent when the connection returns.
  await athlete.goto("/portal/log/run");
  await expect(athlete.getByRole("heading", { level: 1, name: "Log a run" })).toBeVisible();
  await athlete.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => athlete.evaluate(async () => Boolean(await caches.match(location.href))), { timeout: 20_000 }).toBe(true);
  await phone.setOffline(true);
  await athlete.getByLabel("Minutes of running").fill("6");
  await athlete.getByRole("radio", { name: "I had symptoms" }).check();
  await athlete.getByRole("group", { name: "Tingling: the worst during or just after" }).getByRole("radio", { name: "3", exact: true }).check();
  await athlete.getByRole("button", { name: "Save run" }).click();
  await expect(athlete.getByText("Run saved on this phone: waiting to send.")).toBeVisible();
  await athlete.reload();
  const outbox = athlete.getByRole("region", { name: "Waiting to send (1)" });
  await expect(outbox.getByRole("listitem")).toHaveCount(1);
  await expect(outbox.getByRole("listitem")).toContainText(/Run on \d{4}-\d{2}-\d{2}, 6 min/);
  await phone.setOffline(false);
  await expect(outbox).toHaveCount(0, { timeout: 30_000 });

  // The athlete's log and the therapist's record show each entry once.
  await athlete.goto("/portal/history");
  await expect(athlete.getByRole("heading", { level: 1, name: "My log" })).toBeVisible();
  await expect(athlete.getByRole("listitem").filter({ hasText: /^.*Run: / })).toHaveCount(2);
  await expectNoSeriousAxeViolations(athlete);

  await therapist.goto(therapist.url().replace(/\/programs.*$/, ""));
  const logged = therapist.getByRole("region", { name: "Logged sessions" });
  await expect(logged.getByRole("row")).toHaveCount(4);
  await expect(logged.getByRole("cell", { name: /6 min/ })).toHaveCount(1);

  // Progress: adherence, the symptom trend and weekly minutes.
  await athlete.goto("/portal/progress");
  await expect(athlete.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(athlete.getByRole("img", { name: /2 runs/ }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(athlete);

  // The weekly safety questions: a "yes" that means emergency is shown at once, and reaches the therapist.
  await athlete.goto("/portal");
  await athlete.getByRole("link", { name: "Answer the safety questions" }).click();
  await expect(athlete.getByRole("heading", { level: 1, name: "Safety questions" })).toBeVisible();
  await expectNoSeriousAxeViolations(athlete);
  await athlete.getByRole("group", { name: /bladder or bowel/ }).getByRole("radio", { name: "Yes" }).check();
  await athlete.getByRole("group", { name: /weakness in both legs/ }).getByRole("radio", { name: "No" }).check();
  await athlete.getByRole("button", { name: "Send answers" }).click();
  await expect(athlete.getByRole("alert").filter({ hasText: "Seek emergency care now" })).toContainText("call your local emergency number");
  await therapist.reload();
  const flags = therapist.getByRole("region", { name: /^Open red flags/ });
  await expect(flags.getByText(/T-E2/)).toBeVisible();
  await expect(flags.getByText("Emergency: the athlete should seek emergency care now.")).toBeVisible();
  await phone.close();
  await clinic.close();
});
