/*
 * StrideCare service worker: lets the athlete portal open after a reload without a connection, so the
 * logs kept on the phone (IndexedDB outbox) can be seen and are sent when the connection returns.
 * Registered with scope /portal by app/_components/outbox/service-worker.tsx.
 *
 * - Only GET. Never /api/ (tRPC, auth, reports): data is never served from here; the outbox handles writes.
 * - Portal pages (navigations under /portal): network first; a successful answer is kept, and used when
 *   the network fails (that page, else /portal, else a small offline page). With each kept page, the
 *   scripts and styles it names are kept too, so a page opened cold from the cache still hydrates (and
 *   its forms work) rather than being dead HTML.
 * - Router payloads (RSC requests under /portal, the client-side navigations and prefetches): network
 *   first, kept per URL (the _rsc query tells the router's request variants apart), used offline.
 * - /_next/static/: cache first (file names carry a content hash). Network first in development, where
 *   they do not.
 *
 * Privacy: portal pages are rendered for one athlete and contain their health data. They are kept only
 * in this browser's Cache Storage, on the device the athlete signed in on, and only for the signed-in
 * portal. They are deleted at sign-out (clearOfflineCaches in service-worker.tsx), when another account
 * is seen on this device, and here whenever the portal answers with a redirect, HTTP or streamed (the
 * portal redirects only visitors who are not a signed-in athlete: signed out, session expired, or staff).
 *
 * The caches are named per build (the ?build= the page registers this script with) and per strategy
 * (bump STRATEGY when it changes): activation deletes every other stridecare-* cache, so a new build
 * never serves the previous build's pages, payloads or scripts.
 */
const STRATEGY = "v2";
const VERSION = `${STRATEGY}-${new URL(self.location.href).searchParams.get("build") ?? "unversioned"}`;
const CACHE_PREFIX = "stridecare-"; // must match cachePrefix in service-worker.tsx
const PAGES_CACHE = `${CACHE_PREFIX}pages-${VERSION}`;
const STATIC_CACHE = `${CACHE_PREFIX}static-${VERSION}`;
const RSC_CACHE = `${CACHE_PREFIX}rsc-${VERSION}`;
const MAX_RSC = 80;
const MAX_PAGES = 40;
const MAX_STATIC = 400;
const isDevelopment = new URL(self.location.href).searchParams.get("mode") === "development";

/** Pages being written to the cache, so a warm-up request for the same page waits instead of fetching it again. */
const pendingPages = new Map();

self.addEventListener("install", (event) => {
  // Nothing is precached: the pages and assets the athlete opens are kept as they load.
  event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set([PAGES_CACHE, STATIC_CACHE, RSC_CACHE]);
      const names = await self.caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && !current.has(name)).map((name) => self.caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/")) return;
  if (request.headers.has("RSC") || url.searchParams.has("_rsc")) {
    if (isPortalPath(url.pathname)) event.respondWith(networkFirstPayload(event, url));
    return;
  }

  if (request.mode === "navigate") {
    if (isPortalPath(url.pathname)) event.respondWith(networkFirstPage(event, url));
    return;
  }
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(isDevelopment ? networkFirstStatic(event, url) : cacheFirstStatic(event, url));
  }
});

/**
 * The page that registered this worker loaded before the worker controlled it, so neither the page nor
 * its assets went through here. It sends their URLs once the worker is active, and after each client-side
 * navigation, so that a reload without a connection still finds them. Already cached URLs are skipped.
 */
self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "stridecare:cache-urls" || !Array.isArray(data.urls)) return;
  event.waitUntil(cacheUrls(data.urls.filter((u) => typeof u === "string").slice(0, 300)));
});

function isPortalPath(pathname) {
  return pathname === "/portal" || pathname.startsWith("/portal/");
}

function pageKey(url) {
  return url.origin + url.pathname + url.search;
}

async function networkFirstPage(event, url) {
  const fallback = async () => (await cachedPage(pageKey(url))) ?? (await cachedPage(`${url.origin}/portal`));
  let response;
  try {
    response = await fetch(event.request);
  } catch {
    return (await fallback()) ?? offlinePage();
  }
  // The server or a proxy failing is, for the athlete, the same as no connection.
  if (response.status >= 500) return (await fallback()) ?? response;
  if (response.type === "opaqueredirect" || response.redirected) {
    event.waitUntil(forgetAccount());
  } else if (isCacheablePage(response)) {
    event.waitUntil(storePage(pageKey(url), response.clone()));
  }
  return response;
}

function isCacheablePage(response) {
  return response.ok && response.type === "basic" && !response.redirected && (response.headers.get("Content-Type") ?? "").includes("text/html");
}

/**
 * Keeps a page, unless it is a redirect in disguise: when the portal redirects after the page has started
 * streaming (pages with loading.tsx), Next answers 200 with a <meta id="__next-page-redirect"> refresh
 * tag. That means the visitor is no longer this signed-in athlete, so every kept page is deleted.
 */
function storePage(key, response) {
  const stored = (async () => {
    const html = await response.text();
    if (html.includes('id="__next-page-redirect"')) {
      await forgetAccount();
      return;
    }
    const cache = await self.caches.open(PAGES_CACHE);
    await cache.put(key, new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers }));
    await trim(cache, MAX_PAGES);
    await cacheStaticUrls(staticAssetsOf(html));
  })().finally(() => {
    if (pendingPages.get(key) === stored) pendingPages.delete(key);
  });
  pendingPages.set(key, stored);
  return stored;
}

/** The /_next/static/ scripts and styles a page's HTML names (tags and the router's inline chunk lists). */
function staticAssetsOf(html) {
  const urls = new Set();
  for (const match of html.matchAll(/\/_next\/static\/[^"'\s\\<>)]+/g)) urls.add(new URL(match[0], self.location.origin).href);
  return [...urls];
}

/** Pages and router payloads hold one athlete's data: dropped together when the visitor is no longer them. */
async function forgetAccount() {
  await Promise.all([self.caches.delete(PAGES_CACHE), self.caches.delete(RSC_CACHE)]);
}

async function networkFirstPayload(event, url) {
  const key = url.href;
  let response;
  try {
    response = await fetch(event.request);
  } catch (error) {
    const cached = await (await self.caches.open(RSC_CACHE)).match(key, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
  if (response.redirected || response.type === "opaqueredirect") {
    event.waitUntil(forgetAccount());
  } else if (response.ok && response.type === "basic" && (response.headers.get("Content-Type") ?? "").includes("text/x-component")) {
    const copy = response.clone();
    event.waitUntil(
      (async () => {
        const cache = await self.caches.open(RSC_CACHE);
        await cache.put(key, copy);
        await trim(cache, MAX_RSC);
      })(),
    );
  }
  return response;
}

async function cachedPage(key) {
  const cache = await self.caches.open(PAGES_CACHE);
  return cache.match(key, { ignoreVary: true });
}

async function cacheFirstStatic(event, url) {
  const cache = await self.caches.open(STATIC_CACHE);
  const cached = await cache.match(url.href, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok && response.type === "basic") event.waitUntil(storeStatic(cache, url.href, response.clone()));
  return response;
}

async function networkFirstStatic(event, url) {
  const cache = await self.caches.open(STATIC_CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === "basic") event.waitUntil(storeStatic(cache, url.href, response.clone()));
    return response;
  } catch (error) {
    const cached = await cache.match(url.href, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

async function storeStatic(cache, key, response) {
  await cache.put(key, response);
  await trim(cache, MAX_STATIC);
}

/** Keeps a cache to `max` entries, dropping the oldest (Cache Storage lists keys in insertion order). */
async function trim(cache, max) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((key) => cache.delete(key)));
}

async function cacheUrls(urls) {
  for (const raw of urls) {
    let url;
    try {
      url = new URL(raw, self.location.origin);
    } catch {
      continue;
    }
    if (url.origin !== self.location.origin) continue;
    try {
      if (url.pathname.startsWith("/_next/static/")) {
        await cacheStaticUrls([url.href]);
      } else if (isPortalPath(url.pathname)) {
        const key = pageKey(url);
        await pendingPages.get(key);
        if (await cachedPage(key)) continue;
        const response = await fetch(key, { credentials: "same-origin", headers: { Accept: "text/html" } });
        if (response.redirected) await forgetAccount();
        else if (isCacheablePage(response)) await storePage(key, response);
      }
    } catch {
      // Offline or refused: it will be kept the next time it loads.
    }
  }
}

async function cacheStaticUrls(urls) {
  const cache = await self.caches.open(STATIC_CACHE);
  for (const href of urls) {
    try {
      if (await cache.match(href, { ignoreVary: true })) continue;
      const response = await fetch(href, { credentials: "same-origin" });
      if (response.ok && response.type === "basic") await storeStatic(cache, href, response);
    } catch {
      // Offline: kept the next time it loads.
    }
  }
}

function offlinePage() {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Offline · StrideCare</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#0f172a;background:#f8fafc}
main{max-width:32rem;margin:0 auto}
a{display:inline-flex;align-items:center;min-height:2.75rem;padding:0 1rem;margin-top:1rem;border-radius:.375rem;background:#0f172a;color:#fff;font-weight:600;text-decoration:none}
</style>
</head>
<body>
<main>
<h1>You are offline</h1>
<p>This page has not been opened on this phone before, so it cannot be shown without a connection. Anything you logged is saved on this phone and will be sent when you are back online and open StrideCare again.</p>
<a href="/portal">Try again</a>
</main>
</body>
</html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
