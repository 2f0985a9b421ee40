import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "@/server/env";

const saved = { ...process.env };

function withEnv(vars: Record<string, string | undefined>) {
  resetEnvCache();
  for (const key of ["NODE_ENV", "DATABASE_URL", "STRIDECARE_DEMO", "AUTH_SECRET", "SMTP_URL", "PGLITE_DIR"]) delete process.env[key];
  Object.assign(process.env, vars);
}

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const secret = "x".repeat(40);

describe("env", () => {
  it("refuses PGlite in production and says why", () => {
    withEnv({ NODE_ENV: "production", AUTH_SECRET: secret });
    expect(() => env()).toThrow(/PGlite runs without fsync/);
  });

  it("allows PGlite in production with the explicit demo flag", () => {
    withEnv({ NODE_ENV: "production", AUTH_SECRET: secret, STRIDECARE_DEMO: "1" });
    expect(env()).toMatchObject({ isEmbeddedDb: true, STRIDECARE_DEMO: true });
  });

  it("runs on PostgreSQL in production", () => {
    withEnv({ NODE_ENV: "production", AUTH_SECRET: secret, DATABASE_URL: "postgres://db.internal:5432/stridecare" });
    expect(env()).toMatchObject({ isEmbeddedDb: false });
  });

  it("requires AUTH_SECRET in production", () => {
    withEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db.internal:5432/stridecare" });
    expect(() => env()).toThrow(/AUTH_SECRET is required/);
  });

  it("rejects a malformed DATABASE_URL with a message naming it", () => {
    withEnv({ NODE_ENV: "development", AUTH_SECRET: secret, DATABASE_URL: "mysql://nope" });
    expect(() => env()).toThrow(/DATABASE_URL/);
  });

  it("treats empty variables as unset", () => {
    withEnv({ NODE_ENV: "development", AUTH_SECRET: secret, DATABASE_URL: "", SMTP_URL: "" });
    expect(env().isEmbeddedDb).toBe(true);
    expect(env().SMTP_URL).toBeUndefined();
  });
});

describe("env: the embedded demo", () => {
  it("generates a local AUTH_SECRET for a production demo on PGlite", () => {
    const dir = `/tmp/stridecare-env-${process.pid}`;
    withEnv({ NODE_ENV: "production", STRIDECARE_DEMO: "1", PGLITE_DIR: `${dir}/pglite` });
    const first = env().AUTH_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    // Kept beside the data, so sessions survive a restart of the demo.
    resetEnvCache();
    expect(env().AUTH_SECRET).toBe(first);
    rmSync(dir, { recursive: true, force: true });
  });
});
