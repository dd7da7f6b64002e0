// ImJoy plugin files to application descriptions against the reference (bioimageio.spec partner_utils.imjoy):
// each plugin file of test/fixtures/imjoy and each partial description of its REFERENCE.json (recorded by
// scripts/reference/record_imjoy.py) gives the reference's config, description, failure and warnings.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { convertConfigToRdf, enrichPartialRdfWithImjoyPlugin, getPluginAsRdf, parseImjoyPlugin } from "../../../src/bioimageio/index.js";
import { parsePythonJson } from "../../../src/engine/load/python-json.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/imjoy");
const PLUGINS = "https://example.org/plugins/";

type Json = Record<string, unknown>;
interface Reference {
  readonly plugins: Record<string, { config?: Json; rdf?: Json; error?: string }>;
  readonly resolvable: Record<string, [Json, string, string]>;
  readonly enrich: { partial: Json; root: string; rdf?: Json; error?: string; warnings: string[] }[];
}
// written by Python's json: NaN and Infinity are values there
const REFERENCE = parsePythonJson(readFileSync(join(FIXTURES, "REFERENCE.json"), "utf8")) as Reference;

/** Serves the fixture plugin files at PLUGINS, as the recording did; counts what it was asked. */
function fixtureFetch(asked: string[] = []): typeof fetch {
  return async (input) => {
    const url = String(input);
    asked.push(url);
    expect(url.startsWith(PLUGINS)).toBe(true);
    return new Response(readFileSync(join(FIXTURES, (url.slice(PLUGINS.length).split("?")[0] ?? "").replaceAll("/", "")), "utf8"));
  };
}

const resolve = async (source: string): Promise<readonly [Json, string, string]> => {
  const found = REFERENCE.resolvable[source];
  if (found === undefined) {
    throw new Error(`no ${source}`);
  }
  return structuredClone(found);
};

describe("ImJoy plugin files, read as the reference reads them", () => {
  test("the fixtures cover configs in YAML and JSON (NaN and Infinity too), tags, blocks of each kind, and each failure", () => {
    const plugins = Object.values(REFERENCE.plugins);
    expect(plugins.filter((p) => p.rdf !== undefined).length).toBeGreaterThanOrEqual(4);
    expect(new Set(plugins.flatMap((p) => (p.error ? [p.error.split(":")[0]] : [])))).toEqual(
      new Set(["Exception", "IndexError", "TypeError", "AttributeError", "JSONDecodeError"]),
    );
  });

  for (const [name, recorded] of Object.entries(REFERENCE.plugins)) {
    test(name, async () => {
      const source = readFileSync(join(FIXTURES, name), "utf8");
      if (recorded.error !== undefined) {
        await expect(parseImjoyPlugin(source)).rejects.toThrow(recorded.error);
        await expect(getPluginAsRdf(PLUGINS + name, { fetch: fixtureFetch() })).rejects.toThrow(recorded.error);
        return;
      }
      const config = await parseImjoyPlugin(source);
      expect(config).toEqual(recorded.config);
      expect(convertConfigToRdf(config, PLUGINS + name)).toEqual(recorded.rdf);
      const asked: string[] = [];
      expect(await getPluginAsRdf(PLUGINS + name, { fetch: fixtureFetch(asked) })).toEqual(recorded.rdf);
      expect(asked).toEqual([PLUGINS + name]);
    });
  }

  for (const [i, recorded] of REFERENCE.enrich.entries()) {
    test(`enrichPartialRdfWithImjoyPlugin, case ${i}: ${JSON.stringify(recorded.partial)}`, async () => {
      const warnings: string[] = [];
      const run = enrichPartialRdfWithImjoyPlugin(structuredClone(recorded.partial), recorded.root, resolve, {
        fetch: fixtureFetch(),
        onWarning: (message) => warnings.push(message),
      });
      if (recorded.error !== undefined) {
        await expect(run).rejects.toThrow(recorded.error);
      } else {
        expect(await run).toEqual(recorded.rdf);
      }
      expect(warnings).toEqual(recorded.warnings);
    });
  }
});
