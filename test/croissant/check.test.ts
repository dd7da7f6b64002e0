import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCroissant, mlcroissantReport } from "../../src/croissant/check.js";
import { nodeHashFile } from "../../src/copick/node/files.js";
import { corpus } from "../helpers/corpus.js";

const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const valid = readdirSync(corpus("croissant", "valid")).filter((f) => f.endsWith(".json"));
const invalid = readdirSync(corpus("croissant", "invalid")).filter((f) => f.endsWith(".metadata.json"));

describe("mlcroissant's verdicts", () => {
  it.each(valid)("valid/%s has no error", async (file) => {
    const result = await checkCroissant(json(corpus("croissant", "valid", file)));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it.each(invalid)("invalid/%s fails with mlcroissant's exact report", async (file) => {
    const result = await checkCroissant(json(corpus("croissant", "invalid", file)));
    const expected = readFileSync(corpus("croissant", "invalid", file.replace(".metadata.json", ".expected_output.txt")), "utf8").trim();
    expect(mlcroissantReport(result.findings)).toBe(expected);
  });

  it("reads the conformsTo version, 0.8 when absent", async () => {
    const doc = json(corpus("croissant", "valid", "v1.1_image_test_metadata.json")) as Record<string, unknown>;
    expect((await checkCroissant(doc)).version).toBe("1.1");
    const { conformsTo: _dropped, ...without } = doc;
    expect((await checkCroissant(without)).version).toBe("0.8");
  });

  it("reports an unknown conformsTo", async () => {
    const doc = {
      ...(json(corpus("croissant", "valid", "v1.0_recipes_enum.json")) as object),
      conformsTo: "http://mlcommons.org/croissant/9.9",
    };
    const report = mlcroissantReport((await checkCroissant(doc)).findings);
    expect(report).toContain(
      "At least one of the provided conformsTo should be a valid CroissantVersion. Got: http://mlcommons.org/croissant/9.9",
    );
  });

  it("refuses a document that is not a Dataset", async () => {
    const doc = { ...(json(corpus("croissant", "valid", "v1.0_recipes_enum.json")) as object), "@type": "sc:Thing" };
    expect(mlcroissantReport((await checkCroissant(doc)).findings)).toContain(
      "The current JSON-LD doesn't extend https://schema.org/Dataset.",
    );
  });

  it("expands CURIEs through @context: a renamed prefix still names Croissant types", async () => {
    const doc = json(corpus("croissant", "valid", "v1.1_image_test_metadata.json")) as Record<string, unknown>;
    const text = JSON.stringify(doc).replaceAll('"cr:', '"mlc:').replace('"cr":', '"mlc":');
    expect((await checkCroissant(JSON.parse(text))).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("profile spec-1.1 also requires url and creator", async () => {
    const doc = json(corpus("copick", "reconstructed_exports", "tiny", "Croissant", "metadata.json"));
    expect((await checkCroissant(doc)).findings.filter((f) => f.severity === "error")).toEqual([]);
    const strict = (await checkCroissant(doc, { profile: "spec-1.1" })).findings.map((f) => f.msg);
    expect(strict).toEqual([
      '[Metadata(tiny)] Property "https://schema.org/url" is mandatory, but does not exist.',
      '[Metadata(tiny)] Property "https://schema.org/creator" is mandatory, but does not exist.',
    ]);
  });

  it("verifies the checksum of a CSV at hand", async () => {
    const doc = json(corpus("croissant", "valid", "v1.1_recipes_minimal_multilingual.json"));
    // The corpus keeps data/minimal.csv under another name: map it.
    const files = nodeHashFile(corpus("croissant", "valid"));
    const atHand = (name: string) => (url: string, algorithm: "md5" | "sha256") =>
      files(url === "data/minimal.csv" ? name : url, algorithm);
    const good = await checkCroissant(doc, { hashFile: atHand("v1.1_recipes_data_minimal.csv") });
    expect(good.findings.filter((f) => f.severity === "error")).toEqual([]);
    const bad = await checkCroissant(doc, { hashFile: atHand("v1.0_simple-join_data_publications.csv") });
    expect(mlcroissantReport(bad.findings)).toMatch(
      /\[Metadata\(\{'en': .*\) > FileObject\(minimal.csv\)\] Hash of downloaded file .*v1.0_simple-join_data_publications.csv is not identical with the reference in the Croissant JSON-LD. Expected: 48a7c257/,
    );
  });
});
