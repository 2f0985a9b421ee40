import { fileURLToPath } from "node:url";
import madge from "madge";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("server imports", () => {
  it("have no cycle (services import downward only: use-cases → engine → records → scope → infra)", async () => {
    const graph = await madge(`${root}server`, { fileExtensions: ["ts", "tsx"], tsConfig: `${root}tsconfig.json`, baseDir: root });
    expect(graph.circular()).toEqual([]);
    // The graph really was read: a use case reaches the engine and the scope through it.
    expect(graph.obj()["server/services/use-cases/portal.ts"]).toEqual(expect.arrayContaining(["server/services/engine/weekly-decisions.ts", "server/services/scope.ts"]));
  }, 60_000);

  it("a use case never imports another use case, and records never import the engine or a use case", async () => {
    const graph = (await madge(`${root}server/services`, { fileExtensions: ["ts"], tsConfig: `${root}tsconfig.json`, baseDir: root })).obj();
    const offending = Object.entries(graph).flatMap(([file, deps]) =>
      deps
        .filter((dep) =>
          (file.includes("/use-cases/") && dep.includes("/use-cases/"))
          || (file.includes("/records/") && (dep.includes("/engine/") || dep.includes("/use-cases/")))
          || (file.includes("/engine/") && dep.includes("/use-cases/"))
          || (file.includes("/infra/") && dep.startsWith("server/services/") && !dep.includes("/infra/")))
        .map((dep) => `${file} → ${dep}`),
    );
    expect(offending).toEqual([]);
  }, 60_000);
});
