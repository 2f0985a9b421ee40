import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates migrations here; the app applies them with the programmatic migrator
// (db/migrate.ts) so PGlite and PostgreSQL run the very same files.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  strict: true,
  verbose: true,
});
