import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildDescription, type ResourceDescr } from "../../../src/bioimageio/build.js";
import { dumpDescription, toYamlText } from "../../../src/bioimageio/dump.js";
import { InvalidDescriptionError, updateFormat } from "../../../src/bioimageio/node/update.js";
import { parseSource } from "../../../src/engine/load/parse.js";
import { validModel } from "../../helpers/model.js";

async function valid(doc: unknown): Promise<ResourceDescr> {
  const description = await buildDescription(doc);
  if (!description.valid) {
    throw new Error(description.validationSummary.format("text"));
  }
  return description;
}

describe("dumpDescription", () => {
  test("keys follow the spec's field order; unknown allowed keys stay, after the declared ones", async () => {
    const doc = validModel();
    doc.config = { zzz: 1, bioimageio: {} };
    const shuffled = Object.fromEntries(Object.entries(doc).reverse());
    const dumped = dumpDescription(await valid(shuffled));
    expect(Object.keys(dumped)).toEqual(Object.keys(dumpDescription(await valid(doc))));
    expect(Object.keys(dumped).slice(0, 3)).toEqual(["name", "description", "covers"]);
    expect(Object.keys(dumped.config as object)).toEqual(["bioimageio", "zzz"]);
  });

  test("excludeUnset=false fills defaults; excludeDefaults drops set defaults", async () => {
    const doc = validModel();
    doc.inputs[0].axes[2].scale = 1.0;
    const rd = await valid(doc);
    const full = dumpDescription(rd, { excludeUnset: false }) as any;
    expect(full.inputs[0].axes[2].scale).toBe(1);
    expect(full.inputs[0].axes[3].scale).toBe(1);
    expect(full.inputs[0].optional).toBe(false);
    const lean = dumpDescription(rd, { excludeDefaults: true }) as any;
    expect("scale" in lean.inputs[0].axes[2]).toBe(false);
  });

  test("the YAML round-trips to an equal, valid description", async () => {
    const rd = await valid(validModel());
    const text = toYamlText(dumpDescription(rd));
    const again = await valid(parseSource(text, "again.yaml").value);
    expect(dumpDescription(again)).toEqual(dumpDescription(rd));
  });
});

describe("updateFormat", () => {
  test("writes the latest format atomically; converting a latest document is the identity", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-update-"));
    const source = join(dir, "rdf.yaml");
    writeFileSync(source, toYamlText(validModel()));
    const output = join(dir, "out.yaml");
    const rd = await updateFormat(source, { output });
    expect(rd.valid).toBe(true);
    const written = parseSource(readFileSync(output, "utf8"), output).value as Record<string, unknown>;
    expect(written.format_version).toBe("0.5.7");
    const twice = join(dir, "twice.yaml");
    await updateFormat(output, { output: twice });
    expect(readFileSync(twice, "utf8")).toBe(readFileSync(output, "utf8"));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("an invalid description is not written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-update-"));
    const doc = validModel();
    doc.inputs = [];
    const output = join(dir, "out.yaml");
    await expect(updateFormat(doc, { output })).rejects.toBeInstanceOf(InvalidDescriptionError);
    expect(existsSync(output)).toBe(false);
  });
});
