// Types in other languages from the canonical specs: each language for model 0.5, and the Python module
// imported by Python itself to load a corpus document.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { generateLanguage, type Language, outputFileName } from "../../src/langs/quicktype.js";
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
