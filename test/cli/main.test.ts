// What main.ts reads before commander: the source of a zip packaging, whose threads then start at once.
import { describe, expect, test } from "vitest";
import { zipPackageSource } from "../../src/cli/main.js";

describe("zipPackageSource", () => {
  test.each([
    [["package", "rdf.yaml", "model.zip"], "rdf.yaml"],
    [["package", "--force", "models/a/rdf.yaml", "out/A.ZIP", "--json"], "models/a/rdf.yaml"],
    [["package", "--weights-priority-order", "onnx,torchscript", "rdf.yaml", "model.zip"], "rdf.yaml"],
    [["package", "--weights-priority-order=onnx", "rdf.yaml", "model.zip"], "rdf.yaml"],
    [["package", "--", "-odd.yaml", "model.zip"], "-odd.yaml"],
  ])("%j: %s", (argv, source) => {
    expect(zipPackageSource(argv)).toBe(source);
  });

  test.each([
    [["package", "rdf.yaml", "folder"]], // a folder package deflates nothing
    [["package", "rdf.yaml"]], // commander says what is missing
    [["package", "a.yaml", "b.yaml", "c.zip"]],
    [["validate", "rdf.yaml", "model.zip"]],
    [[]],
  ])("%j: none", (argv) => {
    expect(zipPackageSource(argv)).toBeUndefined();
  });
});
