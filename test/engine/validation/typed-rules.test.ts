// Rules read documents through the generated types: a misspelled field, a field read without narrowing the
// union to the members that have it, or a rule without its catalogue entry does not compile (`make typecheck`).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { REPO } from "../../helpers/fixture-codegen.js";
import { typecheck } from "../../helpers/typecheck.js";

const DIR = join(REPO, "test/.tmp/typed-rules");
const SRC = "../../../src";

/** Writes a model 0.5 rule whose check reads `expression` for each input axis; returns its path. */
function ruleReading(
  name: string,
  expression: string,
  info = 'severity: ERROR, messages: ["x"], reference: { none: "a fixture" },',
): string {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `${name}.ts`);
  writeFileSync(
    file,
    [
      `import { ERROR } from "${SRC}/engine/summary/types.js";`,
      `import { defineRule } from "${SRC}/engine/validation/rule.js";`,
      `import { type ModelDescr, tensorsOf } from "${SRC}/bioimageio/model/0.5/model.js";`,
      "",
      "export const rule = defineRule<ModelDescr>({",
      `  id: "fixture.${name}",`,
      '  description: "a fixture",',
      `  ${info}`,
      "  *check(doc) {",
      '    for (const tensor of tensorsOf(doc, "inputs")) {',
      "      for (const axis of tensor.axes) {",
      `        if (${expression}) {`,
      '          yield { loc: [], msg: "x" };',
      "        }",
      "      }",
      "    }",
      "  },",
      "});",
      "",
    ].join("\n"),
  );
  return file;
}

const FIXTURES = {
  scale: ruleReading("scale", 'axis.type === "space" && axis.scale !== 1'),
  scael: ruleReading("scael", 'axis.type === "space" && axis.scael !== 1'),
  unnarrowed: ruleReading("unnarrowed", "axis.scale !== 1"),
  undocumented: ruleReading("undocumented", 'axis.type === "space"', ""),
};

/** The type errors of each fixture, from one program (one compile for all). */
let errors: (file: string) => string;
beforeAll(() => {
  const all = typecheck(Object.values(FIXTURES));
  errors = (file) => all.filter((e) => e.startsWith(`${file}:`)).join("\n");
}, 120_000);

describe("typed rules", () => {
  test("a field read on the narrowed axis compiles", () => {
    expect(errors(FIXTURES.scale)).toBe("");
  });

  test("a misspelled field fails to compile", () => {
    expect(errors(FIXTURES.scael)).toMatch(/Property 'scael' does not exist/);
  });

  test("a field only some axes have fails without narrowing", () => {
    expect(errors(FIXTURES.unnarrowed)).toMatch(/Property 'scale' does not exist on type 'BatchAxis'/);
  });

  test("a rule without its catalogue entry (severity, messages, reference) fails to compile", () => {
    expect(errors(FIXTURES.undocumented)).toMatch(/missing the following properties.*severity, messages, reference/s);
  });
});
