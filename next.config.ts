import type { NextConfig } from "next";

// One id per build: the portal's offline worker names its caches after it, so a new build never serves
// the previous build's pages or scripts from the cache.
const buildId = process.env.STRIDECARE_BUILD_ID ?? Date.now().toString(36);

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files; bundling it doubles the build and breaks its file loading.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // `next dev` serves its scripts only to the host it was started for; without this a page opened at
  // 127.0.0.1 never hydrates (its forms would submit natively).
  allowedDevOrigins: ["localhost", "127.0.0.1", "[::1]"],
  typedRoutes: false,
  generateBuildId: () => buildId,
  env: { NEXT_PUBLIC_BUILD_ID: buildId },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
      // The portal's offline worker must be re-checked on every visit, or a fixed version lingers.
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

export default nextConfig;
