import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { desktop, newAthleteWithPortal, phone, startProgram, uniqueName } from "./fixtures";
import { signIn } from "./sign-in";

// Spec codes and raw machine text that must never reach a page.
const specCodes = /\bR[0-9]\b|DOMAIN|T-[EUR][0-9]:/;
const rawTimestamp = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const zodDefaults = /Invalid input|Too small: expected|Too big: expected/;

async function expectPlainText(page: Page) {
  const text = await page.locator("main").innerText();
  expect(text, `spec codes on ${page.url()}`).not.toMatch(specCodes);
  expect(text, `raw timestamps on ${page.url()}`).not.toMatch(rawTimestamp);
  expect(text, `zod defaults on ${page.url()}`).not.toMatch(zodDefaults);
}

/** Console errors and warnings about hydration, collected while the page is used. */
function collectHydrationWarnings(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (m) => {
    if ((m.type() === "error" || m.type() === "warning") && /hydrat/i.test(m.text())) found.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (/hydrat/i.test(e.message)) found.push(e.message);
  });
  return found;
}

test("a date of birth in the future is refused at the field, in plain words", async ({ browser }) => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await signIn(page, "therapist@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await page.goto("/athletes/new");
  const dob = page.getByLabel("Date of birth");
  // The picker itself stops at the youngest plausible age.
  expect(await dob.getAttribute("max")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await dob.getAttribute("min")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByLabel("First name").fill("Future");
  await page.getByLabel("Last name").fill(uniqueName("Born"));
  await dob.fill(`${new Date().getUTCFullYear() + 5}-06-01`);
  await page.getByLabel("Sex").selectOption({ label: "Female" });
  await page.getByRole("button", { name: "Add athlete" }).click();
  await expect(dob).toHaveAttribute("aria-invalid", "true");
  await expect(dob).toHaveAccessibleDescription("The date of birth cannot be in the future");
  await expect(page.getByRole("heading", { level: 1, name: "Add athlete" })).toBeVisible();
  await expectPlainText(page);

  // Corrected, the athlete is added and no old error lingers.
  await dob.fill("1992-03-04");
  await page.getByRole("button", { name: "Add athlete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Future Born/ })).toBeVisible();
  await expect(page.getByText("The date of birth cannot be in the future")).toHaveCount(0);
  await context.close();
});

test("therapist and athlete pages speak plainly, count in the right number and show no hydration warnings (Pacific/Auckland)", async ({ browser }) => {
  const journey = await newAthleteWithPortal(browser);
  await startProgram(journey);
  const { athlete, recordUrl, lastName } = journey;

  // The athlete reports a swollen calf: an urgent red flag with its reason on the record.
  await athlete.goto("/portal/checklist");
  const groups = athlete.getByRole("group");
  await expect(athlete.getByRole("group", { name: /calf swollen/i })).toBeVisible();
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const legend = (await group.locator("legend").innerText()).trim();
    await group.getByRole("radio", { name: /calf swollen/i.test(legend) ? "Yes" : "No", exact: true }).check();
  }
  await Promise.all([
    athlete.waitForResponse((r) => r.url().includes("/api/trpc/") && r.request().method() === "POST" && r.ok()),
    athlete.getByRole("button", { name: "Send answers" }).click(),
  ]);

  // A clinic and a phone east of the server's UTC: dates rendered by the server must match the browser's.
  const clinic = await browser.newContext({ ...desktop, timezoneId: "Pacific/Auckland", storageState: await journey.clinic.storageState() });
  const device = await browser.newContext({ ...phone, timezoneId: "Pacific/Auckland", storageState: await journey.device.storageState() });
  const desk = await clinic.newPage();
  const mobile = await device.newPage();
  const warnings = [...[desk, mobile].map(collectHydrationWarnings)];

  await desk.goto(`/caseload?q=${encodeURIComponent(lastName)}`);
  await expect(desk.getByText(/^1 athlete\b/)).toBeVisible();
  await expect(desk.getByText(/^1 athletes/)).toHaveCount(0);
  await expectPlainText(desk);

  await desk.goto(recordUrl);
  const flags = desk.getByRole("region", { name: /Open red flags/ });
  await expect(flags).toBeVisible();
  // The question's reference appears once, beside its plain reason, never doubled.
  await expect(flags).toContainText("calf swollen");
  const flagText = await flags.innerText();
  expect(flagText.match(/T-U7/g)).toHaveLength(1);
  expect(flagText).not.toMatch(/T-U7:/);
  await expect(flags).toContainText(/Raised \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
  await expectPlainText(desk);
  await expectNoSeriousAxeViolations(desk);

  await desk.goto(`${recordUrl}/programs`);
  await expect(desk.getByRole("heading", { level: 2, name: /^Active program/ })).toBeVisible();
  await expectPlainText(desk);

  await desk.goto("/exercises");
  await expect(desk.getByRole("heading", { level: 1 })).toBeVisible();
  await expectPlainText(desk);
  await expect(desk.locator("main")).not.toContainText("Governed by");

  for (const path of ["/portal", "/portal/progress", "/portal/log/activity"]) {
    await mobile.goto(path);
    await expect(mobile.getByRole("heading", { level: 1 })).toBeVisible();
    await expectPlainText(mobile);
  }
  // The exercise caution the athlete reads is in plain words.
  await mobile.goto("/portal");
  await expect(mobile.locator("main")).not.toContainText(/\bLOPS\b|\bDVT\b|As above/);

  expect(warnings.flat()).toEqual([]);
  await clinic.close();
  await device.close();
  await journey.close();
});

test("a caseload page past the end says so and links to the last page; the sort box is not cut off", async ({ browser }) => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await signIn(page, "therapist@demo.clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  const sort = page.getByLabel("Sort by");
  const clipped = await sort.evaluate((el: HTMLSelectElement) => {
    const probe = document.createElement("span");
    const style = getComputedStyle(el);
    probe.style.font = style.font;
    probe.style.position = "absolute";
    probe.textContent = el.options[el.selectedIndex]!.text;
    document.body.append(probe);
    // The text, the select's padding and room for its drop-down arrow.
    const needed = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 16;
    probe.remove();
    return needed > el.clientWidth;
  });
  expect(clipped).toBe(false);

  await page.goto("/caseload?page=99");
  await expect(page.getByText(/No athletes on page 99/)).toBeVisible();
  await page.getByRole("link", { name: "Go to the last page" }).click();
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByText(/No athletes on page/)).toHaveCount(0);
  await context.close();
});

test("disabling a clinician asks for confirmation first", async ({ browser }) => {
  const owner = await (await browser.newContext(desktop)).newPage();
  await signIn(owner, "owner@demo.clinic");
  await expect(owner.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await owner.goto("/team");
  const name = `Casey ${uniqueName("Locum")}`;
  await owner.getByLabel("Name").fill(name);
  await owner.getByLabel("Email").fill(`${uniqueName("locum").toLowerCase()}@example.com`);
  await owner.getByRole("button", { name: /Add therapist|Invite therapist|Send invite/ }).click();
  const link = await owner.getByLabel("Therapist invite link").inputValue();

  const locum = await (await browser.newContext(desktop)).newPage();
  await locum.goto(link);
  await locum.getByLabel("New password").fill("a locum passphrase 2026");
  await locum.getByLabel("Confirm password").fill("a locum passphrase 2026");
  await locum.getByRole("button", { name: /Set password/ }).click();
  await expect(locum.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();

  await owner.goto("/team");
  const row = owner.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: `Disable: ${name}` }).click();
  // Nothing happened yet: the same button now asks for a second click, with what it will do.
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await expect(row.getByRole("status")).toContainText("signs");
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByRole("button", { name: `Disable: ${name}` })).toBeVisible();
  await row.getByRole("button", { name: `Disable: ${name}` }).click();
  await row.getByRole("button", { name: `Confirm disable: ${name}` }).click();
  await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
  await owner.context().close();
  await locum.context().close();
});

test("the portal can be added to a phone's home screen: manifest and icons", async ({ request }) => {
  const res = await request.get("/manifest.webmanifest");
  expect(res.ok()).toBe(true);
  const manifest = (await res.json()) as { name: string; short_name: string; start_url: string; display: string; theme_color: string; icons: { src: string; sizes: string; type: string }[] };
  expect(manifest).toMatchObject({ name: "StrideCare", short_name: "StrideCare", start_url: "/portal", display: "standalone" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const size of ["192x192", "512x512"]) {
    const icon = manifest.icons.find((i) => i.sizes === size);
    expect(icon, size).toBeDefined();
    const file = await request.get(icon!.src);
    expect(file.ok()).toBe(true);
    expect(file.headers()["content-type"]).toBe("image/png");
  }
  const page = await request.get("/sign-in");
  const html = await page.text();
  expect(html).toMatch(/<link rel="manifest" href="\/manifest.webmanifest"/);
  expect(html).toMatch(/<link rel="icon" href="\/icon.svg/);
});
