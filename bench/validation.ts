// Validation figures: a parsed model against JSON.parse, the whole corpus from disk, YAML positions, and our
// standalone validators against in-memory Ajv, @exodus/schemasafe and @cfworker/json-schema on the same schemas.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Validator as CfworkerValidator } from "@cfworker/json-schema";
import { validator as schemasafe } from "@exodus/schemasafe";
import { parse as yamlParse } from "yaml";
import { createAjv } from "../codegen/emit-validators.js";
import { loadSpecTree } from "../codegen/load.js";
import { toValidatorSchema } from "../codegen/normalize.js";
import { resolveSpecs } from "../codegen/resolve.js";
import type * as Build from "../src/bioimageio/build.js";
import type * as Parse from "../src/engine/load/parse.js";
import type * as Validate from "../src/validate.js";
import type * as Validators from "../src/engine/validation/validators.js";
import type * as ModelValidator from "../generated/validators/bioimageio/model/0.5.js";
import { type BenchRow, measurePair, median, micros } from "./measure.js";
import { shipped } from "./shipped.js";

const { buildDescriptionSync } = await shipped<typeof Build>("src/bioimageio/build.js");
const { parseSource } = await shipped<typeof Parse>("src/engine/load/parse.js");
const { validate } = await shipped<typeof Validate>("src/validate.js");
const { preloadValidators } = await shipped<typeof Validators>("src/engine/validation/validators.js");

const REPO = join(import.meta.dirname, "..");
const MODEL = join(REPO, "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml");

function modelDocument(): Record<string, unknown> {
  return parseSource(readFileSync(MODEL, "utf8"), "model.yaml").value as Record<string, unknown>;
}

export async function parsedModel(): Promise<BenchRow> {
  await preloadValidators(["bioimageio/model/0.5"]);
  const doc = modelDocument();
  const json = JSON.stringify(doc);
  if (buildDescriptionSync(doc).validationSummary.status !== "valid-format") {
    throw new Error("the benchmark document must be valid");
  }
  const [baseline, ours] = measurePair(
    () => JSON.parse(json),
    () => buildDescriptionSync(doc),
    1000,
  );
  return {
    figure: "validate a parsed model 0.5 document (schema + all rules), per document",
    baseline: "JSON.parse of the same document's JSON text",
    ratio: ours / baseline,
    target: "<= 1.0x",
    detail: `${micros(ours)} vs ${micros(baseline)} (${json.length} bytes of JSON)`,
  };
}

/** The bench model with `n` copies of its input, each with an invalid axis size: n x 3 errors. */
function modelWithInvalidTensors(n: number): Record<string, unknown> {
  const doc = modelDocument();
  const [input] = doc.inputs as Record<string, unknown>[];
  doc.inputs = Array.from({ length: n }, (_, i) => {
    const tensor = structuredClone(input) as { id: string; axes: Record<string, unknown>[] };
    tensor.id = `input${i}`;
    (tensor.axes[2] as Record<string, unknown>).size = "big";
    return tensor;
  });
  return doc;
}

/** Errors must cost linear time: every "is this field valid?" and "are there errors below?" is a prefix lookup. */
export async function errorScaling(): Promise<BenchRow> {
  await preloadValidators(["bioimageio/model/0.5"]);
  const [small, large] = [modelWithInvalidTensors(300), modelWithInvalidTensors(3000)];
  const errors = (doc: Record<string, unknown>) => buildDescriptionSync(doc).validationSummary.details.flatMap((d) => d.errors).length;
  // the same work per round for both (10 x 300 tensors, 1 x 3000), alternating, median of 9
  const [t300x10, t3000] = measurePair(
    () => {
      for (let i = 0; i < 10; i++) {
        buildDescriptionSync(small);
      }
    },
    () => buildDescriptionSync(large),
    1,
  );
  const t300 = t300x10 / 10;
  return {
    figure: "validate a model with 3000 invalid tensors vs 300 (per document)",
    baseline: "itself with 300 invalid tensors; linear is 10x, quadratic 100x",
    ratio: t3000 / t300,
    target: "<= 12 (no quadratic lookups)",
    detail: `${(t3000 / 1e6).toFixed(1)} ms vs ${(t300 / 1e6).toFixed(1)} ms (${errors(large)} vs ${errors(small)} errors)`,
  };
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      return corpusFiles(full);
    }
    return /\.(ya?ml|json)$/.test(name) && !name.endsWith(".expected_output.txt") ? [full] : [];
  });
}

/** Every YAML/JSON document of the corpus (real ones and the references' test cases; not the recorded answers). */
export function corpusDocuments(): string[] {
  return corpusFiles(join(REPO, "test/fixtures/corpus")).filter((f) => !f.includes("upstream-jsonschema") && !f.endsWith("REFERENCE.json"));
}

/** Every YAML/JSON document of the corpus read, parsed and validated (kind detected), in one process. */
export async function wholeCorpus(): Promise<BenchRow> {
  const files = corpusDocuments();
  const readAndParse = () => {
    let bytes = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      bytes += text.length;
      try {
        parseSource(text, file);
      } catch {
        // a document that does not parse counts as read
      }
    }
    return bytes;
  };
  const validateAll = async () => {
    for (const file of files) {
      try {
        await validate(parseSource(readFileSync(file, "utf8"), file).value, { sourceName: file });
      } catch {
        // unparsable documents: the CLI reports them; here only the time counts
      }
    }
  };
  await validateAll(); // warm-up: validators loaded
  const bytes = readAndParse();
  const times: number[] = [];
  const baselines: number[] = [];
  for (let r = 0; r < 5; r++) {
    let start = process.hrtime.bigint();
    readAndParse();
    baselines.push(Number(process.hrtime.bigint() - start));
    start = process.hrtime.bigint();
    await validateAll();
    times.push(Number(process.hrtime.bigint() - start));
  }
  const ours = median(times);
  const baseline = median(baselines);
  return {
    figure: `validate every document of the corpus from disk in one process (${files.length} documents)`,
    baseline: "reading and parsing the same files",
    ratio: ours / baseline,
    target: "report docs/s and MB/s",
    detail: `${((files.length / ours) * 1e9).toFixed(0)} docs/s, ${((bytes / ours) * 1e3).toFixed(2)} MB/s (baseline ${((bytes / baseline) * 1e3).toFixed(2)} MB/s)`,
  };
}

/** parseSource keeps what is needed for positions; they are only computed when an issue is printed. */
export function yamlPositions(): BenchRow {
  const text = readFileSync(MODEL, "utf8");
  const [baseline, ours] = measurePair(
    () => yamlParse(text),
    () => parseSource(text, "model.yaml"),
    300,
  );
  return {
    figure: "YAML parse with positions (valid document, no position asked for)",
    baseline: "`yaml` parse without positions",
    ratio: ours / baseline,
    target: "positions only cost anything when there are errors",
    detail: `${micros(ours)} vs ${micros(baseline)}`,
  };
}

/** Our precompiled validator of model 0.5 against peers compiling the same (normalised) schema. */
export async function peers(): Promise<BenchRow[]> {
  const resolved = resolveSpecs(loadSpecTree(join(REPO, "specs"))).find((r) => r.spec.path === "bioimageio/model/0.5.json");
  if (!resolved) {
    throw new Error("no model 0.5 spec");
  }
  const schema = toValidatorSchema(resolved.bundled);
  const doc = { ...modelDocument(), format_version: "0.5.7" };
  const { validate: standalone } = await shipped<typeof ModelValidator>("generated/validators/bioimageio/model/0.5.js");
  const ajv = createAjv({ source: false }).compile(schema);
  // The peers ignore Ajv's `discriminator` annotation (oneOf still selects the branch) and check formats by name.
  const safe = schemasafe(schema as never, {
    mode: "default",
    includeErrors: true,
    allErrors: true,
    allowUnusedKeywords: true,
    formats: { uri: () => true },
  });
  const cfworker = new CfworkerValidator(schema as never, "2020-12", false);
  for (const [name, check] of [
    ["standalone", () => standalone(doc)],
    ["ajv", () => ajv(doc)],
    ["schemasafe", () => safe(doc)],
    ["cfworker", () => cfworker.validate(doc).valid],
  ] as const) {
    if (!check()) {
      throw new Error(`${name} rejects the benchmark document`);
    }
  }
  const rows: BenchRow[] = [];
  for (const [name, check] of [
    ["in-memory Ajv (same options)", () => ajv(doc)],
    ["@exodus/schemasafe", () => safe(doc)],
    ["@cfworker/json-schema", () => cfworker.validate(doc)],
  ] as const) {
    const [peer, ours] = measurePair(check, () => standalone(doc), name.startsWith("@cfworker") ? 30 : 1000);
    rows.push({
      figure: "model 0.5 shape validation (valid document, all errors mode)",
      baseline: name,
      ratio: ours / peer,
      target: "fastest of them (<= 1.0x)",
      detail: `${micros(ours)} vs ${micros(peer)}`,
    });
  }
  return rows;
}
