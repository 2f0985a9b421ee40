import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";

describe("docs/api.md", () => {
  const doc = readFileSync("docs/api.md", "utf8");
  const procedures = Object.keys(appRouter._def.procedures);

  it.each(procedures)("documents %s", (name) => {
    expect(doc).toContain(`| \`${name}\` |`);
  });

  it("documents no procedure that does not exist", () => {
    const documented = [...doc.matchAll(/^\| `([a-z]+\.[a-zA-Z]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...procedures].sort());
  });
});
