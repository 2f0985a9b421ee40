/**
 * Exact arithmetic for the progression rules (docs/clinical-rules.md R4.2: no floating-point drift).
 * Decimal settings have at most two places and are handled as integer hundredths (0.10 → 10), so every
 * product of whole minutes and a factor is an integer division, rounded once.
 */

/** Whether a decimal has at most two places (0.75 yes, 0.755 no), tolerant of binary representation. */
export function hasAtMostTwoDecimals(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
}

/** A decimal of at most two places as integer hundredths: 0.1 → 10, 1.3 → 130. */
export function toHundredths(x: number): number {
  return Math.round(x * 100);
}

/** round(n ÷ d) for integers n ≥ 0 and d > 0, halves up, in integer arithmetic. */
export function divRoundHalfUp(n: number, d: number): number {
  const twice = 2 * n + d;
  return (twice - (twice % (2 * d))) / (2 * d);
}

/** ⌊n ÷ d⌋ for integers n ≥ 0 and d > 0, in integer arithmetic. */
export function divFloor(n: number, d: number): number {
  return (n - (n % d)) / d;
}

/** round(minutes × factor) where the factor is given in hundredths: whole minutes, rounded once, halves up. */
export function scaleMinutes(minutes: number, factorHundredths: number): number {
  return divRoundHalfUp(minutes * factorHundredths, 100);
}

/** A factor in hundredths as written in the protocol: 110 → "1.10", 75 → "0.75". */
export function formatFactor(hundredths: number): string {
  return (hundredths / 100).toFixed(2);
}
