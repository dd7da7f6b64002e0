// `make generate` / `make check-generated`: run the pipeline on specs/ and write or compare generated/.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { loadSpecTree } from "./load.js";
import { DEFAULT_LAYOUT, generate } from "./pipeline.js";

function listFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function writeTree(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

/** Paths (relative, sorted) whose bytes differ between two directories, or that exist in only one. */
export function compareTrees(expectedDir: string, actualDir: string): string[] {
  const rel = (dir: string) => new Set(listFiles(dir).map((f) => relative(dir, f).split(sep).join("/")));
  const expected = rel(expectedDir);
  const actual = rel(actualDir);
  const differing: string[] = [];
  for (const path of new Set([...expected, ...actual])) {
    if (!expected.has(path)) {
      differing.push(`${path} (not generated any more)`);
    } else if (!actual.has(path)) {
      differing.push(`${path} (missing)`);
    } else if (!readFileSync(join(expectedDir, path)).equals(readFileSync(join(actualDir, path)))) {
      differing.push(`${path} (differs)`);
    }
  }
  return differing.sort();
}

async function main(argv: readonly string[]): Promise<number> {
  const root = process.cwd();
  const check = argv.includes("--check");
  const files = await generate(loadSpecTree(join(root, DEFAULT_LAYOUT.specsDir)), DEFAULT_LAYOUT);
  const generatedDir = join(root, DEFAULT_LAYOUT.generatedDir);
  if (check) {
    const fresh = mkdtempSync(join(tmpdir(), "bioimage-specs-generated-"));
    writeTree(fresh, files);
    const stale = compareTrees(fresh, generatedDir);
    rmSync(fresh, { recursive: true, force: true });
    if (stale.length > 0) {
      process.stderr.write(
        `generated/ is stale: it is not what \`make generate\` writes from specs/ (${stale.length} file(s)):\n${stale
          .map((s) => `  ${s}`)
          .join("\n")}\nRun \`make generate\` and commit the result.\n`,
      );
      return 1;
    }
    process.stdout.write(`generated/ is up to date (${files.size} files)\n`);
    return 0;
  }
  rmSync(generatedDir, { recursive: true, force: true });
  writeTree(generatedDir, files);
  process.stdout.write(`wrote ${files.size} files to generated/\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`codegen: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
