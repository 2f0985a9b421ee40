import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";

/**
 * The layers of CONVENTIONS.md, checked on the resolved file of every import, so `@/…` aliases and
 * relative paths obey the same rules. Each layer names what it may import; everything else in the
 * project is refused. Packages are not paths: the few package rules are `no-restricted-imports`.
 */
const areas = {
  app: ["app/**"],
  domain: ["server/domain/**"],
  env: ["server/env.ts"],
  appDb: ["server/db.ts"],
  openDb: ["server/open-db.ts"],
  api: ["server/api/**"],
  auth: ["server/auth/**"],
  jobs: ["server/jobs/**"],
  reports: ["server/reports/**"],
  seed: ["server/seed/**"],
  infra: ["server/services/infra/**"],
  scope: ["server/services/scope.ts", "server/services/context.ts"],
  records: ["server/services/records/**"],
  engine: ["server/services/engine/**"],
  useCases: ["server/services/use-cases/**"],
  // Service files not yet sorted into a floor (infra, records, engine, use-cases).
  servicesUnsorted: ["server/services/!(scope|context).ts"],
  services: ["server/services/**"],
  db: ["db/**"],
  dbClient: ["db/client.ts"],
  // The demo's sign-in hints, shown on the sign-in page when the demo runs.
  demoLogins: ["db/demo-logins.ts", "server/seed/demo-logins.ts"],
};

/** `except` wants globs: a plain file path becomes a glob that matches that file only. */
const asGlob = (path) => (/[*?!@+(){}[\]]/.test(path) ? path : path.replace(/\.(\w+)$/, ".@($1)"));

/** The layers: who (target), what it may import (allow, besides itself), and why. */
const layers = [
  { name: "domain", target: areas.domain, allow: [], message: "server/domain is pure: it imports only zod and itself." },
  { name: "db", target: areas.db, allow: [], message: "db/ is the ground floor: it imports nothing from server/ or app/." },
  { name: "env", target: areas.env, allow: [], message: "server/env.ts reads the environment and imports nothing of the project." },
  {
    name: "infra",
    target: areas.infra,
    allow: [areas.domain, areas.db, areas.env, ["server/services/context.ts"]],
    message: "services/infra may import domain, db, server/env and services/context only.",
  },
  {
    name: "scope",
    target: areas.scope,
    allow: [areas.domain, areas.db, areas.infra, areas.scope],
    message: "services/scope.ts and context.ts may import domain, db and services/infra only.",
  },
  {
    name: "records",
    target: areas.records,
    allow: [areas.scope, areas.infra, areas.domain, areas.db],
    message: "services/records may import other records, scope, context, infra, domain and db only (never engine or use-cases).",
  },
  {
    name: "engine",
    target: areas.engine,
    allow: [areas.records, areas.scope, areas.infra, areas.domain, areas.db],
    message: "services/engine may import other engine files, records, scope, context, infra, domain and db only (never use-cases).",
  },
  {
    name: "use-cases",
    target: areas.useCases,
    self: false,
    allow: [areas.engine, areas.records, areas.scope, areas.infra, areas.domain, areas.db, areas.reports],
    message: "A use case may import engine, records, scope, context, infra, domain, db and server/reports; never another use case.",
  },
  {
    name: "services (unsorted)",
    target: areas.servicesUnsorted,
    allow: [areas.services, areas.domain, areas.db, areas.env, areas.reports],
    message: "Services know nothing of the transport: domain, db, server/env, server/reports and other services only.",
  },
  {
    name: "api",
    target: areas.api,
    // The request context writes the audit trail of refused requests.
    allow: [areas.useCases, ["server/services/context.ts", "server/services/infra/audit.ts"], areas.servicesUnsorted, areas.domain, areas.auth, areas.env, areas.dbClient, areas.appDb],
    message:
      "Routers call use cases: services/use-cases, services/context, domain, server/auth, server/env and db/client only (no tables, engine, records, infra or scope).",
  },
  {
    name: "auth",
    target: areas.auth,
    allow: [areas.useCases, areas.infra, ["server/services/context.ts"], areas.servicesUnsorted, areas.domain, areas.env, areas.appDb, areas.dbClient],
    message: "server/auth may import use cases, services/infra, services/context, domain, server/env, server/db and db/client only.",
  },
  {
    name: "jobs",
    target: areas.jobs,
    allow: [areas.engine, areas.scope, areas.infra, areas.servicesUnsorted, areas.domain, areas.db, areas.env, areas.openDb],
    message: "server/jobs may import services/engine, scope, context, infra, domain, db and server/env only.",
  },
  { name: "reports", target: areas.reports, allow: [areas.domain, areas.env], message: "server/reports renders view models: it imports domain, its own files and (for the render pool's settings) server/env only." },
  {
    name: "seed",
    target: areas.seed,
    allow: [areas.services, areas.api, areas.domain, areas.db, areas.env, areas.openDb],
    message: "server/seed makes data through the app's own procedures: services, server/api, domain, db and server/env only.",
  },
  {
    name: "app db",
    target: areas.appDb,
    allow: [areas.db, areas.seed, areas.env, areas.openDb],
    message: "server/db.ts opens the app's database: db, server/seed and server/env only.",
  },
  {
    name: "app",
    target: ["app/*", "app/!(api)/**"],
    allow: [["server/api/**"], areas.auth, areas.domain, areas.env, areas.demoLogins],
    message: "Pages reach the server through app/_trpc, the page guards (server/auth), server/api types and domain: never services or db.",
  },
  {
    name: "app route handlers",
    target: ["app/api/**"],
    allow: [areas.app, areas.api, areas.auth, areas.domain, areas.env, areas.appDb],
    message: "Route handlers call server/api, server/auth, server/db, server/env and domain: never services or db.",
  },
];

/** One `no-restricted-paths` zone per layer: everything in the project but node_modules, its allow list and itself. */
function layerZones(root) {
  const abs = (path) => `${root}/${asGlob(path)}`;
  return layers.map(({ target, allow, self = true, message }) => ({
    target: target.map((t) => `${root}/${t}`),
    from: [`${root}/**`],
    except: [...new Set(["node_modules/**", ...(self ? target : []), ...allow.flat()])].map(abs),
    message,
  }));
}

/** process.env may be read in server/env.ts only (plus root config files and tests). */
const processEnvImports = [
  { name: "node:process", importNames: ["env"], message: "Read configuration through env() from server/env.ts." },
  { name: "process", importNames: ["env"], message: "Read configuration through env() from server/env.ts." },
];

/** Package rules per layer (paths inside the project are the zones' job). */
const packageRules = [
  {
    files: ["server/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: processEnvImports,
          patterns: [{ regex: "^(?!zod(/|$)|\\.|@/)", message: "server/domain is pure: zod and itself only (no next, @trpc, drizzle or node:*)." }],
        },
      ],
    },
  },
  {
    files: ["server/services/**/*.ts", "db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: processEnvImports,
          patterns: [{ group: ["@trpc/*", "next", "next/*", "next-auth", "next-auth/*"], message: "Services and db know nothing of the transport." }],
        },
      ],
    },
  },
];

/** Pages and components take only types from server/api; values come through app/_trpc (and route handlers). */
const appTypeOnlyRule = {
  files: ["app/**/*.{ts,tsx}"],
  ignores: ["app/_trpc/**", "app/api/**"],
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/server/api/**", "**/server/api/**"],
            allowTypeImports: true,
            message: "Pages take types from server/api; calls go through app/_trpc.",
          },
        ],
      },
    ],
  },
};

/** The whole config for a project rooted at `root` (tests/fixtures/lint builds its own with it). */
export function stridecareConfig(root) {
  return defineConfig([
    ...nextVitals,
    ...nextTs,
    {
      rules: {
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        "@typescript-eslint/no-explicit-any": "error",
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
        "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through env() from server/env.ts." }],
        "no-restricted-imports": ["error", { paths: processEnvImports }],
      },
    },
    {
      files: ["**/*.{ts,tsx,mts,mjs}"],
      plugins: { "import-x": importX },
      settings: {
        // no-cycle reads the imported files themselves: say which ones are code and how to parse them.
        "import-x/extensions": [".ts", ".tsx", ".mts", ".js", ".mjs"],
        "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx", ".mts"] },
        "import-x/resolver-next": [createTypeScriptImportResolver({ project: `${root}/tsconfig.json`, alwaysTryTypes: true })],
      },
      rules: {
        "import-x/no-restricted-paths": ["error", { basePath: root, zones: layerZones(root) }],
      },
    },
    {
      files: ["server/**/*.{ts,tsx}", "db/**/*.ts"],
      rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
    },
    ...packageRules,
    appTypeOnlyRule,
    // Typed rules: a promise nobody awaits loses its errors (and, in a transaction, its writes).
    {
      files: ["server/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
      rules: {
        "@typescript-eslint/no-floating-promises": "error",
        // no-misused-promises found nothing here and adds about half again to the lint time: not enabled.
      },
    },
    // The environment's one reader; root config files and tests set up processes.
    { files: ["server/env.ts", "*.config.{ts,mjs}", "tests/**"], rules: { "no-restricted-properties": "off", "no-restricted-imports": "off" } },
    // Vitest setup helpers are named use*, which is not a React hook.
    { files: ["tests/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
    globalIgnores([
      ".next/**",
      "node_modules/**",
      ".data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      // Lint fixtures break the rules on purpose; tests/unit/lint-boundaries.test.ts lints them.
      "tests/fixtures/**",
    ]),
  ]);
}

export default stridecareConfig(import.meta.dirname);
