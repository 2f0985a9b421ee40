import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files; bundling it doubles the build and breaks its file loading.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // `next dev` serves its scripts only to the host it was started for; without this a page opened at
  // 127.0.0.1 never hydrates (its forms would submit natively).
  allowedDevOrigins: ["localhost", "127.0.0.1", "[::1]"],
  typedRoutes: false,
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
