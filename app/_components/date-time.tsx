"use client";

import { useSyncExternalStore } from "react";
import { formatDateTime } from "@/server/domain/format";

const subscribe = () => () => {};

/**
 * A moment in the reader's own time zone. The server does not know that zone, so its render (and the
 * first render in the browser, which must match it) says UTC; the local time follows right after.
 */
export function DateTime({ value }: { value: Date | string }) {
  const date = typeof value === "string" ? new Date(value) : value;
  const isBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  return <time dateTime={date.toISOString()}>{formatDateTime(date, isBrowser ? undefined : "UTC")}</time>;
}
