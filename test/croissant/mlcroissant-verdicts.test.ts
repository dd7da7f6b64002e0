// mlcroissant 1.1's own verdicts (test/fixtures/croissant/mlcroissant-verdicts.json, written by running it on each
// document, make-mlcroissant-verdicts.py): its test graphs and one document per class of disagreement the
// differential run found. Same errors and warnings (the texts its report prints, as sets); where mlcroissant
// raised a Python exception instead of reporting, the document fails here with an error that says so. Every
// document is recognised as a Croissant.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkCroissant } from "../../src/croissant/check.js";
import { detectKind } from "../../src/kinds/registry.js";
import { comparableMessages } from "../helpers/mlcroissant-messages.js";

interface Case {
  readonly name: string;
  readonly doc: unknown;
  readonly raised: boolean;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly crash?: string;
}

const VERDICTS = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "fixtures", "croissant", "mlcroissant-verdicts.json"), "utf8"),
) as {
  cases: Case[];
};

describe("mlcroissant-verdicts.json", () => {
  test("covers mlcroissant's test graphs, valid and invalid documents and its failures", () => {
    expect(VERDICTS.cases.filter((c) => c.name.startsWith("mlcroissant test graph")).length).toBe(30);
    expect(VERDICTS.cases.filter((c) => c.raised).length).toBeGreaterThan(30);
    expect(VERDICTS.cases.filter((c) => c.crash).length).toBeGreaterThanOrEqual(5);
    expect(VERDICTS.cases.filter((c) => !c.raised && !c.crash).length).toBeGreaterThanOrEqual(2);
  });

  for (const c of VERDICTS.cases) {
    test(c.name, async () => {
      expect(detectKind(c.doc, "metadata.json").name).toBe("croissant");
      const { findings } = await checkCroissant(c.doc);
      const errors = findings.filter((f) => f.severity === "error");
      if (c.crash) {
        expect(errors.map((f) => f.check)).toContain("croissant.mlcroissant-failure");
        return;
      }
      expect(comparableMessages(errors.map((f) => f.msg))).toEqual(comparableMessages(c.errors));
      expect(comparableMessages(findings.filter((f) => f.severity === "warning").map((f) => f.msg))).toEqual(
        comparableMessages(c.warnings),
      );
    });
  }
});
