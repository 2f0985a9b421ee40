import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layer rules of eslint.config.mjs, run on tests/fixtures/lint: a small copy of the project's
 * layout (including the service floors) whose config is built by the same stridecareConfig(). Files
 * named bad-* break exactly one rule; every other file is an allowed import and must lint clean.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtureRoot = fileURLToPath(new URL("../fixtures/lint", import.meta.url));

type Finding = { ruleId: string | null; message: string };
let findings: Map<string, Finding[]>;

beforeAll(async () => {
  const eslint = new ESLint({ cwd: fixtureRoot });
  const results = await eslint.lintFiles(["."]);
  findings = new Map(results.map((r) => [r.filePath.slice(fixtureRoot.length + 1), r.messages.map((m) => ({ ruleId: m.ruleId, message: m.message }))]));
}, 180_000);

const zone = "import-x/no-restricted-paths";

const broken: [file: string, ruleId: string, message: string][] = [
  ["app/(clinician)/bad-imports-services.tsx", zone, 'Unexpected path "../../server/services/scope" imported in restricted zone. Pages reach the server'],
  ["app/(clinician)/bad-imports-db-client.tsx", zone, 'Unexpected path "@/db/client" imported in restricted zone. Pages reach the server'],
  [
    "app/(clinician)/bad-calls-api.tsx",
    "@typescript-eslint/no-restricted-imports",
    "'../../server/api/root' import is restricted from being used by a pattern. Pages take types",
  ],
  ["server/domain/bad-imports-schema.ts", zone, 'Unexpected path "../../db/schema/users" imported in restricted zone. server/domain is pure'],
  ["server/domain/bad-imports-next.ts", "no-restricted-imports", "'next/navigation' import is restricted from being used by a pattern. server/domain is pure"],
  ["db/bad-imports-server.ts", zone, 'Unexpected path "../server/domain/rules" imported in restricted zone. db/ is the ground floor'],
  ["server/services/infra/bad-imports-scope.ts", zone, 'Unexpected path "../scope" imported in restricted zone. services/infra may import'],
  ["server/services/records/bad-imports-engine.ts", zone, 'Unexpected path "../engine/decisions" imported in restricted zone. services/records may import'],
  ["server/services/use-cases/bad-imports-use-case.ts", zone, 'Unexpected path "./plan" imported in restricted zone. A use case may import'],
  ["server/api/bad-imports-schema.ts", zone, 'Unexpected path "@/db/schema/users" imported in restricted zone. Routers call use cases'],
  ["server/api/bad-imports-records.ts", zone, 'Unexpected path "../services/records/logs" imported in restricted zone. Routers call use cases'],
  ["server/jobs/bad-imports-use-case.ts", zone, 'Unexpected path "../services/use-cases/plan" imported in restricted zone. server/jobs may import'],
  ["server/reports/bad-imports-db.ts", zone, 'Unexpected path "../../db/client" imported in restricted zone. server/reports renders view models'],
  ["server/services/engine/cycle-alerts.ts", "import-x/no-cycle", "Dependency cycle detected"],
  ["server/services/engine/cycle-plans.ts", "import-x/no-cycle", "Dependency cycle detected"],
  [
    "server/services/records/bad-reads-env.ts",
    "no-restricted-properties",
    "'process.env' is restricted from being used. Read configuration through env() from server/env.ts",
  ],
  ["server/api/bad-floating-promise.ts", "@typescript-eslint/no-floating-promises", "Promises must be awaited"],
];

/** One allowed import (or more) per layer, relative and by alias. */
const allowed = [
  "eslint.config.mjs",
  "db/client.ts",
  "db/schema/users.ts",
  "server/env.ts",
  "server/domain/rules.ts",
  "server/domain/limits.ts",
  "server/services/context.ts",
  "server/services/scope.ts",
  "server/services/infra/audit.ts",
  "server/services/records/logs.ts",
  "server/services/records/shoes.ts",
  "server/services/engine/decisions.ts",
  "server/services/use-cases/plan.ts",
  "server/api/root.ts",
  "server/api/routers/plan.ts",
  "server/auth/guards.ts",
  "server/jobs/weekly-decisions.ts",
  "server/reports/summary.ts",
  "server/reports/heading.ts",
  "server/seed/demo.ts",
  "server/db.ts",
  "app/page.tsx",
  "app/_trpc/client.ts",
  "app/api/health/route.ts",
];

describe("layer rules (eslint.config.mjs)", () => {
  it.each(broken)("%s breaks %s", (file, ruleId, message) => {
    const messages = findings.get(file);
    expect(messages, `${file} was not linted`).toBeDefined();
    expect(messages).toEqual([{ ruleId, message: expect.stringContaining(message) }]);
  });

  it.each(allowed)("%s lints clean", (file) => {
    expect(findings.get(file), `${file} was not linted`).toEqual([]);
  });

  it("lints every fixture file and expects something of each", () => {
    const expected = new Set([...broken.map(([file]) => file), ...allowed]);
    expect([...findings.keys()].filter((f) => !expected.has(f)).sort()).toEqual([]);
  });

  it("keeps the fixtures out of the project's own lint run", async () => {
    const eslint = new ESLint({ cwd: root });
    expect(await eslint.isPathIgnored("tests/fixtures/lint/server/api/bad-floating-promise.ts")).toBe(true);
    expect(await eslint.isPathIgnored("server/api/root.ts")).toBe(false);
  });
});
