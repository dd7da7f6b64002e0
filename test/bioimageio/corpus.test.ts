// The corpus of real documents against the reference's own verdicts (REFERENCE.json, bioimageio.spec
// 0.5.7.2 with IO checks off). This covers the formats implemented so far: model 0.5, model 0.4 (with 0.3.x and
// 0.4.0-0.4.9 read through the patch chain) and generic 0.3.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BIOIMAGEIO_CORPUS } from "../helpers/corpus.js";
import { loadCorpusDocument } from "../helpers/model.js";
import { validateDoc } from "../helpers/validate.js";

interface ReferenceSummary {
  readonly status: string;
  readonly type: string;
  readonly format_version: string;
  readonly errors: readonly { loc: (string | number)[]; msg: string; type: string }[];
  readonly warnings: readonly { loc: (string | number)[]; msg: string; severity: number }[];
}

const REFERENCE = JSON.parse(readFileSync(join(BIOIMAGEIO_CORPUS, "REFERENCE.json"), "utf8")) as {
  path: string;
  discover: ReferenceSummary;
  latest: ReferenceSummary;
}[];

const EXPECTED = readFileSync(join(BIOIMAGEIO_CORPUS, "EXPECTED.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [path = "", expected = "", formatVersion = "", type = ""] = line.split("\t");
    return { path, expected, formatVersion, type };
  });

describe("EXPECTED.tsv: every example the reference's tests expect to be valid", () => {
  const rows = EXPECTED.filter((row) => row.expected === "valid");
  test("there are some", () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });
  for (const row of rows) {
    test(row.path, async () => {
      const { status, errors } = await validateDoc(loadCorpusDocument(row.path));
      expect(errors).toEqual([]);
      expect(status).toBe("valid-format");
    });
  }
});

/**
 * Documents whose verdict we cannot reproduce, by `mode: path`, with the reason. A listed document that agrees
 * fails the test, so the list only shrinks. Goal and current state: empty.
 */
const SKIPPED: Readonly<Record<string, string>> = {};

describe("REFERENCE.json: every document, discover and latest mode, judged as the reference does", () => {
  const key = (e: { loc: readonly (string | number)[]; severity?: number }) => `${JSON.stringify(e.loc)} ${e.severity ?? ""}`;
  const message = (e: { loc: readonly (string | number)[]; msg: string }) => `${JSON.stringify(e.loc)} ${e.msg}`;
  test("covers the whole corpus, and every skipped case is in it", () => {
    expect(REFERENCE.length).toBe(54);
    const cases = REFERENCE.flatMap((row) => [`discover: ${row.path}`, `latest: ${row.path}`]);
    for (const skipped of Object.keys(SKIPPED)) {
      expect(cases).toContain(skipped);
    }
  });
  for (const row of REFERENCE) {
    for (const mode of ["discover", "latest"] as const) {
      const name = `${mode}: ${row.path}`;
      test(name, async () => {
        const outcome = await validateDoc(loadCorpusDocument(row.path), { formatVersion: mode });
        const reference = row[mode];
        const agrees =
          outcome.status === reference.status &&
          JSON.stringify(outcome.errors.map(key).sort()) === JSON.stringify(reference.errors.map(key).sort()) &&
          JSON.stringify(outcome.warnings.map(key).sort()) === JSON.stringify(reference.warnings.map(key).sort());
        if (SKIPPED[name] !== undefined) {
          expect(agrees, `${name} now agrees with the reference: remove it from SKIPPED`).toBe(false);
          return;
        }
        expect(outcome.status).toBe(reference.status);
        expect(outcome.errors.map(key).sort()).toEqual(reference.errors.map(key).sort());
        expect(outcome.warnings.map(key).sort()).toEqual(reference.warnings.map(key).sort());
        // The messages too, word for word, so that users can search for them.
        expect(outcome.errors.map(message).sort()).toEqual(reference.errors.map(message).sort());
        expect(outcome.warnings.map(message).sort()).toEqual(reference.warnings.map(message).sort());
        if (mode === "discover") {
          expect(outcome.formatVersion).toBe(reference.format_version);
        }
      });
    }
  }
});

describe("validate(document)", () => {
  test("detects a bioimage.io description and validates it", async () => {
    const { validate } = await import("../../src/validate.js");
    const summary = await validate(loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml"));
    expect(summary.status).toBe("valid-format");
    expect(summary.type).toBe("model");
    await expect(validate({}, { kind: "nope" })).rejects.toThrow(/unknown document kind/);
  });
});
