import { describe, expect, it } from "vitest";
import { isShoeDueForReview, roundKm, shoeTotalKm } from "@/server/domain/shoes/mileage";

describe("shoe mileage (DOMAIN 4.2–4.3)", () => {
  it.each<[number, number, number]>([
    [0, 0, 0],
    [120, 35.44, 155.4],
    [120, 35.45, 155.5],
    [0.1, 0.2, 0.3], // 0.30000000000000004 in floating point
    [599.9, 0.06, 600],
  ])("%s km at the start + %s km logged = %s km", (startingKm, loggedKm, total) => {
    expect(shoeTotalKm(startingKm, loggedKm)).toBe(total);
  });

  it.each<[number, number]>([[12.34, 12.3], [12.35, 12.4], [0, 0]])("%s km shown as %s", (km, shown) => {
    expect(roundKm(km)).toBe(shown);
  });

  it.each<[number, number, boolean]>([
    [599.9, 600, false],
    [600, 600, true],
    [600.1, 600, true],
    [0.1 + 0.2 + 599.7, 600, true], // 600.0000000000001 and 599.9999999999999 alike are 600 km
    [599.7 + 0.3 - 1e-12, 600, true],
    [449.9, 450, false],
    [450, 450, true],
  ])("%s km against a review distance of %s km: due %s", (totalKm, reviewKm, due) => {
    expect(isShoeDueForReview(totalKm, reviewKm)).toBe(due);
  });
});
