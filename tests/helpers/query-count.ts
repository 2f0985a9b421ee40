import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { Sql } from "postgres";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";

/** The same database through a Drizzle instance that counts the statements it sends. */
export function countingDb(db: Db): { db: Db; count: () => number; reset: () => void } {
  let statements = 0;
  const logger = { logQuery: () => void statements++ };
  const client = (db as unknown as { $client: unknown }).$client;
  const counted = typeof (client as { unsafe?: unknown }).unsafe === "function"
    ? drizzlePostgres({ client: client as Sql, schema, casing: "snake_case", logger })
    : drizzlePglite({ client: client as PGlite, schema, casing: "snake_case", logger });
  return { db: counted as unknown as Db, count: () => statements, reset: () => void (statements = 0) };
}
