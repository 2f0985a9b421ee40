import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
/** Ten minutes: longer than any test or hook timeout below. */
const RENDER_BUDGET_MS = 10 * 60_000;

export default defineConfig({
  resolve: {
    alias: {
      "@/": `${root}/`,
      // Next's server-only guard has no meaning outside Next.
      "server-only": `${root}/tests/helpers/empty-module.ts`,
    },
  },
  test: {
    env: {
      // A render's budget that no slowness of the machine can reach before a test's own timeout does:
      // a test then fails on that timeout (a hang), never on "Reports are busy printing". Tests of
      // the budget itself set a tiny one on purpose (tests/unit/render-pool.test.ts, reports.test.ts).
      REPORT_RENDER_TIMEOUT_MS: String(RENDER_BUDGET_MS),
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // A guard against hangs, not a speed check: a loaded machine must not fail a pure test.
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/helpers/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file restores its own PGlite (~700 MB); two at a time suits a 2-core machine.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
