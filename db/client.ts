import { PGlite } from "@electric-sql/pglite";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The driver-neutral database type every service takes: PGlite and postgres.js both satisfy it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbTarget =
  | { kind: "postgres"; url: string; poolMax?: number; statementTimeoutMs?: number }
  /** dataDir undefined = in memory; loadDataDir restores a dump (tests). */
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob | File };

export type DbHandle = {
  db: Db;
  kind: DbTarget["kind"];
  /** A raw `select 1` round trip, for health checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance, for dumping test templates. */
  pglite?: PGlite;
};

/** Opens a database. Nothing connects at import; call this lazily. */
export async function createDb(target: DbTarget): Promise<DbHandle> {
  if (target.kind === "postgres") {
    const client = postgres(target.url, {
      max: target.poolMax ?? 10,
      idle_timeout: 30,
      connect_timeout: 10,
      onnotice: () => {},
      connection: {
        statement_timeout: target.statementTimeoutMs ?? 10_000,
        idle_in_transaction_session_timeout: 30_000,
        application_name: "stridecare",
      },
    });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      ping: async () => void (await client`select 1`),
      close: () => client.end({ timeout: 5 }),
    };
  }

  let releaseLock = () => {};
  if (target.dataDir) {
    const dir = resolve(target.dataDir);
    // PGlite does not create parent folders, and has no lock of its own across processes.
    mkdirSync(dirname(dir), { recursive: true });
    releaseLock = takeDirLock(dir);
  }
  try {
    const client = await PGlite.create({ dataDir: target.dataDir, loadDataDir: target.loadDataDir });
    const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      pglite: client,
      ping: async () => void (await client.query("select 1")),
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * A second process opening the same PGlite folder corrupts it silently, so a lock file holds the
 * owner's pid; a lock left by a dead process is taken over.
 */
function takeDirLock(dir: string): () => void {
  const lockFile = `${dir}.lock`;
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database at ${dir} is in use by process ${pid}. Stop that process first ` +
          "(PGlite cannot be opened by two processes at once), or point PGLITE_DIR elsewhere.",
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => {
    try {
      if (existsSync(lockFile) && readFileSync(lockFile, "utf8").trim() === String(process.pid)) rmSync(lockFile);
    } catch {
      // best effort on shutdown
    }
  };
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
