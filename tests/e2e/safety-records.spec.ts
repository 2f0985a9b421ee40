import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { desktop, uniqueName } from "./fixtures";
import { signIn } from "./sign-in";

const LEFS = "Lower Extremity Functional Scale (LEFS)";

/**
 * Two clicks inside one task, before React can re-render the button as disabled: the fastest
 * double click (or a bouncing mouse) a clinician can make. Playwright's own dblclick waits between
 * its events long enough for a re-render, which would hide the bug.
 */
async function clickTwiceAtOnce(button: Locator) {
  await button.evaluate((element: HTMLElement) => {
    element.click();
    element.click();
  });
}

/** Counts the calls of one tRPC procedure the page sends from now on (a batched request names each call). */
function countCalls(page: Page, procedure: string): () => number {
  let calls = 0;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.method() !== "POST" || !url.pathname.startsWith("/api/trpc/")) return;
    calls += url.pathname.slice("/api/trpc/".length).split(",").filter((name) => name === procedure).length;
  });
  return () => calls;
}

/** A fresh athlete (no portal account yet) of the demo clinic, added by the demo therapist. */
async function newAthlete(page: Page): Promise<{ name: string; url: string }> {
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  const lastName = uniqueName("Keyed");
  await page.goto("/athletes/new");
  await page.getByLabel("First name").fill("Sasha");
  await page.getByLabel("Last name").fill(lastName);
  await page.getByLabel("Date of birth").fill("1988-03-02");
  await page.getByLabel("Sex").selectOption({ label: "Female" });
  await page.getByLabel("Email").fill(`${lastName.toLowerCase()}@example.com`);
  await page.getByRole("button", { name: "Add athlete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sasha ${lastName}` })).toBeVisible();
  return { name: `Sasha ${lastName}`, url: new URL(page.url()).pathname };
}

/** Fills the clinician's LEFS form with the same answer on every item. */
async function fillLefs(scope: Locator, answer: RegExp) {
  const items = scope.getByRole("group", { name: /^\d+\. / });
  await expect(items).toHaveCount(20);
  for (let i = 0; i < 20; i++) await items.nth(i).getByLabel(answer).check();
}

test("a double click on Record LEFS, Add shoe or Invite stores one of each", async ({ browser }) => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await signIn(page, "therapist@demo.clinic");
  await newAthlete(page);

  // Record LEFS: one score, so the comparison shows a baseline and no "40 → 40, no change".
  const recordCalls = countCalls(page, "outcome.record");
  const outcomes = page.getByRole("region", { name: "Outcome measures", exact: true });
  await outcomes.getByLabel("Record a measure").selectOption({ label: LEFS });
  await fillLefs(outcomes, /^2 · /);
  await clickTwiceAtOnce(outcomes.getByRole("button", { name: "Save measure" }));
  await expect(outcomes.getByRole("status")).toContainText(`${LEFS} recorded: 40 / 80`);
  await page.reload();
  await expect(outcomes.getByRole("row", { name: new RegExp(`${LEFS.replace(/[()]/g, "\\$&")}.*40 / 80`) })).toHaveCount(1);
  expect(recordCalls()).toBe(1);

  // Add shoe: one shoe (two would raise two shoe-review alerts later).
  const shoeCalls = countCalls(page, "shoe.create");
  const shoes = page.getByRole("region", { name: "Shoes" });
  await shoes.getByText("Add shoe", { exact: true }).first().click();
  await shoes.getByLabel("Brand").fill("Hoka");
  await shoes.getByLabel("Model").fill("Clifton 9");
  await shoes.getByLabel("Use").selectOption({ label: "Road" });
  await clickTwiceAtOnce(shoes.getByRole("button", { name: "Add shoe", exact: true }).last());
  await expect(shoes.getByRole("listitem").filter({ hasText: "Clifton 9" })).toHaveCount(1);
  await page.reload();
  await expect(shoes.getByRole("listitem").filter({ hasText: "Clifton 9" })).toHaveCount(1);
  expect(shoeCalls()).toBe(1);

  // Invite to portal: one invite, and its link works.
  const inviteCalls = countCalls(page, "invite.create");
  await clickTwiceAtOnce(page.getByRole("button", { name: "Invite to portal" }));
  const link = page.getByLabel("Invite link");
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  expect(inviteCalls()).toBe(1);
  const invitee = await browser.newContext();
  const invitePage = await invitee.newPage();
  await invitePage.goto(await link.inputValue());
  await expect(invitePage.getByRole("heading", { name: /^Welcome, Sasha/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await invitee.close();
  await context.close();
});

test("a measure entered in error is voided or replaced; a draft visit is discarded; an invite is withdrawn or resent", async ({ browser }) => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await signIn(page, "therapist@demo.clinic");
  const athlete = await newAthlete(page);
  const outcomes = page.getByRole("region", { name: "Outcome measures", exact: true });

  // Two LEFS, the second typed wrong; replace it with the correct answers.
  await outcomes.getByLabel("Record a measure").selectOption({ label: LEFS });
  for (const [answer, score] of [[/^2 · /, "40 / 80"], [/^1 · /, "20 / 80"]] as const) {
    await expect(outcomes.getByText("Answered 0 of 20.")).toBeVisible();
    await fillLefs(outcomes, answer);
    await expect(outcomes.getByText(`Total so far: ${score}`)).toBeVisible();
    await outcomes.getByRole("button", { name: "Save measure" }).click();
    await expect(outcomes.getByRole("status").filter({ hasText: "recorded" })).toContainText(`${LEFS} recorded: ${score}`);
  }
  const wrongRow = outcomes.getByRole("row", { name: /20 \/ 80/ });
  await wrongRow.getByText(/^Correct /).click();
  await wrongRow.getByLabel("Why is this measure wrong?").fill("Scores typed one column to the left");
  await wrongRow.getByRole("button", { name: "Void and record the correct answers" }).click();
  await fillLefs(wrongRow, /^3 · /);
  await wrongRow.getByRole("button", { name: "Save corrected measure" }).click();
  await expect(outcomes.getByRole("row", { name: /Void.*20 \/ 80/ })).toContainText("Replaced by a corrected measure: Scores typed one column to the left");
  const trend = page.getByRole("region", { name: /^Change since baseline/ }).getByRole("row", { name: new RegExp(LEFS.replace(/[()]/g, "\\$&")) });
  await expect(trend).toContainText("40");
  await expect(trend).toContainText("60");
  await expect(trend).not.toContainText("20 / 80");

  // Void the corrected one as well: the trend falls back to the baseline alone.
  const corrected = outcomes.getByRole("row", { name: /^(?!.*Void).*60 \/ 80/ });
  await corrected.getByText(/^Correct /).click();
  await corrected.getByLabel("Why is this measure wrong?").fill("Recorded for the wrong visit");
  await corrected.getByRole("button", { name: "Void measure" }).click();
  await expect(outcomes.getByRole("row", { name: /Void.*60 \/ 80/ })).toContainText("Entered in error: Recorded for the wrong visit");
  await expect(trend).not.toContainText("60");
  await expectNoSeriousAxeViolations(page);

  // A draft visit started by mistake is discarded and leaves the list.
  const visits = page.getByRole("region", { name: "Assessments" });
  await visits.getByRole("button", { name: "Start assessment" }).click();
  await expect(page.getByRole("button", { name: "Discard draft" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Discard draft" }).click();
  await page.getByRole("button", { name: "Confirm discarding the draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: athlete.name })).toBeVisible();
  await expect(visits.getByText("No assessment recorded yet.")).toBeVisible();

  // Invite, resend (the first link dies), withdraw (the link says so).
  await page.getByRole("button", { name: "Invite to portal" }).click();
  const firstLink = await page.getByLabel("Invite link").inputValue();
  await page.reload();
  await page.getByRole("button", { name: "Resend invite to the athlete" }).click();
  const secondLink = await page.getByLabel("New invite link").inputValue();
  expect(secondLink).not.toBe(firstLink);
  const invitee = await browser.newContext();
  const invitePage = await invitee.newPage();
  await invitePage.goto(firstLink);
  await expect(invitePage.getByRole("alert").filter({ hasText: "invite" })).toContainText("replaced by a newer one");
  await page.getByRole("button", { name: "Withdraw invite to the athlete" }).click();
  await page.getByRole("button", { name: "Confirm withdrawing" }).click();
  await expect(page.getByRole("button", { name: "Invite to portal" })).toBeVisible();
  await invitePage.goto(secondLink);
  await expect(invitePage.getByRole("alert").filter({ hasText: "invite" })).toContainText("withdrawn by your clinic");
  await expectNoSeriousAxeViolations(invitePage);
  await invitee.close();
  await context.close();
});
