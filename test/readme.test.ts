// Every TypeScript snippet of the README compiles: each is written to a module of its own and typechecked with the
// project's strict options, `bioimage-specs/...` resolved to the sources (the package's `exports`, read backwards
// from dist/ to src/ and generated/). Names a snippet uses without defining them (a parsed `doc`, a `text`) are
// declared for it.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { afterAll, expect, test } from "vitest";
import { REPO } from "./helpers/fixture-codegen.js";

const README = readFileSync(join(REPO, "README.md"), "utf8");
const SNIPPETS = [...README.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => ({
  code: match[1] ?? "",
  line: README.slice(0, match.index).split("\n").length + 1,
}));

/** Stand-ins for what a snippet's reader has at hand. */
const FREE_NAMES: Readonly<Record<string, string>> = {
  doc: "unknown",
  json: "unknown",
  text: "string",
  bytes: "Uint8Array",
};

const PACKAGE = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
  exports: Record<string, string | { types: string }>;
};

/** `bioimage-specs/<entry>` -> its source, from each entry's `types` (./dist/src/x.d.ts -> src/x.ts). */
function paths(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [entry, target] of Object.entries(PACKAGE.exports)) {
    if (typeof target === "object") {
      out[`bioimage-specs${entry.slice(1)}`] = [target.types.replace("./dist/", "./").replace(/(?<!\*)\.d\.ts$/, ".ts")];
    }
  }
  return out;
}

const dir = join(REPO, "test", ".tmp", "readme");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the README has TypeScript snippets for every family", () => {
  expect(SNIPPETS.length).toBeGreaterThanOrEqual(6);
  for (const entry of [
    "bioimage-specs/bioimageio/node",
    "bioimage-specs/fractal",
    "bioimage-specs/copick/node",
    "bioimage-specs/validators/",
  ]) {
    expect(
      SNIPPETS.some((s) => s.code.includes(`"${entry}`)),
      entry,
    ).toBe(true);
  }
});

test("every TypeScript snippet of the README typechecks", () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = SNIPPETS.map(({ code, line }) => {
    const declared = Object.entries(FREE_NAMES)
      .filter(([name]) => new RegExp(`\\b${name}\\b`).test(code) && !new RegExp(`\\b(const|let|var|function)\\s+${name}\\b`).test(code))
      .map(([name, type]) => `declare const ${name}: ${type};`);
    const file = join(dir, `readme-line-${line}.ts`);
    writeFileSync(file, `${code}\n${declared.join("\n")}\nexport {};\n`);
    return file;
  });
  const config = ts.readConfigFile(join(REPO, "tsconfig.json"), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true, baseUrl: REPO, paths: paths() });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && files.includes(d.file.fileName))
    .map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      const snippetLine = Number(/readme-line-(\d+)/.exec(d.file?.fileName ?? "")?.[1] ?? 0) + at;
      return `README.md:${snippetLine}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")} (${relative(REPO, d.file?.fileName ?? "")})`;
    });
  expect(diagnostics).toEqual([]);
}, 120_000);
