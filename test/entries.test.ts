// The package's entries (package.json `exports`): a name exported by several is one value; the browser-safe ones
// (an `import` condition) must run in a browser: nothing reachable from them imports node: modules (static or
// dynamic imports), whatever the depth. Node-only entries have the `node` condition alone.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, test } from "vitest";
import { REPO } from "./helpers/fixture-codegen.js";

const IMPORT = /(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) {
    return undefined; // a package: checked by its name below
  }
  const target = resolve(dirname(from), specifier);
  for (const candidate of [target, target.replace(/\.js$/, ".ts")]) {
    if (existsSync(candidate)) {
      return candidate;
    }
  }
  throw new Error(`${relative(REPO, from)} imports ${specifier}, which does not exist`);
}

function importGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string): void => {
    if (files.has(file)) {
      return;
    }
    files.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? "";
      const next = resolveModule(file, specifier);
      if (next) {
        visit(next);
      } else {
        packages.set(specifier, relative(REPO, file));
      }
    }
  };
  visit(entry);
  return { files, packages };
}

const PACKAGE = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
  exports: Record<string, string | { types: string; import?: string; node?: string }>;
};

/** The TypeScript source of each entry built from src/, by export path. */
const ENTRIES = Object.entries(PACKAGE.exports).flatMap(([path, target]) =>
  typeof target === "object" && target.types.startsWith("./dist/src/")
    ? [{ path, source: target.types.replace("./dist/", "").replace(/\.d\.ts$/, ".ts"), browser: target.import !== undefined }]
    : [],
);

test("the entries are the documented ones, each with a source", () => {
  expect(ENTRIES.map((e) => `${e.path}${e.browser ? "" : " (Node)"}`)).toEqual([
    ".",
    "./node (Node)",
    "./bioimageio",
    "./bioimageio/node (Node)",
    "./fractal",
    "./fractal/node (Node)",
    "./croissant",
    "./copick",
    "./copick/node (Node)",
  ]);
  for (const entry of ENTRIES) {
    expect(existsSync(join(REPO, entry.source)), entry.source).toBe(true);
  }
});

for (const entry of ENTRIES.filter((e) => e.browser)) {
  test(`${entry.path} (${entry.source}) reaches no node: module and no Node-only package`, () => {
    const { files, packages } = importGraph(join(REPO, entry.source));
    expect(files.size).toBeGreaterThan(3);
    const nodeOnly = [...packages.entries()].filter(
      ([name]) => name.startsWith("node:") || ["fs", "path", "os", "crypto", "zlib", "http", "https", "child_process"].includes(name),
    );
    expect(nodeOnly).toEqual([]);
  });
}

test("the root entry reaches the generated validators (loaded on demand)", () => {
  const { files } = importGraph(join(REPO, "src/index.ts"));
  expect([...files].some((f) => f.includes("generated/validators/bioimageio/model/0.5.js"))).toBe(true);
});

test("a name exported from several entries is the same value in each", async () => {
  const modules = await Promise.all(
    ENTRIES.map(async (e) => [e.path, (await import(join(REPO, e.source))) as Record<string, unknown>] as const),
  );
  const seen = new Map<string, { path: string; value: unknown }>();
  const different: string[] = [];
  for (const [path, module] of modules) {
    for (const [name, value] of Object.entries(module)) {
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, { path, value });
      } else if (first.value !== value) {
        different.push(`${name}: ${first.path} and ${path}`);
      }
    }
  }
  expect(seen.size).toBeGreaterThan(100);
  expect(different).toEqual([]);
});
