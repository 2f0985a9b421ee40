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
import { seedLarge } from "./seed-large";

/** `--scale large` (or `--scale=large`) after the command. */
function scaleArg(): string | undefined {
  const args = process.argv.slice(3);
  const i = args.indexOf("--scale");
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith("--scale="))?.slice("--scale=".length);
}

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
    if (command === "seed" && scaleArg() === "large") {
      console.info("[db] seeding the Large Clinic (10,000 athletes, about 2 million logs); this takes a few minutes");
      const result = await seedLarge(handle.db);
      console.info(result.created ? `[db] Large Clinic seeded in ${result.seconds} s: ${JSON.stringify(result.counts)}` : "[db] Large Clinic already present");
    }
  } finally {
    await handle.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
