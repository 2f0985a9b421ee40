import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { newAthleteWithPortal, phone, startProgram } from "./fixtures";

/** Waits until the portal's worker controls the page and has this page in its cache. */
async function cachedByWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.href))), { timeout: 20_000 }).toBe(true);
}

test("a run logged on a portal page opened cold from the offline cache is kept, never put in a URL, shown after a reload and sent once when back online", async ({ browser }) => {
  const journey = await newAthleteWithPortal(browser);
  await startProgram(journey, { stage: 1 });
  const { device, therapist, recordUrl } = journey;

  // Every address the phone asks for or navigates to, online and offline.
  const urls: string[] = [];
  device.on("request", (request) => urls.push(request.url()));
  device.on("page", (page) => page.on("framenavigated", (frame) => urls.push(frame.url())));

  // Online: the portal pages are opened once, so the worker keeps them (and what they need to run).
  const online = journey.athlete;
  online.on("framenavigated", (frame) => urls.push(frame.url()));
  await online.goto("/portal");
  await cachedByWorker(online);
  // As an athlete does: from Today to the run form through the app's own link (a client-side navigation).
  await online.getByRole("region", { name: /^Runs and walks/ }).getByRole("link", { name: /^Log this run/ }).first().click();
  await expect(online.getByRole("heading", { level: 1, name: "Log a run" })).toBeVisible();
  await cachedByWorker(online);
  const cachedRunForm = new URL(online.url()).pathname + new URL(online.url()).search;
  await online.close();

  // Offline, a new page opened cold: everything comes from the phone.
  await device.setOffline(true);
  const athlete = await device.newPage();
  await athlete.goto(cachedRunForm);
  await expect(athlete.getByRole("heading", { level: 1, name: "Log a run" })).toBeVisible();
  await athlete.getByLabel("Minutes of running").fill("7");
  await athlete.getByRole("radio", { name: "I had symptoms" }).check();
  await athlete.getByRole("group", { name: "Tingling: the worst during or just after" }).getByRole("radio", { name: "4", exact: true }).check();
  await athlete.getByRole("button", { name: "Save run" }).click();
  await expect(athlete.getByText("Run saved on this phone: waiting to send.")).toBeVisible();
  await expect(athlete).toHaveURL(/\/portal\/log\/run(\?date=[\d-]+)?$/);

  // Reloaded, still offline: the entry is still shown as waiting.
  await athlete.reload();
  const outbox = athlete.getByRole("region", { name: "Waiting to send (1)" });
  await expect(outbox.getByRole("listitem")).toHaveCount(1);
  await expect(outbox.getByRole("listitem")).toContainText(/Run on \d{4}-\d{2}-\d{2}, 7 min/);
  await expectNoSeriousAxeViolations(athlete);

  // Back online without navigating: the phone sends it by itself.
  await device.setOffline(false);
  await expect(outbox).toHaveCount(0, { timeout: 30_000 });
  await expect(athlete).toHaveURL(/\/portal\/log\/run(\?date=[\d-]+)?$/);

  // No symptom, or any other field the athlete filled in, ever travelled in an address (the Today page's
  // links carry the planned run's date, which is not typed data).
  const formFields = /(^|[?&])(runMinutes|durationMinutes|hadSymptoms|preNrs|rpe|numbness|tingling|burning|pain|settleMinutes|note)=/;
  expect(urls.filter((u) => formFields.test(new URL(u).search))).toEqual([]);
  expect(urls.filter((u) => /tingling|numbness/i.test(new URL(u).search))).toEqual([]);

  // The therapist has the run (the only one logged) exactly once.
  await therapist.goto(recordUrl);
  const logged = therapist.getByRole("region", { name: "Logged sessions" });
  await expect(logged.getByRole("cell", { name: /min run/ })).toHaveCount(1);
  await expect(logged.getByRole("cell", { name: /min run/ })).toHaveText(/^7 of \d+ min run .*tingling/);
  await therapist.reload();
  await expect(logged.getByRole("cell", { name: /min run/ })).toHaveCount(1);

  await journey.close();
});

test("before the page's scripts have run, pressing Save run sends nothing and puts nothing in the address", async ({ browser }) => {
  const journey = await newAthleteWithPortal(browser);
  // The same signed-in phone, without its worker, so nothing answers from a cache.
  const bare = await browser.newContext({ ...phone, serviceWorkers: "block", storageState: await journey.device.storageState() });
  const page = await bare.newPage();
  // A page whose scripts never arrive (a slow or broken connection): only the HTML, as the server sent it.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.route("**/sw.js", (route) => route.abort());
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  await page.goto("/portal/log/run");
  await expect(page.getByRole("heading", { level: 1, name: "Log a run" })).toBeVisible();
  await page.getByLabel("Minutes of running").fill("17");
  await page.getByRole("button", { name: "Save run" }).click({ noWaitAfter: true });
  await page.waitForTimeout(1_500);
  expect(new URL(page.url()).search).toBe("");
  expect(urls.filter((u) => /[?&](runMinutes|hadSymptoms|tingling|note)=/.test(u))).toEqual([]);
  await bare.close();
  await journey.close();
});
