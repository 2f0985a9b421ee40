/** Sign-in throttling: failures counted per account and per IP over a sliding window. */
export type ThrottlePolicy = { windowMinutes: number; maxFailuresPerAccount: number; maxFailuresPerIp: number };

export const throttlePolicy: ThrottlePolicy = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 30,
};

export type ThrottleCounts = { accountFailures: number; ipFailures: number };

/** True when another attempt must be refused before the password is even checked. */
export function isThrottled(counts: ThrottleCounts, policy: ThrottlePolicy = throttlePolicy): boolean {
  return counts.accountFailures >= policy.maxFailuresPerAccount || counts.ipFailures >= policy.maxFailuresPerIp;
}

/** Start of the counting window that ends at `now`. */
export function throttleWindowStart(now: Date, policy: ThrottlePolicy = throttlePolicy): Date {
  return new Date(now.getTime() - policy.windowMinutes * 60_000);
}
