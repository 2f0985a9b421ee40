import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { newAthleteWithPortal, phone, startProgram } from "./fixtures";
import { signIn } from "./sign-in";

/** The 0–10 rating groups of the run form once "I had symptoms" is chosen, and the effort. */
const ratingGroups = [
  "Before the run",
  "Numbness: the worst during or just after",
  "Tingling: the worst during or just after",
  "Burning: the worst during or just after",
  "Pain: the worst during or just after",
  "How hard was the session overall?",
];

async function openRunForm(athlete: Page) {
  await athlete.goto("/portal/log/run");
  await expect(athlete.getByRole("heading", { level: 1, name: "Log a run" })).toBeVisible();
}

const rating = (athlete: Page, group: string, n: number) =>
  athlete.getByRole("group", { name: group }).getByRole("radio", { name: String(n), exact: true });

test("on a phone nothing is pre-rated: a run saved with nothing rated is incomplete, and athlete and therapist see \"not rated\"", async ({ browser }) => {
  const journey = await newAthleteWithPortal(browser);
  const { athlete, therapist } = journey;
  await startProgram(journey);
  await openRunForm(athlete);

  // Not even "No symptoms" is chosen for the athlete; saving without an answer asks for one.
  await expect(athlete.getByRole("radio", { name: "No symptoms" })).not.toBeChecked();
  await expect(athlete.getByRole("radio", { name: "I had symptoms" })).not.toBeChecked();
  await athlete.getByRole("button", { name: "Save run" }).click();
  await expect(athlete.getByText("Choose “No symptoms” or “I had symptoms”")).toBeVisible();

  await athlete.getByRole("radio", { name: "I had symptoms" }).check();
  for (const group of ratingGroups) await expect(athlete.getByRole("group", { name: group }).getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(athlete.getByLabel("Minutes until it was back to your usual after you stopped")).toHaveValue("");
  await expectNoSeriousAxeViolations(athlete);

  // A tapped rating can be taken back to "not rated".
  await rating(athlete, "Pain: the worst during or just after", 2).check();
  await athlete.getByRole("button", { name: "Clear: not rated (Pain: the worst during or just after)" }).click();
  await expect(athlete.getByRole("group", { name: "Pain: the worst during or just after" }).getByRole("radio", { checked: true })).toHaveCount(0);

  await athlete.getByRole("button", { name: "Save run" }).click();
  await expect(athlete.getByText("Run saved. Your physio can see it.")).toBeVisible();
  await expect(athlete.getByRole("heading", { name: "Not complete yet" })).toBeVisible();
  await expect(athlete.getByText("Still to do: rate your symptoms during the run (nothing was rated)")).toBeVisible();
  await expect(athlete.getByText("Still to do: answer the next-morning question")).toBeVisible();

  await athlete.goto("/portal/history");
  const entry = athlete.getByRole("listitem").filter({ hasText: "Run:" });
  await expect(entry).toContainText("Incomplete");
  await expect(entry).toContainText("symptoms not rated");
  await expect(entry).toContainText("effort not rated");
  await expect(entry).toContainText("Still to do: rate your symptoms during the run");
  await expectNoSeriousAxeViolations(athlete);

  // The correction form shows the same: nothing rated, not zeros.
  await entry.getByRole("link", { name: /^Correct this entry/ }).click();
  await expect(athlete.getByRole("radio", { name: "I had symptoms" })).toBeChecked();
  for (const group of ratingGroups) await expect(athlete.getByRole("group", { name: group }).getByRole("radio", { checked: true })).toHaveCount(0);

  await therapist.goto(journey.recordUrl);
  const logged = therapist.getByRole("region", { name: "Logged sessions" });
  const row = logged.getByRole("row").filter({ hasText: "min run" });
  await expect(row).toContainText("symptoms not rated");
  await expect(row).toContainText("RPE not rated");
  await expect(row).toContainText("Incomplete");
  await expect(row).toContainText("no symptom rated");
  await journey.close();
});

test("an amber run says why on saving and in My log; total minutes must cover the running; \"5,2\" km is accepted and shown", async ({ browser }) => {
  const journey = await newAthleteWithPortal(browser);
  const { athlete, therapist } = journey;
  await startProgram(journey);
  // A shoe the therapist recorded, to pick on the run.
  await therapist.goto(journey.recordUrl);
  const shoes = therapist.getByRole("region", { name: "Shoes" });
  await shoes.locator("summary").filter({ hasText: "Add shoe" }).click();
  await therapist.getByLabel("Brand").fill("Brooks");
  await therapist.getByLabel("Model").fill("Ghost 16");
  await therapist.getByLabel("Use").selectOption({ label: "Road" });
  await shoes.getByRole("button", { name: "Add shoe" }).click();
  await expect(therapist.getByText("Brooks Ghost 16").first()).toBeVisible();

  await openRunForm(athlete);
  await athlete.getByLabel("Minutes of running").fill("20");
  await athlete.getByText("More about the run (optional)").click();
  await athlete.getByLabel("Total minutes, walking included").fill("15");
  await athlete.getByLabel("Distance (km)").fill("5,2");
  await athlete.getByLabel("Temperature (°C)").fill("4");
  await athlete.getByLabel("Shoe").selectOption({ label: "Brooks Ghost 16" });
  await athlete.getByRole("radio", { name: "I had symptoms" }).check();
  await rating(athlete, "Before the run", 0).check();
  await rating(athlete, "Tingling: the worst during or just after", 4).check();
  await rating(athlete, "How hard was the session overall?", 5).check();
  await athlete.getByLabel("Note (optional)").fill("Icy towpath");
  await athlete.getByRole("button", { name: "Save run" }).click();

  const total = athlete.getByLabel("Total minutes, walking included");
  await expect(total).toHaveAttribute("aria-invalid", "true");
  await expect(athlete.getByText("Total minutes (15) cannot be less than the minutes of running (20)")).toBeVisible();
  await expectNoSeriousAxeViolations(athlete);
  await total.fill("25");
  await athlete.getByRole("button", { name: "Save run" }).click();

  await expect(athlete.getByText("Run saved. Your physio can see it.")).toBeVisible();
  await expect(athlete.getByRole("heading", { name: "Amber run" })).toBeVisible();
  await expect(athlete.getByText("Amber: tingling reached 4/10 (above 2/10)")).toBeVisible();
  await expectNoSeriousAxeViolations(athlete);

  await athlete.goto("/portal/history");
  const entry = athlete.getByRole("listitem").filter({ hasText: "Run:" });
  await expect(entry).toContainText("Amber");
  await expect(entry).toContainText("Amber: tingling reached 4/10 (above 2/10)");
  await expect(entry).toContainText("5.2 km");
  await expect(entry).toContainText("effort 5/10");

  // The entry page explains it too, and shows the distance as the athlete types it.
  await entry.getByRole("link", { name: /^Correct this entry/ }).click();
  await expect(athlete.getByRole("heading", { level: 1, name: "Correct an entry" })).toBeVisible();
  await expect(athlete.getByText("Amber: tingling reached 4/10 (above 2/10)")).toBeVisible();
  await expect(athlete.getByLabel("Distance (km)")).toHaveValue("5.2");
  await expectNoSeriousAxeViolations(athlete);

  // On a German phone the same run reads "5,2 km", and the correction form offers "5,2".
  const german = await browser.newContext({ ...phone, locale: "de-DE" });
  const deAthlete = await german.newPage();
  await signIn(deAthlete, `${journey.lastName.toLowerCase()}@example.com`, "my feet feel better now");
  await expect(deAthlete.getByRole("heading", { level: 1, name: `Hi ${journey.firstName}` })).toBeVisible();
  await deAthlete.goto("/portal/history");
  const deEntry = deAthlete.getByRole("listitem").filter({ hasText: "Run:" });
  await expect(deEntry).toContainText("5,2 km");
  await deEntry.getByRole("link", { name: /^Correct this entry/ }).click();
  await expect(deAthlete.getByLabel("Distance (km)")).toHaveValue("5,2");
  await german.close();

  await therapist.goto(journey.recordUrl);
  const row = therapist.getByRole("region", { name: "Logged sessions" }).getByRole("row").filter({ hasText: "min run" });
  await expect(row).toContainText("5.2 km");
  await expect(row).toContainText("25 min in total");
  await expect(row).toContainText("4 °C");
  await expect(row).toContainText("shoe Brooks Ghost 16");
  await expect(row).toContainText("Note: “Icy towpath”");
  await expect(row).toContainText("tingling 4/10");
  await journey.close();
});

test("a half-typed run survives a reload (draft restored), can be discarded, is gone once sent, and goes at sign-out", async ({ browser }) => {
  const journey = await newAthleteWithPortal(browser);
  const { athlete } = journey;
  await startProgram(journey);
  await openRunForm(athlete);

  await athlete.getByLabel("Minutes of running").fill("14");
  await athlete.getByRole("radio", { name: "I had symptoms" }).check();
  await rating(athlete, "Tingling: the worst during or just after", 3).check();
  await athlete.getByLabel("Note (optional)").fill("Calf tight at the end");
  await athlete.reload();

  await expect(athlete.getByRole("status").filter({ hasText: "Draft restored" })).toBeVisible();
  await expect(athlete.getByLabel("Minutes of running")).toHaveValue("14");
  await expect(rating(athlete, "Tingling: the worst during or just after", 3)).toBeChecked();
  await expect(athlete.getByLabel("Note (optional)")).toHaveValue("Calf tight at the end");
  // Symptom data stays on the device: never in the address.
  expect(new URL(athlete.url()).search).toBe("");
  await expectNoSeriousAxeViolations(athlete);

  // Back to Today and forward again: still there.
  await athlete.goto("/portal");
  await athlete.goBack();
  await expect(athlete.getByLabel("Note (optional)")).toHaveValue("Calf tight at the end");

  // Discard starts afresh.
  await athlete.getByRole("button", { name: "Discard draft" }).click();
  await expect(athlete.getByText("Draft restored")).toHaveCount(0);
  await expect(athlete.getByLabel("Note (optional)")).toHaveValue("");
  await athlete.reload();
  await expect(athlete.getByRole("heading", { level: 1, name: "Log a run" })).toBeVisible();
  await expect(athlete.getByText("Draft restored")).toHaveCount(0);

  // Typed again and sent: the draft is gone.
  await athlete.getByLabel("Minutes of running").fill("11");
  await athlete.getByRole("radio", { name: "No symptoms" }).check();
  await athlete.reload();
  await expect(athlete.getByLabel("Minutes of running")).toHaveValue("11");
  await athlete.getByRole("button", { name: "Save run" }).click();
  await expect(athlete.getByText("Run saved. Your physio can see it.")).toBeVisible();
  await openRunForm(athlete);
  await expect(athlete.getByText("Draft restored")).toHaveCount(0);
  await expect(athlete.getByRole("radio", { name: "No symptoms" })).not.toBeChecked();
  await expect(athlete.getByLabel("Minutes of running")).not.toHaveValue("11");

  // A draft left on a shared phone goes with the sign-out.
  await athlete.getByRole("radio", { name: "I had symptoms" }).check();
  await rating(athlete, "Numbness: the worst during or just after", 5).check();
  await expect.poll(() => athlete.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("stridecare-draft:")).length)).toBe(1);
  await athlete.getByRole("button", { name: "Sign out" }).click();
  await expect(athlete).toHaveURL(/\/sign-in/);
  expect(await athlete.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("stridecare-draft:")))).toEqual([]);
  await journey.close();
});
