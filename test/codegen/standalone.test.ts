// The same documents through in-memory Ajv and through the emitted standalone modules: equal verdicts and
// equal errors (schemaPath aside: the standalone code makes it absolute).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createAjv } from "../../codegen/emit-validators.js";
import { loadSpecTree } from "../../codegen/load.js";
import { normalizeSpec } from "../../codegen/normalize.js";
import { resolveSpecs } from "../../codegen/resolve.js";
import { parseSource } from "../../src/engine/load/parse.js";
import type { ValidateFunction, ValidatorError } from "../../src/engine/runtime/validator-types.js";
import { FIXTURE_LAYOUT, FIXTURE_SPECS, generateFixture, REPO, writeGenerated } from "../helpers/fixture-codegen.js";

import { BIOIMAGEIO_CORPUS as CORPUS } from "../helpers/corpus.js";

function essentials(errors: readonly ValidatorError[] | null | undefined) {
  return (errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
}

function inMemory(specsDir: string, path: string): ValidateFunction<unknown> {
  const resolved = resolveSpecs(loadSpecTree(join(REPO, specsDir))).find((r) => r.spec.path === path);
  if (!resolved) {
    throw new Error(`no spec ${path}`);
  }
  return createAjv({ source: false }).compile(normalizeSpec(resolved).validatorSchema) as unknown as ValidateFunction<unknown>;
}

function expectSame(memory: ValidateFunction<unknown>, standalone: ValidateFunction<unknown>, doc: unknown): void {
  const a = memory(doc);
  const b = standalone(doc);
  expect(b).toBe(a);
  expect(essentials(standalone.errors)).toEqual(essentials(memory.errors));
}

describe("fixture specs", async () => {
  writeGenerated(await generateFixture());
  const docs: Record<string, unknown[]> = {
    "demo/widget/1.0.json": [
      { format_version: "1.0.2", name: "w" },
      { format_version: "1.0.2", name: "w", color: "blue" },
      { format_version: "1.0.1", extra: true },
      [],
    ],
    "demo/widget/1.1.json": [
      { format_version: "1.1.0", name: "ab", shapes: [{ kind: "circle", radius: 1 }], colors: ["red"], released: "2024-02-29" },
      { format_version: "1.1.0", name: "a", shapes: [{ kind: "square", side: 0, part: { name: "" } }], colors: ["red", "red"] },
      {
        format_version: "1.1.0",
        name: "abc",
        shapes: [{ kind: "hexagon" }, {}],
        released: "2023-02-29",
        parts: [{ name: "p", url: "not a url" }],
      },
      { format_version: "1.1.0", name: "🙂🙂", shapes: [] },
    ],
  };
  for (const [path, cases] of Object.entries(docs)) {
    test(path, async () => {
      const module = await import(join(REPO, FIXTURE_LAYOUT.generatedDir, "validators", path.replace(/\.json$/, ".js")));
      const memory = inMemory(FIXTURE_SPECS, path);
      for (const doc of cases) {
        expectSame(memory, module.validate, doc);
      }
    });
  }
});

describe("bioimage.io specs", () => {
  const model = (file: string) => {
    const doc = parseSource(readFileSync(join(CORPUS, file), "utf8"), file).value as Record<string, unknown>;
    return { ...doc, format_version: "0.5.7" };
  };
  const valid = model("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml");
  const cases = [
    valid,
    model("example_descriptions/models/unet2d_multi_tensor/bioimageio.yaml"),
    model("history/example_specs/models/unet2d_nuclei_broad/rdf.yaml"),
    { ...valid, unknown_field: 1 },
    { ...valid, inputs: [] },
    { ...valid, weights: { onnx: { source: "/abs/path.onnx", opset_version: 3 } } },
    { ...valid, authors: [{ name: "a/b", orcid: 5 }] },
    "not an object",
  ];
  test("model 0.5", async () => {
    const module = await import("../../generated/validators/bioimageio/model/0.5.js");
    const memory = inMemory("specs", "bioimageio/model/0.5.json");
    for (const doc of cases) {
      expectSame(memory, module.validate, doc);
    }
  });
  test("generic 0.3", async () => {
    const module = await import("../../generated/validators/bioimageio/generic/0.3.js");
    const memory = inMemory("specs", "bioimageio/generic/0.3.json");
    const generic = { format_version: "0.3.0", type: "tool", name: "A tool", description: "d", authors: [{ name: "me" }] };
    for (const doc of [
      generic,
      { ...generic, type: "Model" },
      { ...generic, name: "x" },
      { ...generic, cite: [{ text: "t", doi: "11.1" }] },
    ]) {
      expectSame(memory, module.validate, doc);
    }
  });
});
