import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** db/ is the ground floor: the schema, migrations, the client and the migrator, and nothing above them. */
const root = resolve(import.meta.dirname, "../..");
const dbDir = join(root, "db");

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports or re-exports, static or dynamic. */
function specifiersOf(source: string): string[] {
  const found = source.matchAll(/(?:^|[\s;])(?:import|export)\b[^'"`;]*?from\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm);
  return [...found].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** Where a specifier points inside the project, or null for a package. */
function targetOf(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return join(root, specifier.slice(2));
  if (specifier.startsWith(".")) return resolve(dirname(file), specifier);
  return null;
}

describe("db/", () => {
  const files = sourcesUnder(dbDir);

  it("holds only the schema, the client and the migrator (seeds and commands live in server/seed/)", () => {
    expect(files.map((f) => relative(dbDir, f)).filter((f) => !f.startsWith("schema/")).sort()).toEqual(["client.ts", "migrate.ts"]);
  });

  it.each(files.map((f) => [relative(root, f), f]))("%s imports nothing outside db/", (_name, file) => {
    const outside = specifiersOf(readFileSync(file, "utf8")).filter((s) => {
      const target = targetOf(file, s);
      return target !== null && relative(dbDir, target).startsWith("..");
    });
    expect(outside).toEqual([]);
  });

  it("reads no environment: connection settings are the client's arguments", () => {
    for (const file of files) expect(readFileSync(file, "utf8"), relative(root, file)).not.toMatch(/process\.env|\benv\(\)/);
  });

  it("the import check sees the forms a file may use", () => {
    const sample = [
      'import { env } from "@/server/env";',
      'import type { Actor } from "../server/domain/access";',
      'export { x } from "@/app/page";',
      'import "@/server/side-effect";',
      'const m = await import("../server/seed/seed");',
      'import { sql } from "drizzle-orm";',
    ].join("\n");
    const specifiers = specifiersOf(sample);
    expect(specifiers).toEqual(["@/server/env", "../server/domain/access", "@/app/page", "@/server/side-effect", "../server/seed/seed", "drizzle-orm"]);
    const file = join(dbDir, "client.ts");
    expect(specifiers.filter((s) => targetOf(file, s) !== null && relative(dbDir, targetOf(file, s)!).startsWith(".."))).toHaveLength(5);
  });
});
