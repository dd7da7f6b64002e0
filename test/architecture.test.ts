// The layers of src/ (README, "Architecture"): imports run downward only, no file imports itself through others,
// families do not import each other, and only Node-only folders reach Node. Read from the imports themselves.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { describe, expect, test } from "vitest";

const REPO = join(import.meta.dirname, "..");

/** Layer of each file, lowest first; a file may import its own layer or lower ones. */
const LAYERS: readonly (readonly [RegExp, number])[] = [
  [/^src\/engine\/(records|python-repr|py-numbers|py-surrogates|edit-distance|yaml-timestamp)\.ts$/, 0],
  [/^src\/engine\/bytes\//, 1],
  [/^src\/engine\/(summary\/|files\.ts$)/, 2],
  [/^src\/engine\/load\//, 3],
  [/^src\/engine\/(formats|zip)\//, 4],
  [/^src\/engine\/runtime\//, 5],
  [/^src\/engine\/validation\//, 6],
  [/^src\/engine\/node\//, 7],
  [/^src\/langs\//, 8],
  [/^src\/croissant\//, 10],
  [/^src\/(bioimageio|fractal|copick)\//, 11],
  [/^src\/kinds\//, 20],
  [/^src\/validate\.ts$/, 21],
  [/^src\/(cli|lsp)\//, 30],
  [/^src\/[^/]+\.ts$/, 40], // the package's entries
];

/** The families: at the same layer, none imports another. */
const FAMILY = /^src\/(bioimageio|fractal|copick)\//;

/** Where Node may be imported: Node-only folders, the CLI, the language server, the Node entries. */
const NODE_ALLOWED = /(^|\/)node\/|^src\/(cli|lsp|langs)\/|^src\/(index|node)\.ts$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic `import("...")` with a literal. */
function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)"([^"]+)"/gm)].map((m) => m[1] as string);
}

interface Edge {
  readonly from: string;
  readonly to: string;
}

const files = sourceFiles("src");
const known = new Set(files);
const edges: Edge[] = [];
const nodeImports: Edge[] = [];
for (const file of files) {
  for (const spec of specifiers(readFileSync(join(REPO, file), "utf8"))) {
    if (spec.startsWith(".")) {
      const to = posix.normalize(posix.join(dirname(file), spec)).replace(/\.js$/, ".ts");
      if (known.has(to)) {
        edges.push({ from: file, to });
      }
    } else if (spec.startsWith("node:")) {
      nodeImports.push({ from: file, to: spec });
    }
  }
}

function layerOf(file: string): number {
  const found = LAYERS.find(([pattern]) => pattern.test(file));
  if (!found) {
    throw new Error(`${file} is in no layer: add its folder to LAYERS (test/architecture.test.ts) and the README`);
  }
  return found[1];
}

const show = (edge: Edge): string => `${edge.from} -> ${edge.to}`;

/** Strongly connected components with more than one file (Tarjan). */
function cycles(): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) as number);
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file) as number, low.get(to) as number));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file) as number, index.get(to) as number));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) {
        found.push(component.sort());
      }
    }
  };
  for (const file of files) {
    if (!index.has(file)) {
      visit(file);
    }
  }
  return found;
}

describe("architecture of src/", () => {
  test("the import reader sees the imports (a canary for the checks below)", () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({ from: "src/validate.ts", to: "src/kinds/registry.ts" });
    expect(specifiers('import type { A } from "./a.js";\nexport { b } from "./b.js";\nconst c = await import("./c.js");')).toEqual([
      "./a.js",
      "./b.js",
      "./c.js",
    ]);
  });

  test("every file is in a layer, and imports run downward only", () => {
    const upward = edges.filter((edge) => layerOf(edge.to) > layerOf(edge.from)).map(show);
    expect(upward).toEqual([]);
  });

  test("the families do not import each other", () => {
    const across = edges
      .filter((edge) => FAMILY.test(edge.from) && FAMILY.test(edge.to))
      .filter((edge) => FAMILY.exec(edge.from)?.[1] !== FAMILY.exec(edge.to)?.[1])
      .map(show);
    expect(across).toEqual([]);
  });

  test("no file imports itself through others", () => {
    expect(cycles()).toEqual([]);
  });

  test("browser-safe files import neither node: modules nor Node-only files", () => {
    const offending = [...nodeImports, ...edges.filter((edge) => NODE_ALLOWED.test(edge.to))]
      .filter((edge) => !NODE_ALLOWED.test(edge.from))
      .map(show);
    expect(offending).toEqual([]);
  });
});
