// Cases for the differential harness: real documents (the seeds) and seeded mutations of them. A mutation edits the
// parsed document where the reference's rules live (ids, names, timestamps, versions, licences, weights, axes,
// sizes, processing, files, ...), near the constraints, or edits the YAML text itself (scalar forms, quoting,
// JSON, tags, line ends), so that the parsers are compared too. Deterministic for a seed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { documentSchema, missingProperties, schemasAt, valueFor } from "./from-spec.js";
import type { Case } from "./verdict.js";

export interface Seed {
  readonly path: string;
  readonly name: string;
  readonly text: string;
  /** The parsed document (YAML 1.2 core), or undefined when `yaml` cannot read it. */
  readonly value: unknown;
  readonly weight: number;
}

const DESCRIPTION_FILE = /(^|[/.])(rdf|bioimageio|model|resource)\.(ya?ml|json)$|\.(ya?ml|json)$/i;
const NOT_A_DESCRIPTION =
  /(^|\/)(REFERENCE|EXPECTED|MANIFEST|SOURCE)|environment|conda|upstream-jsonschema|validation-summary|spdx|tag_categories/i;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every description file under the folders: the files the reference reads as descriptions. */
export function loadSeeds(folders: readonly string[], maxBytes = 200_000, { keepUnreadable = false } = {}): Seed[] {
  const seeds: Seed[] = [];
  for (const folder of folders) {
    for (const path of walk(folder).sort()) {
      const rel = relative(folder, path);
      if (!DESCRIPTION_FILE.test(rel) || NOT_A_DESCRIPTION.test(rel) || statSync(path).size > maxBytes) {
        continue;
      }
      const text = readFileSync(path, "utf8");
      let value: unknown;
      try {
        value = parse(text, { version: "1.2", schema: "core", uniqueKeys: false, merge: true });
      } catch {
        value = undefined;
      }
      if ((typeof value !== "object" || value === null || Array.isArray(value)) && !keepUnreadable) {
        continue;
      }
      const record = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
      const type = record.type;
      // the richest documents (models 0.5 and 0.4) are mutated most
      const weight = type === "model" ? (String(record.format_version).startsWith("0.5") ? 8 : 3) : 1;
      seeds.push({ path: rel, name: /\.json$/i.test(path) ? "rdf.json" : "rdf.yaml", text, value, weight });
    }
  }
  return seeds;
}

/** mulberry32: small, fast and enough for picking mutations. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A value of a fast-check arbitrary, drawn from this generator's stream. */
  sample<T>(arbitrary: fc.Arbitrary<T>): T {
    return fc.sample(arbitrary, { seed: this.int(2 ** 31), numRuns: 1 })[0] as T;
  }
}

type Path = (string | number)[];
type Json = unknown;

const RAW = (n: number) => `zzraw${n}zz`;

/** Every path in a document (containers and leaves). */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths(item, [...prefix, i], out));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      paths(child, [...prefix, key], out);
    }
  }
  return out;
}

function getAt(doc: Json, path: Path): Json {
  let node = doc;
  for (const part of path) {
    node = (node as Record<string | number, Json>)?.[part];
  }
  return node;
}

function parentOf(doc: Json, path: Path): { parent: Record<string | number, Json> | Json[]; key: string | number } | undefined {
  if (path.length === 0) {
    return undefined;
  }
  const parent = getAt(doc, path.slice(0, -1));
  const key = path[path.length - 1] as string | number;
  return typeof parent === "object" && parent !== null ? { parent: parent as Record<string | number, Json>, key } : undefined;
}

function setAt(doc: Json, path: Path, value: Json): void {
  const at = parentOf(doc, path);
  if (at) {
    (at.parent as Record<string | number, Json>)[at.key] = value;
  }
}

function deleteAt(doc: Json, path: Path): void {
  const at = parentOf(doc, path);
  if (!at) {
    return;
  }
  if (Array.isArray(at.parent)) {
    at.parent.splice(at.key as number, 1);
  } else {
    delete (at.parent as Record<string, Json>)[at.key as string];
  }
}

const lastKey = (path: Path): string => {
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === "string") {
      return path[i] as string;
    }
  }
  return "";
};

const long = (n: number, c = "a") => c.repeat(n);

/** Values near the reference's constraints, by the name of the field they go into. */
const POOLS: Readonly<Record<string, readonly Json[]>> = {
  id: [
    "raw",
    "Raw",
    "RAW",
    "mNeon",
    "a",
    "x",
    "b",
    "t",
    "i",
    "c",
    "batch",
    "channel",
    "in_put",
    "in-put",
    "1abc",
    "class",
    "",
    "a b",
    long(16),
    long(17),
    long(32),
    long(33),
    "affable-shark",
    "bioimage-io/affable-shark",
    "Deepimagej/SomeModel/latest",
    "/x",
    "x/",
    "ümlaut",
    1,
    null,
  ],
  name: [
    "abc",
    "abcd",
    "abcde",
    "My Model (2D) + v1_0",
    "a/b model",
    "a\\b model",
    "model: x",
    long(64),
    long(65),
    long(128),
    long(129),
    "  padded name  ",
    "ünicode model",
    "",
    5,
  ],
  description: ["", "short", long(511), long(512), long(513), long(1024), long(1025), "line\nbreak", 3],
  timestamp: [
    "2019-12-11T12:22:32+00:00",
    "2019-12-11T12:22:32Z",
    "2019-12-11T12:22:32",
    "2019-12-11",
    "2019-12-11T12:22",
    "2019-12-11T12",
    "2019-12-11 12:22:32",
    "20191211T122232Z",
    "201912-11T12:22:32+00:00",
    "201912",
    "2019-1211",
    "2019-W50-3",
    "2019-345",
    "2019-12-11T12:22:32.123456",
    "2019-12-11T12:22:32.1234567+01:30",
    "2019-12-11T24:00:00",
    "2019-13-01",
    "2019-02-30",
    "2019",
    "2019-12",
    "not a date",
    "2019-12-11T12:22:32+0100",
    "2019-12-11T12:22:32-05",
    0,
    20191211,
  ],
  version: [
    "0.1.0",
    "1",
    1,
    1.5,
    "v1.0",
    "1.0.0-alpha",
    "1.0.0a1",
    "latest",
    "1.0.0.post1",
    "01.02",
    "1.0.0+local",
    " 1.0 ",
    "1.0.0.dev0",
    "",
    "one",
    null,
    "1!2.0",
  ],
  version_number: [1, 2, "3", 1.5],
  format_version: [
    "0.5.7",
    "0.5.8",
    "0.5.10",
    "0.5.0",
    "0.5.3",
    "0.5",
    "0.4.10",
    "0.4.11",
    "0.4.9",
    "0.4.0",
    "0.4",
    "0.6.0",
    "1.0.0",
    "0.3.6",
    "0.3.0",
    "0.2.4",
    "0.2.5",
    "0.2.0",
    "0.3.1",
    "0.1.0",
    "latest",
    "x",
    0.5,
    5,
  ],
  type: ["model", "dataset", "application", "notebook", "generic", "collection", "workflow", "Model", "MODEL", "", 1, null],
  license: [
    "MIT",
    "mit",
    "CC-BY-4.0",
    "BSD-3-Clause",
    "GPL-2.0",
    "GPL-2.0-only",
    "BSD-2-Clause-FreeBSD",
    "AGPL-1.0",
    "unknown",
    "Apache 2.0",
    "",
    null,
  ],
  doi: [
    "10.1234/abc",
    "10.5281/zenodo.5764892",
    "https://doi.org/10.1234/x",
    "http://dx.doi.org/10.1234/x",
    "10.123/x",
    "doi:10.1234/x",
    "",
    "10.12345",
  ],
  url: [
    "https://example.com",
    "http://example.com/x",
    "https://example.com/a b",
    "ftp://example.com",
    "example.com",
    "",
    "https://github.com/user/repo",
    "https://",
    "http://localhost:8080/x",
  ],
  orcid: [
    "0000-0002-1825-0097",
    "0000-0002-1825-0098",
    "0000000218250097",
    "0000-0002-1825-009X",
    "https://orcid.org/0000-0002-1825-0097",
    "",
  ],
  email: ["a@b.com", "a@b", "not an email", "a.b@example.org", "", "A@B.COM"],
  github_user: ["constantinpape", "Constantin Pape", "some-user", "bad user", "", "a".repeat(40)],
  sha256: ["0".repeat(64), "a".repeat(64), "A".repeat(64), "0".repeat(63), "0".repeat(65), " " + "0".repeat(64) + " ", "g".repeat(64), ""],
  source: [
    "weights.pt",
    "weights.onnx",
    "rdf.yaml",
    "x.rdf.yaml",
    "model.yaml",
    "bioimageio.yaml",
    "/abs/path.pt",
    "../up.pt",
    "http:x",
    "https://example.com/w.pt",
    "",
    "dir/",
    "a b.pt",
  ],
  documentation: ["README.md", "readme.MD", "doc.txt", "https://example.com/README.md", "docs/index.md", ""],
  covers: [["cover.png"], ["cover.PNG"], ["cover.tif"], ["cover.jpeg", "cover.gif"], ["cover.svg"], [], ["cover.bmp"], "cover.png"],
  tags: [[], ["segmentation"], ["unet", "2d", "fluorescence", "pytorch", "nuclei", "cells"], ["a", "a"], "unet", [1]],
  dependencies: [
    "conda:environment.yaml",
    "conda:env.yml",
    "environment.yaml",
    "env.txt",
    "pip:requirements.txt",
    "conda:env.txt",
    { source: "environment.yaml" },
    { source: "environment.txt" },
  ],
  parent: ["pytorch_state_dict", "torchscript", "onnx", "keras_hdf5", "tensorflow_saved_model_bundle", "nope", null],
  axes: ["bcyx", "byxc", "bzyxc", "xy", "bcxyz", "bitcz", "", "bbyx"],
  data_range: [[0, 1], [null, null], ["-inf", "inf"], [-Infinity, Infinity], [1, 0], [0], [0, 1, 2]],
  range: [[0, 1], [null, null], ["-inf", "inf"], [-Infinity, Infinity], [1, 0], [0]],
  data_type: ["float32", "uint8", "int64", "bool", "float16", "complex64", ""],
  threshold: [0.5, 0, -1, "0.5", [0.1, 0.2]],
  eps: [1e-6, 0, 0.1, 0.10001, -1e-6, 1e-10],
  min_percentile: [0, 1, 99.9, 100, -1],
  max_percentile: [100, 99.8, 1, 0, 101],
  scale: [1, 0, -1, 0.5, 2, null],
  offset: [0, 1, -1, 0.5, [0, 0]],
  halo: [0, 1, 8, -1, [0, 0, 8, 8]],
  min: [1, 0, -1, 16, 64],
  step: [1, 0, -1, 16],
  size: [
    1,
    0,
    -1,
    64,
    512,
    { min: 64, step: 16 },
    { min: 0, step: 0 },
    { tensor_id: "raw", axis_id: "x" },
    { tensor_id: "nope", axis_id: "x" },
    { tensor_id: "raw", axis_id: "x", offset: 1.5 },
  ],
  channel_names: [["c0"], ["c0", "c1"], [], ["Channel"], ["c0", "c0"], ["1x"]],
  unit: ["micrometer", "nanometer", "second", "millisecond", "meter", "µm", "pixel", ""],
  kwargs: [{}, { axes: ["x", "y"] }, { axes: "xy" }, { mode: "per_sample", axes: "xy" }, { gain: 1, offset: 0 }, { gain: 2 }],
  tensorflow_version: ["1.15", "2.10.0", "1", "x", 2],
  pytorch_version: ["1.10", "2.0.0", "1.13.1", "x"],
  opset_version: [15, 6, 7, 20, 0, "15"],
  id_emoji: ["🦈", "🦈🦈", "🦈🦈🦈", "x", ""],
  git_repo: ["https://github.com/user/repo", "github.com/user/repo", "", "https://gitlab.com/u/r"],
  text: ["A citation", "", long(2000)],
};

/** Type changes: any value becomes one of these. */
const TYPE_CHANGES: readonly Json[] = [null, "", "text", 0, 1, -1, 1.5, true, false, [], {}, ["a"], { a: 1 }];

/** Plain scalars whose YAML reading differs between parsers and schemas (YAML 1.1 and 1.2, ruyaml and yaml). */
const YAML_PLAIN_SCALARS: readonly string[] = [
  "2019-12-11T12:22:32",
  "2019-12-11T12:22:32Z",
  "2019-12-11 12:22:32",
  "2019-12-11",
  "2019-12-11T12:22:32.5+01:00",
  "1_000",
  "0b101",
  "0o17",
  "0x1F",
  "012",
  "+1",
  ".5",
  "1.",
  "1e3",
  "1E3",
  "1.0e+3",
  "-0",
  "1:30",
  "yes",
  "no",
  "on",
  "off",
  "y",
  "True",
  "TRUE",
  "Null",
  "NULL",
  "~",
  ".inf",
  ".Inf",
  "-.INF",
  ".nan",
  ".NaN",
  "0.5.7",
  "1.0",
  "'quoted'",
  '"double"',
  "!!str 1",
  "!!int '1'",
  "!!float 1",
  "!!bool true",
  "!!null ''",
];

interface Mutation {
  readonly name: string;
  /** Edits the document in place; returns raw YAML replacements for `zzraw<n>zz` tokens, or false when it did not apply. */
  apply(doc: Record<string, Json>, rng: Rng, raw: string[]): boolean;
}

function leafPaths(doc: Json): Path[] {
  return paths(doc).filter((p) => p.length > 0);
}

/** A path whose field name has a pool (so that mutations concentrate where rules are). */
function pooledPaths(doc: Json): Path[] {
  return leafPaths(doc).filter((p) => POOLS[lastKey(p)] !== undefined && typeof p[p.length - 1] === "string");
}

const MUTATIONS: readonly Mutation[] = [
  {
    name: "delete",
    apply(doc, rng) {
      const all = leafPaths(doc);
      if (all.length === 0) {
        return false;
      }
      deleteAt(doc, rng.pick(all));
      return true;
    },
  },
  {
    name: "delete-top-level",
    apply(doc, rng) {
      const keys = Object.keys(doc);
      if (keys.length === 0) {
        return false;
      }
      delete doc[rng.pick(keys)];
      return true;
    },
  },
  {
    name: "pool",
    apply(doc, rng) {
      const all = pooledPaths(doc);
      if (all.length === 0) {
        return false;
      }
      const path = rng.pick(all);
      setAt(doc, path, structuredClone(rng.pick(POOLS[lastKey(path)] ?? [null])));
      return true;
    },
  },
  {
    name: "pool",
    apply(doc, rng) {
      // a field the document does not have yet, at the top level or in a nested mapping
      const mappings = paths(doc).filter((p) => {
        const v = getAt(doc, p);
        return typeof v === "object" && v !== null && !Array.isArray(v);
      });
      const path = rng.pick(mappings);
      const key = rng.pick(Object.keys(POOLS));
      const target = getAt(doc, path) as Record<string, Json>;
      target[key] = structuredClone(rng.pick(POOLS[key] ?? [null]));
      return true;
    },
  },
  {
    name: "type-change",
    apply(doc, rng) {
      const all = leafPaths(doc);
      if (all.length === 0) {
        return false;
      }
      setAt(doc, rng.pick(all), structuredClone(rng.pick(TYPE_CHANGES)));
      return true;
    },
  },
  {
    name: "number-near",
    apply(doc, rng) {
      const all = leafPaths(doc).filter((p) => typeof getAt(doc, p) === "number");
      if (all.length === 0) {
        return false;
      }
      const path = rng.pick(all);
      const n = getAt(doc, path) as number;
      setAt(doc, path, rng.pick([n + 1, n - 1, -n, 0, n * 2, n / 2, n + 0.5, Math.round(n) + 1e-9, 2 ** 31, 2 ** 63, -(2 ** 63), 1e-7]));
      return true;
    },
  },
  {
    name: "lax-scalar",
    apply(doc, rng) {
      // what pydantic's lax mode reads as a number or a boolean: numeric strings, booleans for numbers, words and
      // 0/1 for booleans (and what it does not)
      const all = leafPaths(doc).filter((p) => ["number", "boolean"].includes(typeof getAt(doc, p)));
      if (all.length === 0) {
        return false;
      }
      const path = rng.pick(all);
      const v = getAt(doc, path);
      setAt(
        doc,
        path,
        typeof v === "number"
          ? rng.pick([String(v), ` ${v} `, `${v}.0`, `+${v}`, `${v}_0`, true, false, `${v}e0`, String(v / 2), "1.5"])
          : rng.pick([
              v ? "yes" : "no",
              v ? "on" : "off",
              v ? "true" : "false",
              v ? "True" : "FALSE",
              v ? 1 : 0,
              v ? 1.0 : 0.5,
              "y",
              "2",
              2,
            ]),
      );
      return true;
    },
  },
  {
    name: "string-case",
    apply(doc, rng) {
      const all = leafPaths(doc).filter((p) => typeof getAt(doc, p) === "string");
      if (all.length === 0) {
        return false;
      }
      const path = rng.pick(all);
      const s = getAt(doc, path) as string;
      setAt(
        doc,
        path,
        rng.pick([
          s.toUpperCase(),
          s.charAt(0).toUpperCase() + s.slice(1),
          ` ${s}`,
          `${s} `,
          s + s,
          s.slice(0, 1),
          "",
          s.replace(/_/g, "-"),
          `${s}/`,
          s.normalize("NFD"),
        ]),
      );
      return true;
    },
  },
  {
    name: "random-string",
    apply(doc, rng) {
      const all = leafPaths(doc).filter((p) => typeof getAt(doc, p) === "string");
      if (all.length === 0) {
        return false;
      }
      setAt(
        doc,
        rng.pick(all),
        rng.sample(
          fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 6 }), fc.constantFrom("a", "A1", "a.b", "a-b")),
        ),
      );
      return true;
    },
  },
  {
    name: "list-edit",
    apply(doc, rng) {
      const lists = paths(doc).filter((p) => Array.isArray(getAt(doc, p)) && (getAt(doc, p) as Json[]).length > 0);
      if (lists.length === 0) {
        return false;
      }
      const list = getAt(doc, rng.pick(lists)) as Json[];
      const i = rng.int(list.length);
      const op = rng.int(4);
      if (op === 0) {
        list.push(structuredClone(list[i]));
      } else if (op === 1) {
        list.splice(i, 1);
      } else if (op === 2) {
        list.length = 0;
      } else {
        list.reverse();
      }
      return true;
    },
  },
  {
    name: "unknown-field",
    apply(doc, rng) {
      const mappings = paths(doc).filter((p) => {
        const v = getAt(doc, p);
        return typeof v === "object" && v !== null && !Array.isArray(v);
      });
      const target = getAt(doc, rng.pick(mappings)) as Record<string, Json>;
      target[
        rng.pick([
          "unknown_field",
          "version_number",
          "config",
          "rdf_source",
          "download_url",
          "attachments",
          "badges",
          "links",
          "maintainers",
          "training_data",
          "run_mode",
          "packaged_by",
          "sample_inputs",
          "uploader",
          "id_emoji",
          "icon",
        ])
      ] = structuredClone(rng.pick(TYPE_CHANGES));
      return true;
    },
  },
  {
    name: "weights",
    apply(doc, rng) {
      const weights = doc.weights;
      if (typeof weights !== "object" || weights === null || Array.isArray(weights)) {
        return false;
      }
      const w = weights as Record<string, Record<string, Json>>;
      const entry = (f: string): Record<string, Json> | undefined => {
        const e = w[f];
        return typeof e === "object" && e !== null && !Array.isArray(e) ? e : undefined;
      };
      const formats = Object.keys(w);
      const op = rng.int(6);
      if (op === 0 && formats.length > 0) {
        delete w[rng.pick(formats)];
      } else if (op === 1) {
        const format = rng.pick([
          "onnx",
          "torchscript",
          "pytorch_state_dict",
          "keras_hdf5",
          "tensorflow_saved_model_bundle",
          "tensorflow_js",
          "pytorch_script",
          "unknown_format",
        ]);
        w[format] = { source: `weights.${format}`, ...(rng.chance(0.5) && formats[0] ? { parent: formats[0] } : {}) };
      } else if (op === 2 && formats.length > 0) {
        const e = entry(rng.pick(formats));
        if (e) {
          e.parent = rng.pick([...formats, "nope"]);
        }
      } else if (op === 3 && formats.length > 0) {
        for (const f of formats) {
          delete entry(f)?.parent;
        }
      } else if (op === 4 && formats.length > 0) {
        const e = entry(rng.pick(formats));
        if (e) {
          e.dependencies = structuredClone(rng.pick(POOLS.dependencies ?? []));
        }
      } else if (formats.length > 0) {
        const e = entry(rng.pick(formats));
        if (e) {
          e.sha256 = rng.pick(POOLS.sha256 ?? []);
        }
      } else {
        return false;
      }
      return true;
    },
  },
  {
    name: "spec-value",
    apply(doc, rng) {
      // a value drawn from the field's schema in the spec (from-spec.ts), valid or just past a limit
      const root = documentSchema(doc);
      if (!root) {
        return false;
      }
      const all = leafPaths(doc).filter((p) => p[0] !== "type" && p[0] !== "format_version");
      for (let tries = 0; tries < 5 && all.length > 0; tries++) {
        const path = rng.pick(all);
        const schemas = schemasAt(root, doc, path);
        if (schemas.length > 0) {
          setAt(doc, path, valueFor(rng.pick(schemas), rng));
          return true;
        }
      }
      return false;
    },
  },
  {
    name: "spec-add",
    apply(doc, rng) {
      // an optional field the spec declares and the document lacks, drawn from its schema
      const root = documentSchema(doc);
      if (!root) {
        return false;
      }
      const mappings = paths(doc).filter((p) => {
        const v = getAt(doc, p);
        return typeof v === "object" && v !== null && !Array.isArray(v);
      });
      for (let tries = 0; tries < 5; tries++) {
        const path = rng.pick(mappings);
        const target = getAt(doc, path) as Record<string, Json>;
        const missing = missingProperties(schemasAt(root, doc, path), target);
        if (missing.length > 0) {
          const { key, at } = rng.pick(missing);
          target[key] = valueFor(at, rng);
          return true;
        }
      }
      return false;
    },
  },
  {
    name: "yaml-scalar",
    apply(doc, rng, raw) {
      const all = leafPaths(doc).filter((p) => {
        const v = getAt(doc, p);
        return v === null || typeof v !== "object";
      });
      if (all.length === 0) {
        return false;
      }
      raw.push(rng.pick(YAML_PLAIN_SCALARS));
      setAt(doc, rng.pick(all), RAW(raw.length - 1));
      return true;
    },
  },
];

/** Text-level edits: how the same value is written (or miswritten). */
const TEXT_EDITS: readonly { name: string; apply(text: string, doc: Json, rng: Rng): { text: string; name?: string } | undefined }[] = [
  {
    name: "double-quoted-multiline",
    apply(text, doc, rng) {
      // a string value written as a double-quoted scalar broken over lines (folded to spaces when read)
      const all = leafPaths(doc).filter((p) => p.length === 1 && typeof getAt(doc, p) === "string");
      if (all.length === 0) {
        return undefined;
      }
      const key = rng.pick(all)[0] as string;
      const words = (getAt(doc, [key]) as string).split(" ");
      const body = words.length > 1 ? `${words[0]}\n  ${words.slice(1).join(" ")}` : `${words[0]}\n\n  more`;
      const escaped = body.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
      const re = new RegExp(`^${key}:.*(\\n[ ].*)*`, "m");
      return re.test(text) ? { text: text.replace(re, `${key}: "${escaped}"`) } : undefined;
    },
  },
  {
    name: "json",
    apply(_text, doc, rng) {
      // the document as JSON, non-ASCII escaped as Python's json.dumps writes it (surrogate pairs)
      const json = JSON.stringify(doc, null, rng.chance(0.5) ? 2 : undefined).replace(
        /[\u0080-\uffff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
      );
      return { text: json, name: "rdf.json" };
    },
  },
  { name: "crlf", apply: (text) => ({ text: text.replace(/\n/g, "\r\n") }) },
  { name: "bom", apply: (text) => ({ text: `\ufeff${text}` }) },
  { name: "document-markers", apply: (text) => ({ text: `%YAML 1.2\n---\n${text}...\n` }) },
  { name: "yaml-1.1", apply: (text) => ({ text: `%YAML 1.1\n---\n${text}` }) },
  {
    name: "comment",
    apply(text, _doc, rng) {
      const lines = text.split("\n");
      const i = rng.int(lines.length);
      lines.splice(i, 0, `${" ".repeat(rng.int(3))}# a comment: with [brackets] and "quotes"`);
      return { text: lines.join("\n") };
    },
  },
  {
    name: "anchor-alias",
    apply(text) {
      const m = /^(authors|maintainers):\n((?:[ -].*\n)+)/m.exec(text);
      return m ? { text: text.replace(m[0], `${m[1]}: &people\n${m[2]}`) + "maintainers_alias_test: *people\n" } : undefined;
    },
  },
  {
    name: "line-delete",
    apply(text, _doc, rng) {
      const lines = text.split("\n");
      lines.splice(rng.int(lines.length), 1);
      return { text: lines.join("\n") };
    },
  },
  {
    name: "indent",
    apply(text, _doc, rng) {
      const lines = text.split("\n");
      const i = rng.int(lines.length);
      lines[i] = rng.chance(0.5) ? ` ${lines[i] ?? ""}` : (lines[i] ?? "").replace(/^ /, "");
      return { text: lines.join("\n") };
    },
  },
];

function serialize(doc: Json, raw: readonly string[]): string {
  let text = stringify(doc, { version: "1.2", lineWidth: 0, aliasDuplicateObjects: false });
  raw.forEach((value, i) => {
    text = text.replace(RAW(i), value);
  });
  return text;
}

/**
 * `count` cases from `seeds`, deterministic for `seed`: the seeds themselves first (as written), then mutations
 * (1-3 edits of the document, now and then an edit of its text).
 */
export function* generateCases(seeds: readonly Seed[], count: number, seed: number): Generator<Case> {
  let made = 0;
  for (const s of seeds) {
    if (made >= count) {
      return;
    }
    yield { id: `seed:${s.path}`, name: s.name, text: s.text, origin: s.path };
    made++;
  }
  const total = seeds.reduce((sum, s) => sum + s.weight, 0);
  const rng = new Rng(seed);
  for (let i = 0; made < count; i++) {
    let r = rng.next() * total;
    const s = seeds.find((x) => (r -= x.weight) < 0) ?? (seeds[0] as Seed);
    const doc = structuredClone(s.value) as Record<string, Json>;
    const raw: string[] = [];
    const applied: string[] = [];
    const n = 1 + rng.int(3);
    for (let k = 0; k < n; k++) {
      const mutation = rng.pick(MUTATIONS);
      if (mutation.apply(doc, rng, raw)) {
        applied.push(mutation.name);
      }
    }
    let text = serialize(doc, raw);
    let name = s.name === "rdf.json" ? "rdf.yaml" : s.name;
    if (rng.chance(0.12)) {
      const edit = rng.pick(TEXT_EDITS);
      const edited = edit.apply(text, doc, rng);
      if (edited) {
        text = edited.text;
        name = edited.name ?? name;
        applied.push(edit.name);
      }
    }
    yield { id: `m${seed}:${i}`, name, text, origin: `${s.path} ${applied.join(",")}` };
    made++;
  }
}
