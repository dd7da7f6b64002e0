// Differential fuzzing of the fast YAML path (src/load/yaml-fast.ts) against `yaml`: on generated documents
// (random values written by `yaml` with random styles) and on mutations of them and of corpus files, the fast path
// either gives up or returns exactly `yaml`'s value and positions, and never accepts text `yaml` rejects.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { stringify, type ToStringOptions } from "yaml";
import { describe, expect, test } from "vitest";
import { startOf } from "../../src/engine/load/located-node.js";
import { locateYamlFast, parseYamlFast } from "../../src/engine/load/yaml-fast.js";
import { CORPUS } from "../helpers/corpus.js";
import { FUZZ_TIMEOUT, fuzzParams } from "../helpers/fuzz-settings.js";
import { pathsOf } from "../helpers/doc-paths.js";
import { firstDifference, yamlNodes, yamlPositions, yamlReference } from "../helpers/same-yaml.js";

const CHARACTERS = [..."abcxyz019 _.-:#'\"\\[]{},|>&*!%@`?~=/\n\té😀\u00a0\u3000", "\r\n", ": ", " #", "- "];
const text = fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 24 });
const scalar = fc.oneof(
  text,
  fc.constantFrom("null", "~", "true", "False", "0o17", "0x1f", "-0", "1e3", ".inf", ".NaN", "012", "1.", "yes", ""),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."abk_- :#'\"."), minLength: 1, maxLength: 8 }),
  fc.constantFrom("a", "b", "name", "1", "true"),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, scalar, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(key, tie("value"), { maxKeys: 4 }),
}));
const styles: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 80),
  minContentWidth: fc.constantFrom(0, 10, 20),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
  defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
  collectionStyle: fc.constantFrom("any", "block", "flow"),
  flowCollectionPadding: fc.boolean(),
  doubleQuotedMinMultiLineLength: fc.constantFrom(5, 40),
});
/** Documents whose values share objects: `yaml` writes the second and later uses as aliases to an anchor. */
const shared = fc
  .tuple(
    fc.array(fc.oneof(value, fc.constant([]), fc.constant({})), { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(key, fc.nat(5)), { minLength: 2, maxLength: 6 }),
  )
  .map(([pool, uses]) => {
    const doc: Record<string, unknown> = {};
    for (const [name, index] of uses) {
      const used = pool[index % pool.length];
      doc[name] = index > 2 ? [used, { nested: used }] : used;
    }
    return doc;
  });
const generated = fc
  .tuple(fc.oneof(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), shared), styles)
  .map(([doc, options]) => stringify(doc, options));

const corpusFile = (path: string): string => readFileSync(join(CORPUS, path), "utf8");
// hand-written ones, and machine-written ones with plain and quoted scalars folded over lines in flow collections
const corpusTexts = [
  "bioimageio/example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml",
  "bioimageio/example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml",
  "bioimageio/history/example_specs/models/unet2d_keras_tf/rdf.yaml",
  "bioimageio/example_descriptions/datasets/covid_if_training_data/bioimageio.yaml",
  "bioimageio-collected/collection/004c24c24ea4.yaml",
  "bioimageio-collected/collection/008a4fb495ca.yaml",
].map(corpusFile);
const insertion = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."ab1 :#'\"-[]{},|>\n"), maxLength: 3 }),
  fc.constantFrom(
    "\n",
    "\n  ",
    "\n\n    ",
    "  ",
    "- ",
    ": ",
    " #",
    "'",
    '"',
    "[",
    "]",
    "{",
    "}",
    "|",
    ">-",
    "\\",
    "\\ ",
    "\t",
    "&a",
    "&a ",
    "&b ",
    "*a",
    " *a",
    "*a, ",
    "*b",
    "\r\n",
    "\u00a0",
  ),
);
const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(3), insertion);
const mutated = fc
  .tuple(fc.oneof(generated, fc.constantFrom(...corpusTexts)), fc.array(edit, { minLength: 1, maxLength: 4 }))
  .map(([source, edits]) =>
    edits.reduce((out, [at, remove, insert]) => {
      const i = Math.floor(at * out.length);
      return out.slice(0, i) + insert + out.slice(i + remove);
    }, source),
  );

/** The property, and how often the fast path answered (so that a fast path that always gives up fails). */
function agreesWithYaml(): { check: (source: string) => void; answered: () => number } {
  let answered = 0;
  return {
    check(source) {
      const fast = parseYamlFast(source);
      if (fast === undefined) {
        return;
      }
      answered++;
      const reference = yamlReference(source);
      if (reference === undefined) {
        throw new Error(`the fast path accepts what yaml rejects:\n${source}`);
      }
      const difference = firstDifference(fast.value, reference.value);
      if (difference !== undefined) {
        throw new Error(`the fast path differs from yaml at ${difference}:\n${source}`);
      }
      const locate = locateYamlFast(source);
      const positions = yamlPositions(source, fast.value);
      const nodes = yamlNodes(source, fast.value);
      for (const path of pathsOf(fast.value, true)) {
        const at = locate ? startOf(locate(path)) : undefined;
        const expected = positions.get(JSON.stringify(path));
        if (`${at?.line}:${at?.col}` !== expected) {
          throw new Error(`the fast path locates ${JSON.stringify(path)} at ${at?.line}:${at?.col}, yaml at ${expected}:\n${source}`);
        }
        const spans = JSON.stringify(locate?.(path));
        if (spans !== nodes.get(JSON.stringify(path))) {
          throw new Error(
            `the fast path spans ${JSON.stringify(path)} as ${spans}, yaml as ${nodes.get(JSON.stringify(path))}:\n${source}`,
          );
        }
      }
    },
    answered: () => answered,
  };
}

describe("the fast YAML path agrees with yaml", () => {
  test(
    "on generated documents in every style",
    () => {
      const property = agreesWithYaml();
      const params = fuzzParams(40);
      fc.assert(fc.property(generated, property.check), params);
      expect(property.answered()).toBeGreaterThan(params.numRuns * 0.3);
    },
    FUZZ_TIMEOUT,
  );

  test(
    "on mutated documents",
    () => {
      const property = agreesWithYaml();
      const params = fuzzParams(40);
      fc.assert(fc.property(mutated, property.check), params);
      expect(property.answered()).toBeGreaterThan(params.numRuns * 0.1);
    },
    FUZZ_TIMEOUT,
  );
});
