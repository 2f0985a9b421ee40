import type { MetadataRoute } from "next";

/** The web app manifest: the athlete's portal can be added to a phone's home screen and opens as an app. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "StrideCare",
    short_name: "StrideCare",
    description: "Your return-to-running plan, exercises and symptom log.",
    start_url: "/portal",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0f766e",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
