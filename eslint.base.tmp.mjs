import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Layer rules from CONVENTIONS.md, enforced where an import rule can see them. */
const layerRules = [
  {
    files: ["server/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/db/*", "@/server/services/*", "@/server/api/*", "@/server/auth/*", "next/*", "@trpc/*", "node:*"], message: "server/domain is pure: zod and itself only." },
        ],
      }],
    },
  },
  {
    files: ["server/services/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["@trpc/*", "next", "next/*", "@/server/api/*", "@/app/*"], message: "Services know nothing of the transport." }],
      }],
    },
  },
  {
    files: ["server/api/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["@/db/schema", "@/db/schema/*"], message: "Routers call services; no queries in server/api." }],
      }],
    },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["@/db/schema", "@/db/schema/*", "@/db/client", "@/server/services/*"], message: "Pages reach the server through app/_trpc and the page guards." }],
      }],
    },
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...layerRules,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  // Vitest setup helpers are named use*, which is not a React hook.
  { files: ["tests/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "tests/fixtures/**"]),
]);
