import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { newAthleteWithPortal, startProgram } from "./fixtures";

const advice = (page: Page) => page.getByRole("region", { name: "Seek emergency care now" });

test("a red flag from the phone stays on every page, pauses the plan, and only the therapist's resume restarts runs", async ({ browser }) => {
  const journey = await newAthleteWithPortal(browser);
  const { athlete, therapist } = journey;
  await startProgram(journey, { stage: 1 });

  // Nothing answered is not a completed checklist: it is refused at the questions and stays due.
  await athlete.goto("/portal/checklist");
  await expect(athlete.getByRole("heading", { level: 1, name: "Safety questions" })).toBeVisible();
  await athlete.getByRole("button", { name: "Send answers" }).click();
  await expect(athlete.getByRole("alert").filter({ hasText: "not taken as “no”" })).toBeVisible();
  const saddle = athlete.getByRole("group", { name: /numbness or tingling between your legs/ });
  await expect(saddle).toContainText("Answer yes or no");
  await expect(saddle.getByRole("radio", { name: "Yes" })).toBeFocused();
  await expect(athlete.getByText("Your answers saved")).toHaveCount(0);
  await athlete.goto("/portal");
  await expect(athlete.getByRole("link", { name: "Answer the safety questions" })).toBeVisible();

  // "Yes" to saddle numbness, no to the rest: the emergency advice, and it stays.
  await athlete.getByRole("link", { name: "Answer the safety questions" }).click();
  const groups = athlete.getByRole("group");
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole("radio", { name: "No" }).check();
  await saddle.getByRole("radio", { name: "Yes" }).check();
  await athlete.getByRole("button", { name: "Send answers" }).click();
  await expect(athlete.getByRole("alert").filter({ hasText: "Seek emergency care now" })).toBeVisible();
  await expect(advice(athlete)).toBeVisible();

  await athlete.getByRole("link", { name: "Back to today" }).click();
  await expect(athlete.getByRole("heading", { level: 1, name: `Hi ${journey.firstName}` })).toBeVisible();
  await expect(advice(athlete)).toContainText("Do not do your exercises");
  await expect(advice(athlete)).toContainText("your answers to the safety questions");
  const runs = athlete.getByRole("region", { name: /^Runs and walks/ });
  await expect(runs).toContainText("Runs paused after a safety concern you reported");
  await expect(athlete.getByText(/keep doing your exercises/i)).toHaveCount(0);
  await expectNoSeriousAxeViolations(athlete);
  for (const [link, heading] of [["Log a run", "Log a run"], ["My log", "My log"], ["Progress", "Your progress"]] as const) {
    await athlete.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: link }).click();
    await expect(athlete.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(advice(athlete)).toBeVisible();
  }
  await athlete.reload();
  await expect(advice(athlete)).toBeVisible();

  // The therapist: the emergency first in the alerts and the caseload cell; acknowledging it does not restart runs.
  await therapist.goto(journey.recordUrl);
  const alerts = therapist.getByRole("region", { name: /^Alerts/ });
  await expect(alerts.getByRole("listitem").first()).toContainText("Emergency");
  const flags = therapist.getByRole("region", { name: /^Open red flags/ });
  await flags.getByLabel("What was done").selectOption({ label: "Referred" });
  await flags.getByLabel("Note").fill("Sent to the emergency department; cauda equina excluded");
  await flags.getByRole("button", { name: "Acknowledge" }).click();
  await expect(flags).toHaveCount(0);

  await therapist.goto(`${journey.recordUrl}/programs`);
  await expect(therapist.getByRole("list", { name: "Plan decisions" }).getByText(/^Paused by an emergency red flag: Saddle numbness/)).toBeVisible();
  const resume = therapist.getByRole("region", { name: "Resume plan" });
  await expect(resume).toBeVisible();
  await expectNoSeriousAxeViolations(therapist);

  // Until resumed the athlete still has no runs, and no advice once the flag is acknowledged.
  await athlete.goto("/portal");
  await expect(advice(athlete)).toHaveCount(0);
  await expect(athlete.getByRole("region", { name: /^Runs and walks/ })).toContainText("Runs paused");

  await resume.getByLabel(/^Reason/).fill("Cleared by the emergency department; restart at the same stage");
  await resume.getByRole("button", { name: "Resume plan" }).click();
  await expect(therapist.getByText("Plan resumed: runs are prescribed again.")).toBeVisible();
  await expect(therapist.getByText("Cleared by the emergency department; restart at the same stage").first()).toBeVisible();

  await athlete.reload();
  await expect(athlete.getByRole("region", { name: /^Runs and walks/ }).getByRole("link", { name: /^Log this run/ }).first()).toBeVisible();
  await journey.close();
});
