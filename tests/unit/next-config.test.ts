import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

describe("next.config", () => {
  it.each(["localhost", "127.0.0.1"])("lets the dev server hand its scripts to %s", (host) => {
    expect(nextConfig.allowedDevOrigins).toContain(host);
  });
});
