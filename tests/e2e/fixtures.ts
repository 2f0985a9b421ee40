import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

/** A phone as the athlete holds it: narrow, touch, mobile user agent. */
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
/** A clinic desktop. */
export const desktop = { viewport: { width: 1280, height: 800 } } as const;

/** A unique suffix so journeys that share the demo database never meet each other's records. */
export const uniqueName = (base: string) => `${base}${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`;

export type AthleteJourney = {
  clinic: BrowserContext;
  therapist: Page;
  device: BrowserContext;
  athlete: Page;
  /** The athlete's record on the clinician side, e.g. /athletes/<uuid>. */
  recordUrl: string;
  firstName: string;
  lastName: string;
  close: () => Promise<void>;
};

/**
 * A fresh athlete of the demo clinic with a portal account: the demo therapist (desktop) adds and
 * invites them, and they accept on a phone. Each journey gets its own athlete, so journeys stay
 * independent of each other and of the demo athletes.
 */
export async function newAthleteWithPortal(browser: Browser, opts: { firstName?: string; lastName?: string } = {}): Promise<AthleteJourney> {
  const firstName = opts.firstName ?? "Robin";
  const lastName = opts.lastName ?? uniqueName("Test");
  const clinic = await browser.newContext(desktop);
  const therapist = await clinic.newPage();
  await signIn(therapist, "therapist@demo.clinic");
  await expect(therapist.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await therapist.goto("/athletes/new");
  await therapist.getByLabel("First name").fill(firstName);
  await therapist.getByLabel("Last name").fill(lastName);
  await therapist.getByLabel("Date of birth").fill("1990-05-14");
  await therapist.getByLabel("Sex").selectOption({ label: "Female" });
  await therapist.getByLabel("Email").fill(`${lastName.toLowerCase()}@example.com`);
  await therapist.getByRole("button", { name: "Add athlete" }).click();
  await expect(therapist.getByRole("heading", { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
  const recordUrl = new URL(therapist.url()).pathname;
  await therapist.getByRole("button", { name: "Invite to portal" }).click();
  const linkField = therapist.getByLabel("Invite link");
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const inviteUrl = await linkField.inputValue();

  const device = await browser.newContext(phone);
  const athlete = await device.newPage();
  await athlete.goto(inviteUrl);
  await athlete.getByLabel("New password").fill("my feet feel better now");
  await athlete.getByLabel("Confirm password").fill("my feet feel better now");
  await athlete.getByRole("button", { name: "Set password and continue" }).click();
  await expect(athlete.getByRole("heading", { level: 1, name: `Hi ${firstName}` })).toBeVisible();

  return {
    clinic, therapist, device, athlete, recordUrl, firstName, lastName,
    close: async () => {
      await device.close();
      await clinic.close();
    },
  };
}

/**
 * The therapist starts a program for the journey's athlete: one nerve glide and, unless `stage` is
 * null, a graded run/walk plan from today at that entry stage.
 */
export async function startProgram(journey: AthleteJourney, opts: { stage?: number | null; name?: string } = {}) {
  const { therapist, recordUrl } = journey;
  const stage = opts.stage === undefined ? 1 : opts.stage;
  const name = opts.name ?? "Glides and easy running";
  await therapist.goto(`${recordUrl}/programs`);
  await therapist.getByLabel("From scratch").check();
  await therapist.getByLabel("Program name").fill(name);
  await therapist.getByLabel("Find an exercise").fill("Supine tibial nerve slider");
  await therapist.getByRole("button", { name: "Add exercise" }).click();
  if (stage !== null) {
    await therapist.getByLabel("Add a graded run/walk plan").check();
    await therapist.getByLabel("Entry stage").selectOption(String(stage));
  }
  await therapist.getByRole("button", { name: "Start program" }).click();
  await expect(therapist.getByRole("heading", { level: 2, name: `Active program: ${name}` })).toBeVisible();
}
