/** A distance for reading in the given locale: "5.2 km" (en) or "5,2 km" (de). */
export function formatKm(km: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(km)} km`;
}

/** A number as the athlete would type it in this locale: no grouping, up to 2 decimals ("5,2"). */
export function formatTypedNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(n);
}
