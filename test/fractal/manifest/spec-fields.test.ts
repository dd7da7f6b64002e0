// The rules' field lists (pydantic's error order, strict's known keys) are the specs' properties, in order.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import * as v1 from "../../../src/fractal/manifest/1/model.js";
import * as v2 from "../../../src/fractal/manifest/2/model.js";
import { REPO } from "../../helpers/fixture-codegen.js";

function properties(version: string, def?: string): string[] {
  const spec = JSON.parse(readFileSync(join(REPO, "specs/fractal/manifest", `${version}.json`), "utf8"));
  return Object.keys((def ? spec.$defs[def] : spec).properties);
}

test("version 2", () => {
  expect([...v2.MANIFEST_FIELDS]).toEqual(properties("2"));
  expect([...v2.TASK_FIELDS]).toEqual(properties("2", "TaskManifestV2"));
});

test("version 1", () => {
  expect([...v1.MANIFEST_FIELDS]).toEqual(properties("1"));
  expect([...v1.TASK_FIELDS]).toEqual(properties("1", "TaskManifestV1"));
});
