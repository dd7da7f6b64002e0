// Documents handed to the API as values skip the parser's depth limit: every entry point checks it itself, so a
// value nested 100,000 levels deep is a ParseError ("nested deeper than the limit of 256 levels"), never a stack
// overflow from a validator, a rule or a clone.
import { describe, expect, test } from "vitest";
import { migrateBioimageioModel } from "../../generated/migrations.js";
import { buildDescription, buildDescriptionSync, validateFormat } from "../../src/bioimageio/build.js";
import { checkCroissant } from "../../src/croissant/check.js";
import { validateCdpPicks, validateCopickConfig, validateCroissant, validatePicks } from "../../src/copick/validate.js";
import { buildManifest, normalizeManifest, validateManifest } from "../../src/fractal/validate.js";
import { ParseError } from "../../src/engine/load/parse-error.js";
import { parseSource } from "../../src/engine/load/parse.js";
import { validate } from "../../src/validate.js";

function nested(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let i = 0; i < levels; i++) {
    const child: Record<string, unknown> = {};
    node.a = child;
    node = child;
  }
  return root;
}

const deep = nested(100_000);
const model = { type: "model", format_version: "0.5.4", name: "deep", config: deep };
const manifest = { manifest_version: "2", task_list: [{ name: "t", executable_non_parallel: "t.py", meta_non_parallel: deep }] };

const entryPoints: readonly [string, () => unknown][] = [
  ["buildDescriptionSync", () => buildDescriptionSync(model)],
  ["buildDescription", () => buildDescription(model)],
  ["validateFormat", () => validateFormat(model)],
  ["validate", () => validate(model)],
  ["validateManifest", () => validateManifest(manifest)],
  ["normalizeManifest", () => normalizeManifest(manifest)],
  ["buildManifest", () => buildManifest(manifest)],
  ["validateCopickConfig", () => validateCopickConfig({ name: "p", pickable_objects: [], extra: deep })],
  ["validatePicks", () => validatePicks({ points: [deep] })],
  ["validateCdpPicks", () => validateCdpPicks([deep])],
  ["validateCroissant", () => validateCroissant({ "@type": "sc:Dataset", extra: deep })],
  ["checkCroissant", () => checkCroissant({ "@type": "sc:Dataset", extra: deep })],
  ["migrateBioimageioModel", () => migrateBioimageioModel(model as never, "0.5", "latest")],
];

describe("values nested too deep", () => {
  test.each(entryPoints)("%s refuses one with a ParseError", async (_name, call) => {
    const outcome = await (async () => call())().then(
      () => "accepted",
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(ParseError);
    expect(String((outcome as Error).message)).toMatch(/nested deeper than the limit of 256 levels/);
  });

  test("one within the limit validates, parsed or not", async () => {
    const parsed = parseSource(JSON.stringify({ type: "model", format_version: "0.5.4", config: nested(200) }), "m.json").value;
    // an incomplete model: failed, with the model's errors and no depth error
    for (const doc of [parsed, { type: "model", format_version: "0.5.4", config: nested(200) }]) {
      const summary = (await buildDescription(doc)).validationSummary;
      expect(summary.status).toBe("failed");
      expect(JSON.stringify(summary.toJSON())).not.toMatch(/nested deeper/);
    }
  });
});
