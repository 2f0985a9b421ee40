/** Kilometres as whole metres, so "at or past the review distance" is not at the mercy of summed decimals. */
const metres = (km: number) => Math.round(km * 1000);

/** Kilometres to one decimal, as the app shows and compares a shoe's distance. */
export const roundKm = (km: number): number => Math.round(km * 10) / 10;

/** A shoe's total distance (DOMAIN 4.2): the km it had when recorded plus the km logged in it, to one decimal. */
export const shoeTotalKm = (startingKm: number, loggedKm: number): number => roundKm(startingKm + loggedKm);

/** DOMAIN 4.3 / R6 shoe-review: a shoe is due for review at or past its review distance (default 600 km, R10). */
export const isShoeDueForReview = (totalKm: number, reviewDistanceKm: number): boolean => metres(totalKm) >= metres(reviewDistanceKm);
