import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";

/**
 * Browser journeys in Debian's Chromium (never a downloaded browser) against `next start` on a fresh
 * embedded demo database. Run `next build` first; E2E_SERVER_COMMAND can point at `next dev` instead.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = `.data/e2e-${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  workers: 1,
  // Hang guards, not speed checks: on a 2-core machine that other work keeps busy (load 13–17) the
  // longest journeys took 80–90 s, and a 90 s limit ended sound ones midway.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ],
    },
  },
  webServer: {
    command: process.env.E2E_SERVER_COMMAND ?? `rm -rf ${dataDir} ${dataDir}.lock && npx next start -p ${port}`,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    env: {
      PGLITE_DIR: `${dataDir}/pglite`,
      STRIDECARE_DEMO: "1",
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString("base64"),
      APP_URL: `http://localhost:${port}`,
      AUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      // Longer than a journey's own timeout: a slow machine fails a journey on that, never on the
      // report renderer's budget ("Reports are busy printing").
      REPORT_RENDER_TIMEOUT_MS: String(10 * 60_000),
      DATABASE_URL: "",
      SMTP_URL: "",
    },
  },
});
