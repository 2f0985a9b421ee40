import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, vi } from "vitest";
import type { Db } from "@/db/client";
import type { ClinicianActor } from "@/server/domain/access";
import { callerFor } from "./caller";
import { createAthleteRecord } from "./factories";

/** Without SMTP_URL the invite URL is returned (and logged); it ends with the token. */
export function tokenFromInvite(issued: { url: string | null }): string {
  const token = issued.url?.split("/invite/")[1];
  if (!token) throw new Error(`no invite token in ${String(issued.url)}`);
  return token;
}

/** An athlete without a portal account on the therapist's caseload, invited by that therapist. */
export async function inviteNewAthlete(db: Db, therapist: ClinicianActor, now = new Date()) {
  const { athlete, email } = await createAthleteRecord(db, therapist);
  if (!email) throw new Error("inviteNewAthlete: the fixture athlete has no email");
  const issued = await callerFor(db, therapist, now).invite.create({ requestKey: randomUUID(), athleteId: athlete.id });
  return { athlete, email, issued, inviteId: issued.inviteId, token: tokenFromInvite(issued) };
}

/** The mailer logs each invite link when no SMTP server is configured; keep test output readable. */
export function quietInviteLinks(): void {
  beforeAll(() => {
    vi.spyOn(console, "info").mockImplementation(() => {});
  });
  afterAll(() => {
    vi.mocked(console.info).mockRestore();
  });
}
