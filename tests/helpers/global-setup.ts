import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../../db/client";
import { migrateDb } from "../../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    testDatabaseUrl: string;
  }
}

/**
 * Migrates once per run. On PostgreSQL (TEST_DATABASE_URL) every file shares that database and each
 * test makes its own clinic; on PGlite a migrated template is dumped once and restored per file.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL ?? "";
  project.provide("testDatabaseUrl", url);
  if (url) {
    const handle = await createDb({ kind: "postgres", url });
    await migrateDb(handle, url);
    await handle.close();
    project.provide("pgliteTemplate", "");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "stridecare-template-"));
  const handle = await createDb({ kind: "pglite" });
  await migrateDb(handle);
  const dump = await handle.pglite!.dumpDataDir("none");
  const file = join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide("pgliteTemplate", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
