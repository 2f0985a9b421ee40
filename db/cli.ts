/**
 * Database commands: `migrate`, `seed` (demo clinic) and `reset` (drop everything, migrate, seed).
 * On PGlite they need the app stopped: two processes must never open one PGlite folder.
 */
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import postgres from "postgres";
import { env } from "@/server/env";
import { openConfiguredDb } from "./open";
import { seedDemo } from "./seed";

async function main(command: string | undefined): Promise<void> {
  const e = env();
  if ((command === "seed" || command === "reset") && e.NODE_ENV === "production" && !e.STRIDECARE_DEMO) {
    throw new Error(`Refusing to ${command} with NODE_ENV=production: the demo seed is for development and demos only.`);
  }
  if (command === "reset") {
    if (e.DATABASE_URL) {
      const client = postgres(e.DATABASE_URL, { max: 1, onnotice: () => {} });
      await client.unsafe("drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;");
      await client.end();
    } else {
      rmSync(resolve(e.PGLITE_DIR), { recursive: true, force: true });
    }
  }
  if (command !== "migrate" && command !== "seed" && command !== "reset") {
    throw new Error("Usage: tsx db/cli.ts <migrate|seed|reset>");
  }
  const handle = await openConfiguredDb({ autoSeedDemo: false });
  try {
    console.info(`[db] migrations applied (${handle.kind})`);
    if (command !== "migrate") console.info((await seedDemo(handle.db)) ? "[db] demo clinic seeded" : "[db] demo clinic already present");
  } finally {
    await handle.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
