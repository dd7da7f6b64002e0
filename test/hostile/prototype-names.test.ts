// Names that JavaScript objects already have (`__proto__`, `constructor`, `toString`, ...) as a stranger's keys,
// file names and run names: they are data like any other name. An assignment `record[key] = value` makes
// `__proto__` the record's prototype (the entry is lost), and a lookup `key in record` finds Object.prototype's
// `constructor`: both happened (update-format dropped a `__proto__` key; a file named `constructor` made the IO
// checks hash Object.prototype's function and crash with a TypeError).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { saveBioimageioPackage, saveBioimageioPackageAsFolder } from "../../src/bioimageio/node/package.js";
import { updateFormat } from "../../src/bioimageio/node/update.js";
import { CopickRootMLC } from "../../src/copick/node/mlc-root.js";
import { exportCroissant } from "../../src/copick/node/export.js";
import { openCopickProject } from "../../src/copick/node/open.js";
import { parseSource } from "../../src/engine/load/parse.js";
import { DOCUMENT_KINDS } from "../../src/kinds/registry.js";
import { ValidationSummary } from "../../src/engine/summary/summary.js";
import { runCli } from "../helpers/cli-process.js";
import { generateProject } from "../helpers/copick-project.js";
import { pathsOf } from "../helpers/doc-paths.js";
import { REPO } from "../helpers/fixture-codegen.js";
import { validGeneric } from "../helpers/model.js";

const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];
const tmp = mkdtempSync(join(tmpdir(), "hostile-names-"));
let counter = 0;

function folderWith(files: Record<string, string>, description: Record<string, unknown>): string {
  const dir = join(tmp, `d${counter++}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content);
  }
  writeFileSync(join(dir, "rdf.yaml"), stringify(description));
  return dir;
}

describe("keys", () => {
  test("update-format keeps keys named __proto__ and constructor (it dropped __proto__)", async () => {
    const old = { ...validGeneric(), format_version: "0.2.4", type: "generic" };
    const dir = folderWith({ "README.md": "# hi" }, { ...old, config: { normal: 1, constructor: { prototype: 1 } } });
    // yaml.stringify cannot write a __proto__ key from a plain object: written by hand
    const source = join(dir, "rdf.yaml");
    writeFileSync(source, `${readFileSync(source, "utf8")}  __proto__:\n    polluted: yes\n`);
    expect(Object.keys((parseSource(readFileSync(source, "utf8"), "rdf.yaml").value as { config: object }).config)).toEqual([
      "normal",
      "constructor",
      "__proto__",
    ]);
    const output = join(dir, "converted.yaml");
    const run = await runCli(["update-format", source, "-o", output]);
    expect(run.code, run.stderr).toBe(0);
    const config = (parse(readFileSync(output, "utf8")) as { config: Record<string, unknown> }).config;
    expect(Object.entries(config)).toEqual([
      ["normal", 1],
      ["constructor", { prototype: 1 }],
      ["__proto__", { polluted: "yes" }], // YAML 1.2: yes is a string
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const converted = await updateFormat(source);
    expect(Object.hasOwn((converted.content as { config: object }).config, "__proto__")).toBe(true);
  });

  const corpus = (path: string): string => readFileSync(join(REPO, "test/fixtures/corpus", path), "utf8");
  const seeds: [string, string][] = [
    ["rdf.yaml", corpus("bioimageio/example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml")],
    ["rdf.yaml", corpus("bioimageio/example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml")],
    ["__FRACTAL_MANIFEST__.json", corpus("fractal/valid/fractal-helper-tasks__FRACTAL_MANIFEST__.json")],
    ["copick_config.json", corpus("copick/configs/overlay_local.json")],
    ["metadata.json", corpus("copick/reconstructed_exports/tiny/Croissant/metadata.json")],
    ["metadata.json", corpus("croissant/valid/v1.0_recipes_enum.json")],
  ];

  test(`every key and every string value of ${seeds.length} documents replaced by each name: every kind gives a summary`, async () => {
    let cases = 0;
    for (const [fileName, text] of seeds) {
      const doc = parseSource(text, fileName).value;
      // every 13th path: each kind of place (keys of every level, list items, values) without minutes of work
      for (const path of pathsOf(doc).filter((_, i) => i % 13 === 0)) {
        for (const name of NAMES) {
          for (const asKey of [false, true]) {
            const copy = structuredClone(doc);
            let parent = copy as Record<string | number, unknown>;
            for (const segment of path.slice(0, -1)) {
              parent = parent[segment] as Record<string | number, unknown>;
            }
            const last = path.at(-1) as string | number;
            if (asKey ? Array.isArray(parent) || typeof last !== "string" : typeof parent[last] !== "string") {
              continue;
            }
            if (asKey) {
              const value = parent[last];
              delete parent[last];
              Object.defineProperty(parent, name, { value, enumerable: true, writable: true, configurable: true });
            } else {
              parent[last] = name;
            }
            for (const kind of DOCUMENT_KINDS) {
              cases++;
              expect(await kind.validate({ value: copy, fileName }, {})).toBeInstanceOf(ValidationSummary);
            }
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(2500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 300_000);
});

describe("file names", () => {
  test.each(NAMES)("a referenced file named %s: checked, packaged as a zip and as a folder, read back", async (name) => {
    const sha256 = "3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7"; // of "data"
    const dir = folderWith({ [name]: "data", "README.md": "# hi" }, { ...validGeneric(), attachments: [{ source: name, sha256 }] });
    const loaded = await loadDescription(dir);
    expect(loaded.validationSummary.errors).toEqual([]);
    const wrong = folderWith({ [name]: "other", "README.md": "# hi" }, { ...validGeneric(), attachments: [{ source: name, sha256 }] });
    expect((await loadDescription(wrong)).validationSummary.errors.map((e) => e.msg)).toEqual([
      expect.stringMatching(new RegExp(`Sha256 mismatch for ${name.replace(/\$/g, "\\$")}\\.`)),
    ]);
    const zip = await saveBioimageioPackage(dir, { outputPath: join(dir, "out.zip") });
    expect((await loadDescription(zip)).validationSummary.errors).toEqual([]);
    const folder = await saveBioimageioPackageAsFolder(dir, { outputPath: join(tmp, `pkg${counter++}`) });
    expect(readdirSync(folder).sort()).toEqual(["README.md", "rdf.yaml", name].sort());
    expect((await loadDescription(folder)).validationSummary.errors).toEqual([]);
    // the caller's knownFiles name them too
    const known = await loadDescription(dir, { knownFiles: { [name]: sha256 } });
    expect(known.validationSummary.errors).toEqual([]);
  });
});

describe("copick run names", () => {
  test("runs named __proto__, constructor and toString: exported, validated and read back", async () => {
    const dir = mkdtempSync(join(tmp, "copick-"));
    const generated = generateProject(dir, 4);
    const runs = join(dir, "ExperimentRuns");
    const names = ["__proto__", "constructor", "toString"];
    readdirSync(runs)
      .sort()
      .slice(0, 3)
      .forEach((run, i) => renameSync(join(runs, run), join(runs, names[i] ?? "")));
    await exportCroissant(await openCopickProject(generated.configPath), dir, {
      baseUrl: "",
      splits: { train: ["__proto__", "constructor"], test: ["toString"] },
    });
    const run = await runCli(["validate", join(dir, "Croissant", "metadata.json")]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const root = await CopickRootMLC.open(join(dir, "Croissant", "metadata.json"));
    expect((await root.runs()).map((r) => r.name).sort()).toEqual([...names, "TS_00004"].sort());
  });
});
