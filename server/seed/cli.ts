/**
 * Database commands: `migrate`, `seed` (demo clinic) and `reset` (drop everything, migrate, seed).
 * `seed --scale large` (or `reset --scale large`) also seeds the Large Clinic of seed-large.ts for
 * benchmarks. On PGlite they need the app stopped: two processes must never open one PGlite folder.
 * On PostgreSQL they run without the app's per-statement timeout, which is meant for requests: the
 * large seed's bulk inserts and its closing VACUUM take minutes.
 */
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import postgres from "postgres";
import { env } from "@/server/env";
import { openConfiguredDb } from "@/server/open-db";
import { seedDemo } from "./seed";
import { LARGE_CLINIC_NAME, seedLarge } from "./seed-large";

/** The value of `--scale <name>` or `--scale=<name>` after the command; undefined without the flag. */
function scaleArg(args: string[]): string | undefined {
  const i = args.indexOf("--scale");
  if (i >= 0) return args[i + 1] ?? "";
  return args.find((a) => a.startsWith("--scale="))?.slice("--scale=".length);
}

async function seedLargeClinic(handle: Awaited<ReturnType<typeof openConfiguredDb>>): Promise<void> {
  console.info(`[db] seeding the ${LARGE_CLINIC_NAME} (10,000 athletes, about 2 million logs: 2–4 minutes)`);
  const started = Date.now();
  const result = await seedLarge(handle.db, {
    batch: handle.kind === "pglite" ? 250 : 1000,
    onProgress: (m) => console.info(`[db]   ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${m}`),
  });
  if (!result.created) {
    console.info(`[db] ${LARGE_CLINIC_NAME} already present: nothing changed`);
    return;
  }
  const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
  console.info(`[db] ${LARGE_CLINIC_NAME} seeded in ${result.seconds} s (${handle.kind}); rows:`);
  for (const [table, n] of Object.entries(result.counts)) console.info(`[db]   ${table.padEnd(20)} ${n.toLocaleString("en").padStart(10)}`);
  console.info(`[db]   ${"total".padEnd(20)} ${total.toLocaleString("en").padStart(10)}`);
}

async function main(command: string | undefined, args: string[]): Promise<void> {
  const scale = scaleArg(args);
  if (scale !== undefined && (scale !== "large" || command === "migrate")) {
    throw new Error("Usage: tsx server/seed/cli.ts <seed|reset> [--scale large]");
  }
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
    throw new Error("Usage: tsx server/seed/cli.ts <migrate|seed|reset>");
  }
  const handle = await openConfiguredDb({ statementTimeoutMs: 0 });
  try {
    console.info(`[db] migrations applied (${handle.kind})`);
    if (command !== "migrate") console.info((await seedDemo(handle.db)) ? "[db] demo clinic seeded" : "[db] demo clinic already present");
    if (scale === "large") await seedLargeClinic(handle);
  } finally {
    await handle.close();
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
