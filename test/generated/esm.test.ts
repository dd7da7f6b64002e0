// generated/ is true ESM for the browser: no require(), no node: imports, and every file says where it
// comes from.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";

const GENERATED = join(import.meta.dirname, "..", "..", "generated");

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

describe("generated/", () => {
  const files = listFiles(GENERATED);

  test("holds the validators of every spec", () => {
    expect(files.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(0);
  });

  const isOtherLanguage = (file: string): boolean => relative(GENERATED, file).startsWith("langs");
  for (const file of files.filter((f) => !f.endsWith(".json") && !isOtherLanguage(f))) {
    const name = relative(GENERATED, file);
    test(`${name}: ESM without require() or node: imports, headed`, () => {
      const text = readFileSync(file, "utf8");
      expect(text).not.toMatch(/\brequire\(/);
      expect(text).not.toMatch(/from\s+["']node:/);
      expect(text).not.toMatch(/module\.exports/);
      // the JSON Schema meta-schemas' validators come from the ones Ajv ships
      expect(text.split("\n")[0]).toMatch(/^\/\/ generated from (specs\/\S*|ajv's \S+ meta-schema) by codegen - do not edit$/);
    });
  }

  test("the other languages' files are headed in their comment syntax", () => {
    const other = files.filter(isOtherLanguage);
    expect(other.length).toBeGreaterThan(0);
    for (const file of other) {
      const comment = file.endsWith(".py") ? "#" : "\\/\\/";
      expect(readFileSync(file, "utf8").split("\n")[0], file).toMatch(new RegExp(`^${comment} generated from specs/\\S* by codegen - do not edit$`));
    }
  });

  test("JSON files are headed with a $comment", () => {
    for (const file of files.filter((f) => f.endsWith(".json"))) {
      const first = Object.entries(JSON.parse(readFileSync(file, "utf8")))[0];
      expect(first?.[0]).toBe("$comment");
      expect(first?.[1]).toMatch(/^generated from specs\/\S* by codegen - do not edit$/);
    }
  });

  test("validator modules import only the validator runtime", () => {
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      const imports = [...readFileSync(file, "utf8").matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
      for (const specifier of imports) {
        expect(specifier, relative(GENERATED, file)).toMatch(/\/src\/engine\/validation\/ajv-runtime\.js$/);
      }
    }
  });
});
