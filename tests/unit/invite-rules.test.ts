import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INVITE_VALID_DAYS, inviteExpiry, inviteStatus, type InviteState, type InviteStatus } from "@/server/domain/invites/invite-rules";

const DAY = 24 * 60 * 60_000;
const created = new Date("2026-03-01T09:30:00.000Z");
const expiresAt = inviteExpiry(created);
const at = (ms: number) => new Date(expiresAt.getTime() + ms);
const invite = (over: Partial<InviteState> = {}): InviteState => ({ expiresAt, usedAt: null, revokedAt: null, ...over });

describe("inviteExpiry", () => {
  it("is 7 days after creation by default", () => {
    expect(INVITE_VALID_DAYS).toBe(7);
    expect(expiresAt.toISOString()).toBe("2026-03-08T09:30:00.000Z");
  });

  it("takes another number of days", () => {
    expect(inviteExpiry(created, 1).getTime() - created.getTime()).toBe(DAY);
    expect(inviteExpiry(created, 30).getTime() - created.getTime()).toBe(30 * DAY);
  });

  it("does not change its argument", () => {
    const now = new Date(created);
    inviteExpiry(now);
    expect(now).toEqual(created);
  });
});

describe("inviteStatus", () => {
  it.each<[string, InviteState, Date, InviteStatus]>([
    ["at creation", invite(), created, "usable"],
    ["1 ms before expiry", invite(), at(-1), "usable"],
    ["exactly at expiry", invite(), at(0), "expired"],
    ["1 ms after expiry", invite(), at(1), "expired"],
    ["used, before expiry", invite({ usedAt: created }), at(-1), "used"],
    ["revoked, before expiry", invite({ revokedAt: created }), at(-1), "revoked"],
    ["used beats revoked", invite({ usedAt: created, revokedAt: created }), at(-1), "used"],
    ["used beats expired", invite({ usedAt: created }), at(1), "used"],
    ["revoked beats expired", invite({ revokedAt: created }), at(1), "revoked"],
    ["used beats revoked beats expired", invite({ usedAt: created, revokedAt: created }), at(1), "used"],
    ["replaced by a newer link", invite({ revokedAt: created, revokedReason: "replaced" }), at(-1), "revoked"],
    ["withdrawn by the clinic", invite({ revokedAt: created, revokedReason: "withdrawn" }), at(-1), "withdrawn"],
    ["withdrawn beats expired", invite({ revokedAt: created, revokedReason: "withdrawn" }), at(1), "withdrawn"],
    ["used beats withdrawn", invite({ usedAt: created, revokedAt: created, revokedReason: "withdrawn" }), at(-1), "used"],
  ])("%s → %s", (_label, state, now, status) => {
    expect(inviteStatus(state, now)).toBe(status);
  });

  it("property: for any creation time and any validity ≥ 1 day, usable at creation and expired at expiry", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 3650 }),
        (now, validDays) => {
          const state = invite({ expiresAt: inviteExpiry(now, validDays) });
          expect(inviteStatus(state, now)).toBe("usable");
          expect(inviteStatus(state, new Date(state.expiresAt.getTime() - 1))).toBe("usable");
          expect(inviteStatus(state, state.expiresAt)).toBe("expired");
        },
      ),
    );
  });
});
