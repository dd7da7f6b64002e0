// What the validators and types need must run in a browser: nothing reachable from src/core.ts imports
// node: modules (static or dynamic imports), whatever the depth.
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

test("src/core.ts reaches no node: module and no Node-only package", () => {
  const { files, packages } = importGraph(join(REPO, "src/core.ts"));
  expect(files.size).toBeGreaterThan(10);
  const nodeOnly = [...packages.entries()].filter(
    ([name]) => name.startsWith("node:") || ["fs", "path", "os", "crypto", "zlib", "http", "https", "child_process"].includes(name),
  );
  expect(nodeOnly).toEqual([]);
  // The generated validators are part of the graph (loaded on demand).
  expect([...files].some((f) => f.includes("generated/validators/bioimageio/model/0.5.js"))).toBe(true);
});
