// Documents handed to the API as values skip the parser's depth limit: every entry point checks it itself, so a
// value nested 100,000 levels deep is a ParseError ("nested deeper than the limit of 256 levels"), never a stack
// overflow from a validator, a rule or a clone. Likewise a value that is not data (a Symbol, a function, a getter
// or a Proxy that throws): a ParseError naming where, not the DataCloneError or the getter's own error.
import { describe, expect, test } from "vitest";
import { migrateBioimageioModel } from "../../generated/migrations.js";
import { buildDescription, buildDescriptionSync, validateFormat } from "../../src/bioimageio/build.js";
import { checkCroissant } from "../../src/croissant/check.js";
import { validateCdpPicks, validateCopickConfig, validateCroissant, validatePicks } from "../../src/copick/validate.js";
import { buildManifest, normalizeManifest, validateManifest } from "../../src/fractal/validate.js";
import { ParseError } from "../../src/engine/load/parse-error.js";
import { parseSource } from "../../src/engine/load/parse.js";
import { validate } from "../../src/validate.js";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { updateFormat } from "../../src/bioimageio/node/update.js";
import { ReadError } from "../../src/engine/node/read-source.js";

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

/** Every entry point that takes a document as a value, called with `inner` where a document holds anything. */
const entryPointsWith = (inner: unknown): readonly [string, () => unknown][] => {
  const model = { type: "model", format_version: "0.5.4", name: "deep", config: inner };
  const manifest = { manifest_version: "2", task_list: [{ name: "t", executable_non_parallel: "t.py", meta_non_parallel: inner }] };
  return [
    ["buildDescriptionSync", () => buildDescriptionSync(model)],
    ["buildDescription", () => buildDescription(model)],
    ["validateFormat", () => validateFormat(model)],
    ["validate", () => validate(model)],
    ["updateFormat", () => updateFormat(model)],
    ["validateManifest", () => validateManifest(manifest)],
    ["normalizeManifest", () => normalizeManifest(manifest)],
    ["buildManifest", () => buildManifest(manifest)],
    ["validateCopickConfig", () => validateCopickConfig({ name: "p", pickable_objects: [], extra: inner })],
    ["validatePicks", () => validatePicks({ points: [inner] })],
    ["validateCdpPicks", () => validateCdpPicks([inner])],
    ["validateCroissant", () => validateCroissant({ "@type": "sc:Dataset", extra: inner })],
    ["checkCroissant", () => checkCroissant({ "@type": "sc:Dataset", extra: inner })],
    ["migrateBioimageioModel", () => migrateBioimageioModel(model as never, "0.5", "latest")],
  ];
};
const entryPoints = entryPointsWith(deep);

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

describe("values that are not data", () => {
  const throwingGetter = {
    get name(): string {
      throw new Error("a getter that throws");
    },
  };
  const throwingProxy = new Proxy(
    {},
    {
      get: () => {
        throw new Error("a Proxy that throws");
      },
      ownKeys: () => {
        throw new Error("a Proxy that throws");
      },
    },
  );
  const cases: [string, unknown, RegExp][] = [
    ["a Symbol", { id: Symbol("x") }, /a Symbol at extra\.id is not a JSON value|a Symbol at .*id is not a JSON value/],
    ["a function", { run: () => 1 }, /a function at .*run is not a JSON value/],
    ["a getter that throws", throwingGetter, /the value at .* cannot be read \(a getter that throws\)/],
    ["a Proxy that throws", throwingProxy, /the value at .* cannot be read \(a Proxy that throws\)/],
  ];
  for (const [what, inner, reason] of cases) {
    test.each(entryPointsWith(inner))(`${what}: %s refuses it with a ParseError`, async (_name, call) => {
      const outcome = await (async () => call())().then(
        () => "accepted",
        (error: unknown) => error,
      );
      expect(outcome).toBeInstanceOf(ParseError);
      expect(String((outcome as Error).message)).toMatch(reason);
    });
  }

  test("a Proxy that throws as the whole document, and as a source: typed errors", async () => {
    await expect(validateManifest(throwingProxy)).rejects.toThrow(ParseError);
    await expect(updateFormat(throwingProxy as never)).rejects.toThrow(ParseError);
    await expect(loadDescription(throwingProxy as never)).rejects.toThrow(ReadError);
    await expect(loadDescription({ type: "model" } as never)).rejects.toThrow(
      "in-memory: not a source (a path, a URL, bytes or a stream of bytes)",
    );
  });
});
