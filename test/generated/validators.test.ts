// The shipped precompiled validators (bioimage-specs/validators/...): any patch of their minor version, as the
// reference and the editor schemas read documents; errors with messages in the reference's words.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { describeErrors, validate } from "../../generated/validators/bioimageio/model/0.5.js";
import { validate as validateManifest } from "../../generated/validators/fractal/manifest/2.js";
import { validateFormat } from "../../src/bioimageio/index.js";
import { parseSource } from "../../src/engine/load/parse.js";
import { withJsonTimestamps } from "../../src/engine/records.js";
import { REPO } from "../helpers/fixture-codegen.js";

// the standalone validators check JSON documents: a plain YAML timestamp as its ISO text
const read = (file: string): Record<string, unknown> =>
  withJsonTimestamps(parseSource(readFileSync(join(REPO, file), "utf8"), file).value) as Record<string, unknown>;
const VALID = read("examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml");
const INVALID = read("examples/bioimageio/invalid_unet2d_0_5_draft.bioimageio.yaml");

test.each(["0.5.0", "0.5.4", "0.5.7", "0.5.12"])("model 0.5's validator accepts format_version %s", (version) => {
  expect(validate({ ...VALID, format_version: version })).toBe(true);
  expect(validate.errors).toBeNull();
});

// "0.5" names no patch: the reference neither bumps nor accepts it
test.each(["0.4.10", "0.6.0", "0.5.x", "1.5.0", "0.5"])("and rejects %s, saying why", (version) => {
  expect(validate({ ...VALID, format_version: version })).toBe(false);
  expect(validate.errors).toEqual([
    expect.objectContaining({ instancePath: "/format_version", keyword: "pattern", message: "String should match pattern '^0\\.5\\.\\d+$'" }),
  ]);
});

test("every error carries a message; describeErrors words them as the runtime does, without union tags", async () => {
  expect(validate(INVALID)).toBe(false);
  const errors = validate.errors ?? [];
  expect(errors.length).toBeGreaterThan(5);
  expect(errors.every((error) => typeof error.message === "string" && error.message.length > 0)).toBe(true);
  expect(errors.map((e) => e.message)).toContain("size: Extra inputs are not permitted");
  const described = describeErrors(errors, INVALID);
  const runtime = (await validateFormat(INVALID)).errors;
  expect(described.map((d) => [d.msg, d.type])).toEqual(runtime.map((e) => [e.msg, e.type]));
  expect(described[0]).toEqual({ loc: ["inputs", 0, "axes", 1, "size"], msg: "Extra inputs are not permitted", type: "extra_forbidden" });
});

test("a spec without a format version (Fractal's manifest) has messages too", () => {
  expect(validateManifest({ manifest_version: "2", task_list: [{}] })).toBe(false);
  expect(validateManifest.errors?.map((e) => e.message)).toContain("name: Field required");
});
