"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/** Every Cache Storage cache public/sw.js makes starts with this (CACHE_PREFIX there). */
const cachePrefix = "stridecare-";
/** The account whose portal pages the caches hold on this device. */
const ownerKey = "stridecare-offline-owner";
// Development chunk names carry no content hash, so the worker must not serve them cache-first there.
// The build id names the worker's caches: a new build installs a new worker, which drops the old caches.
// eslint-disable-next-line no-restricted-properties -- Next inlines NEXT_PUBLIC_* and NODE_ENV into the client bundle; server/env.ts is server-only.
const build = encodeURIComponent(process.env.NEXT_PUBLIC_BUILD_ID ?? "dev");
// eslint-disable-next-line no-restricted-properties -- Next inlines NEXT_PUBLIC_* and NODE_ENV into the client bundle; server/env.ts is server-only.
const scriptUrl = process.env.NODE_ENV === "production" ? `/sw.js?build=${build}` : `/sw.js?mode=development&build=${build}`;

/**
 * Registers public/sw.js for /portal so portal pages open after a reload without a connection (and the
 * outbox can then send what was logged). Pass the signed-in athlete's `userId` where it is known: if the
 * pages cached on this device belong to another account, they are deleted first. Renders nothing; does
 * nothing where service workers are unavailable (old browsers, plain-http origins other than localhost).
 */
export function RegisterServiceWorker({ userId }: { userId?: string }) {
  const pathname = usePathname();

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    // Offline support is an extra: the portal works without it, so a failed registration is not an error.
    navigator.serviceWorker.register(scriptUrl, { scope: "/portal", updateViaCache: "none" }).catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!userId || !("serviceWorker" in navigator)) return;
    let owner: string | null = null;
    try {
      owner = localStorage.getItem(ownerKey);
      localStorage.setItem(ownerKey, userId);
    } catch {
      // Storage blocked: the caches are still cleared at sign-out.
    }
    if (owner !== null && owner !== userId) void clearOfflineCaches();
  }, [userId]);

  // The page that registered the worker loaded before the worker controlled it, and client-side
  // navigations fetch no HTML: hand the worker this page and the assets loaded so far to keep.
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let isCurrent = true;
    navigator.serviceWorker.ready
      .then((registration) => {
        if (isCurrent) registration.active?.postMessage({ type: "stridecare:cache-urls", urls: [window.location.href, ...loadedStaticAssets()] });
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [pathname]);

  return null;
}

function loadedStaticAssets(): string[] {
  if (typeof performance === "undefined" || typeof performance.getEntriesByType !== "function") return [];
  const urls = new Set<string>();
  for (const entry of performance.getEntriesByType("resource")) {
    try {
      const url = new URL(entry.name);
      if (url.origin === window.location.origin && url.pathname.startsWith("/_next/static/")) urls.add(url.href);
    } catch {
      // not a URL
    }
  }
  return [...urls];
}

/**
 * Deletes everything public/sw.js cached on this device. Portal pages hold one athlete's health data, so
 * they may outlive neither the session nor the account on a shared phone: call this at sign-out. The
 * outbox (IndexedDB) is not touched: entries stay until their owner signs in again.
 */
export async function clearOfflineCaches(): Promise<void> {
  if (typeof caches === "undefined") return;
  try {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith(cachePrefix)).map((name) => caches.delete(name)));
  } catch {
    // Cache Storage unavailable (e.g. blocked storage): nothing was cached either.
  }
}
