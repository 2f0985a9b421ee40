import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { resetEnvCache } from "@/server/env";

const saved = { ...process.env };
const globalForDb = globalThis as unknown as { stridecareDb?: Promise<{ close(): Promise<void> }> };

afterEach(async () => {
  await (await globalForDb.stridecareDb?.catch(() => undefined))?.close();
  globalForDb.stridecareDb = undefined;
  process.env = { ...saved };
  resetEnvCache();
});

function useEnv(vars: Record<string, string>) {
  globalForDb.stridecareDb = undefined;
  resetEnvCache();
  delete process.env.DATABASE_URL;
  Object.assign(process.env, { NODE_ENV: "test", AUTH_SECRET: "h".repeat(40) }, vars);
}

describe("GET /api/health", () => {
  it("answers 200 with the database up", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stridecare-health-"));
    try {
      useEnv({ PGLITE_DIR: join(dir, "pglite") });
      const res = await GET();
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "ok", db: { status: "up", kind: "pglite" } });
    } finally {
      await (await globalForDb.stridecareDb)?.close();
      globalForDb.stridecareDb = undefined;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers 503 when the database is unreachable", async () => {
    useEnv({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/unreachable" });
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "error", db: { status: "down" } });
  });
});
