import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";

/**
 * The only reader of process.env. Validated once, on first use, with messages that say what to fix.
 */
const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for the embedded PGlite database)")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  STRIDECARE_DEMO: flag,
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (generate one with `openssl rand -base64 33`)").optional(),
  AUTH_URL: z.url().optional(),
  APP_URL: z.url().optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("StrideCare <no-reply@stridecare.local>"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** The report render pool (server/reports/render-pool.ts); unset means the pool's own defaults. */
  REPORT_RENDER_WORKERS: z.coerce.number().int().min(1).max(16).optional(),
  REPORT_RENDER_QUEUE: z.coerce.number().int().min(0).max(1000).optional(),
  REPORT_RENDER_TIMEOUT_MS: z.coerce.number().int().min(1).optional(),
});

export type Env = z.infer<typeof envSchema> & {
  AUTH_SECRET: string;
  /** True when the app runs on embedded PGlite (no DATABASE_URL). */
  isEmbeddedDb: boolean;
};

let cached: Env | undefined;

/** Parsed, validated environment. Throws a readable error on the first bad or missing value. */
export function env(): Env {
  if (cached) return cached;
  // An empty variable means "not set" (shells and CI often export VAR= ).
  const set = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  const e = parsed.data;
  const isEmbeddedDb = !e.DATABASE_URL;
  if (e.NODE_ENV === "production" && isEmbeddedDb && !e.STRIDECARE_DEMO) {
    throw new Error(
      "Refusing to start in production on the embedded PGlite database: PGlite runs without fsync " +
        "and as a superuser, so committed patient data can be lost on a crash. Set DATABASE_URL to a " +
        "PostgreSQL server, or set STRIDECARE_DEMO=1 to run a throwaway demo on purpose.",
    );
  }
  let secret = e.AUTH_SECRET;
  if (!secret) {
    // A throwaway demo on the embedded database may generate its own; a real deployment may not.
    if (e.NODE_ENV === "production" && !(isEmbeddedDb && e.STRIDECARE_DEMO)) {
      throw new Error("AUTH_SECRET is required in production (generate one with `openssl rand -base64 33`).");
    }
    secret = localDevSecret(e.PGLITE_DIR);
  }
  cached = { ...e, AUTH_SECRET: secret, isEmbeddedDb };
  return cached;
}

/** Outside production a missing AUTH_SECRET is generated once and kept beside the local data. */
function localDevSecret(pgliteDir: string): string {
  const file = resolve(dirname(resolve(pgliteDir)), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
