import { describe, expect, test } from "vitest";
import { fileSuffix, reservedNameFinding } from "../../../src/bioimageio/common/files.js";
import { validGeneric } from "../../helpers/model.js";
import { validGenericV0_2, validV0_2, validV0_3 } from "../../helpers/generic.js";
import { byRule, validateDoc } from "../../helpers/validate.js";

describe("common.file.suffix", () => {
  const rule = "common.file.suffix";

  test("reads suffixes as the reference does", () => {
    expect(fileSuffix("covers/cover.PNG")).toBe(".PNG");
    expect(fileSuffix("README")).toBe("no suffix");
    expect(fileSuffix(".hidden")).toBe("no suffix");
    expect(fileSuffix("https://example.com/a/cover.png?x=1")).toBe(".png");
    expect(fileSuffix("https://zenodo.org/api/records/1/files/cover.png/content")).toBe(".png");
    expect(fileSuffix("..a.b")).toBe(".b");
    expect(fileSuffix("a..b")).toBe(".b");
    expect(fileSuffix("dir.d/..")).toBe("no suffix");
    expect(fileSuffix("./dir//x.tar.gz")).toBe(".gz");
  });

  test("a name is reserved however the source spells it (URL parsing drops tabs and line breaks)", () => {
    expect(reservedNameFinding("sub/rdf.yaml", ["covers", 0])).toBeDefined();
    expect(reservedNameFinding("https://example.com/x/my.bioimageio.yaml?download=1", ["covers", 0])).toBeDefined();
    expect(reservedNameFinding("https://example.com/x/model.ya\tml", ["covers", 0])).toBeDefined();
    expect(reservedNameFinding("sub/rdf.yml", ["covers", 0])).toBeUndefined();
  });

  test("covers with an image suffix (any case) and a markdown documentation pass", async () => {
    const doc = { ...validGeneric(), covers: ["cover.PNG", "https://example.com/c.svg"], documentation: "docs/README.md" };
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([]);
    expect(byRule((await validateDoc({ ...validGenericV0_2(), covers: ["cover.tif"] })).errors, rule)).toEqual([]);
    // the reference's cover suffixes are the same in every format version
    expect(byRule((await validateDoc({ ...validGeneric(), covers: ["cover.TIFF"] })).errors, rule)).toEqual([]);
  });

  test("other suffixes fail at the source (0.2 documentation is not checked)", async () => {
    const doc = { ...validGeneric(), covers: ["cover.png", "cover.bmp"], documentation: "README.MD" };
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      {
        loc: ["covers", 1],
        msg: "Value error, Expected a suffix from ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif', '.tiff'), but got .bmp",
      },
      { loc: ["documentation"], msg: "Value error, Expected suffix .md, but got .MD" },
    ]);
    const doc02 = { ...validGenericV0_2(), covers: ["cover.bmp"], documentation: "README.txt" };
    expect(byRule((await validateDoc(doc02)).errors, rule)).toEqual([
      {
        loc: ["covers", 0],
        msg: "Value error, Expected a suffix from ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif', '.tiff'), but got .bmp",
      },
    ]);
  });
});

describe("common.file.reserved-name", () => {
  const rule = "common.file.reserved-name";
  const msg = (src: string) =>
    `Value error, '${src}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.`;

  test("ordinary file names pass", async () => {
    const doc = { ...validGeneric(), attachments: [{ source: "data/rdf.yaml.txt" }], covers: ["cover.png"] };
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([]);
  });

  test("bioimage.io YAML names fail in covers, attachments, documentation and an application's source", async () => {
    const doc = {
      ...validV0_3("application"),
      covers: ["./x/model.yaml"],
      attachments: [{ source: "https://example.com/my.bioimageio.yaml" }],
      documentation: "rdf.yaml",
      source: "other.rdf.yaml",
    };
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      { loc: ["covers", 0], msg: msg("x/model.yaml") },
      // a format 0.3 attachment is a file description, checked itself and shown as its str()
      { loc: ["attachments", 0], msg: msg("source='https://example.com/my.bioimageio.yaml' sha256=None") },
      { loc: ["documentation"], msg: msg("rdf.yaml") },
      { loc: ["source"], msg: msg("other.rdf.yaml") },
    ]);
    const doc02 = { ...validV0_2("application"), attachments: { files: ["rdf.yaml"] }, source: "rdf.yaml" };
    expect(byRule((await validateDoc(doc02)).errors, rule)).toEqual([
      { loc: ["attachments", "files", 0], msg: msg("rdf.yaml") },
      { loc: ["source"], msg: msg("rdf.yaml") },
    ]);
  });
});
