// buildDescription / validateFormat given what parseSource returns: positions without options; results typed by spec.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, expectTypeOf, test } from "vitest";
import { buildDescription, type InvalidDescr, type ModelDescription, validateFormat } from "../../src/bioimageio/index.js";
import { loadModelDescription } from "../../src/bioimageio/node/index.js";
import { parseSource, validate } from "../../src/index.js";
import { isParsedSource } from "../../src/engine/load/parse-core.js";
import type { ModelDescr as ModelDescr05 } from "../../generated/types/bioimageio/model/0.5.js";
import type { ModelDescr as ModelDescr04 } from "../../generated/types/bioimageio/model/0.4.js";
import { REPO } from "../helpers/fixture-codegen.js";

const INVALID = join(REPO, "examples/bioimageio/invalid_unet2d_0_5_draft.bioimageio.yaml");
const VALID_04 = join(REPO, "examples/bioimageio/unet2d_nuclei_broad_v0_4_9.bioimageio.yaml");

test("validateFormat(parseSource(text, name)) locates every error, as the CLI does", async () => {
  const parsed = parseSource(readFileSync(INVALID, "utf8"), "rdf.yaml");
  const summary = await validateFormat(parsed);
  expect(summary.source_name).toBe("rdf.yaml");
  expect(summary.errors.length).toBe(9);
  expect(summary.errors[0]?.position).toEqual({ file: "rdf.yaml", line: 43, col: 9 });
  expect(summary.errors.every((error) => error.position !== undefined)).toBe(true);
  // the parsed value alone: the same verdict, without positions
  const bare = await validateFormat(parsed.value);
  expect(bare.errors.map((e) => e.msg)).toEqual(summary.errors.map((e) => e.msg));
  expect(bare.errors[0]?.position).toBeUndefined();
  // validate (any family) too, and an explicit sourceName wins
  expect((await validate(parsed, { sourceName: "x.yaml" })).errors[0]?.position?.line).toBe(43);
});

test("only what parsing returned counts as a parsed source", () => {
  const parsed = parseSource("a: 1\n", "a.yaml");
  expect(isParsedSource(parsed)).toBe(true);
  expect(isParsedSource({ ...parsed })).toBe(false);
  expect(isParsedSource({ fileName: "a", value: {}, locate: () => ({ file: "a", line: 1, col: 1 }) })).toBe(false);
});

test("a valid description's content is typed by its specKey", async () => {
  const description = await buildDescription(parseSource(readFileSync(VALID_04, "utf8"), "rdf.yaml"));
  expect(description.valid).toBe(true);
  if (description.valid && description.specKey === "bioimageio/model/0.4") {
    expectTypeOf(description.content).toEqualTypeOf<ModelDescr04>();
    expect(description.content.format_version).toBe("0.4.10");
  }
  const latest = await loadModelDescription(VALID_04, { formatVersion: "latest", performIoChecks: false });
  if (latest.valid) {
    expectTypeOf(latest.content).toEqualTypeOf<ModelDescr05>();
    expect(latest.content.inputs[0]?.id).toBe("raw");
  }
  expect(latest.valid).toBe(true);
  const discovered = await loadModelDescription(VALID_04, { performIoChecks: false });
  expectTypeOf(discovered).toEqualTypeOf<ModelDescription | InvalidDescr>();
});
