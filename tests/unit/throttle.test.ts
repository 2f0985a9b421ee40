import { describe, expect, it } from "vitest";
import { isThrottled, throttlePolicy, throttleWindowStart, type ThrottleCounts } from "@/server/domain/auth/throttle";

describe("throttlePolicy", () => {
  it("allows 5 failures per account and 30 per address in 15 minutes", () => {
    expect(throttlePolicy).toEqual({ windowMinutes: 15, maxFailuresPerAccount: 5, maxFailuresPerIp: 30 });
  });
});

describe("isThrottled", () => {
  it.each<[ThrottleCounts, boolean]>([
    [{ accountFailures: 0, ipFailures: 0 }, false],
    [{ accountFailures: 4, ipFailures: 0 }, false],
    [{ accountFailures: 5, ipFailures: 0 }, true],
    [{ accountFailures: 6, ipFailures: 0 }, true],
    [{ accountFailures: 0, ipFailures: 29 }, false],
    [{ accountFailures: 0, ipFailures: 30 }, true],
    [{ accountFailures: 4, ipFailures: 29 }, false],
    [{ accountFailures: 5, ipFailures: 30 }, true],
  ])("%o → %s", (counts, throttled) => {
    expect(isThrottled(counts)).toBe(throttled);
  });

  it("takes another policy", () => {
    const strict = { windowMinutes: 5, maxFailuresPerAccount: 1, maxFailuresPerIp: 2 };
    expect(isThrottled({ accountFailures: 0, ipFailures: 1 }, strict)).toBe(false);
    expect(isThrottled({ accountFailures: 1, ipFailures: 0 }, strict)).toBe(true);
    expect(isThrottled({ accountFailures: 0, ipFailures: 2 }, strict)).toBe(true);
  });
});

describe("throttleWindowStart", () => {
  const now = new Date("2026-05-10T12:00:00.000Z");

  it("is 15 minutes before now", () => {
    expect(throttleWindowStart(now).toISOString()).toBe("2026-05-10T11:45:00.000Z");
  });

  it("follows the policy's window", () => {
    expect(throttleWindowStart(now, { ...throttlePolicy, windowMinutes: 60 }).toISOString()).toBe("2026-05-10T11:00:00.000Z");
  });
});
