// Types in other languages from the canonical specs: each language for model 0.5 (the CLI's code is the one
// `make generate` commits in generated/langs), and the Python modules imported by Python itself.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { generateLanguage, type Language, outputFileName } from "../../src/langs/quicktype.js";
import { REPO } from "../helpers/fixture-codegen.js";
import { loadCorpusDocument } from "../helpers/model.js";

const MARKERS: Record<Language, RegExp> = {
  python: /^class ModelDescr:/m,
  go: /^type ModelDescr struct \{/m,
  rust: /^pub struct ModelDescr \{/m,
  csharp: /public partial class ModelDescr\b/,
  kotlin: /^data class ModelDescr \(/m,
};

describe("codegen --lang", () => {
  for (const language of Object.keys(MARKERS) as Language[]) {
    test(`${language}: model 0.5`, async () => {
      const code = await generateLanguage("bioimageio/model/0.5", language);
      expect(code).toMatch(MARKERS[language]);
      expect(code).toMatch(/InputTensorDescr/);
    });
  }

  test("generated/langs holds what the CLI writes, for the latest version of each kind", async () => {
    const LANGS = join(REPO, "generated", "langs");
    for (const language of Object.keys(MARKERS) as Language[]) {
      const committed = readFileSync(join(LANGS, language, outputFileName("bioimageio/model/0.5", language)), "utf8");
      expect(committed.slice(committed.indexOf("\n") + 1), language).toBe(await generateLanguage("bioimageio/model/0.5", language));
    }
    // One module, package or namespace per spec: the specs share type names (Author, ...).
    const model = (language: Language) => readFileSync(join(LANGS, language, outputFileName("bioimageio/model/0.5", language)), "utf8");
    expect(model("go")).toMatch(/^package bioimageio_model_0_5$/m);
    expect(model("csharp")).toMatch(/^namespace BioimageSpecs\.Bioimageio\.Model\.V0_5$/m);
    expect(model("kotlin")).toMatch(/^package bioimagespecs\.bioimageio\.model\.v0_5$/m);
    expect(readdirSync(join(LANGS, "python")).sort()).toContain("fractal_manifest_2.py");
    expect(readdirSync(join(LANGS, "python"))).not.toContain("bioimageio_model_0_4.py");
  });

  test("every generated Python module imports", () => {
    const modules = readdirSync(join(REPO, "generated", "langs", "python")).map((file) => file.replace(/\.py$/, ""));
    const script = `import importlib\nfor name in ${JSON.stringify(modules)}:\n    importlib.import_module(name)\nprint(len(${JSON.stringify(modules)}))`;
    const out = execFileSync("python3", ["-c", script], {
      cwd: join(REPO, "generated", "langs", "python"),
      encoding: "utf8",
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" }, // no __pycache__ inside generated/
    });
    expect(Number(out)).toBe(modules.length);
    expect(modules.length).toBeGreaterThan(10);
  });

  test("the Python module loads a corpus model and dumps it back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-py-"));
    writeFileSync(join(dir, outputFileName("bioimageio/model/0.5", "python")), await generateLanguage("bioimageio/model/0.5", "python"));
    writeFileSync(
      join(dir, "doc.json"),
      JSON.stringify(loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml")),
    );
    const script = [
      "import json, bioimageio_model_0_5 as m",
      "d = m.model_descr_from_dict(json.load(open('doc.json')))",
      "print(json.dumps([d.name, [t.id for t in d.inputs], sorted(m.model_descr_to_dict(d))[:3]]))",
    ].join("\n");
    const out = execFileSync("python3", ["-c", script], { cwd: dir, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(["UNet 2D Nuclei Broad", ["raw"], ["authors", "cite", "covers"]]);
  });
});
