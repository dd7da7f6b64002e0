// The harness's regression corpus without the reference: documents on which `make diff-reference` found a class of
// disagreement (test/fixtures/diff-reference/bioimageio), and real documents collected from public repositories
// (test/fixtures/corpus/bioimageio-collected), each with the reference's recorded answer (REFERENCE.json, made by
// scripts/diff-reference/bioimageio/record.ts). Ours must agree on status, error and warning locations and
// messages, in discover and latest mode, or differ only as a deviation the README lists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { listedDeviation } from "../../scripts/diff-reference/bioimageio/deviations.js";
import { ourAnswer } from "../../scripts/diff-reference/bioimageio/ours.js";
import { type Answer, compareAnswers, MODES } from "../../scripts/diff-reference/bioimageio/verdict.js";
import { preloadValidators } from "../../src/engine/validation/validators.js";
import { REPO } from "../helpers/fixture-codegen.js";

interface Recorded extends Answer {
  readonly path: string;
  readonly name: string;
}

/**
 * Documents that still differ (an open class, by `folder/path`, with the reason). A listed document that agrees
 * fails the test, so the list only shrinks.
 */
const KNOWN: Readonly<Record<string, string>> = {};

// every validator compiled once, before the first document (whichever sorts first would otherwise pay for it)
beforeAll(() => preloadValidators(), 120_000);

const SETS = [
  { folder: "test/fixtures/diff-reference/bioimageio", minimum: 10 },
  { folder: "test/fixtures/corpus/bioimageio-collected", minimum: 200 },
];

for (const { folder, minimum } of SETS) {
  const recorded = JSON.parse(readFileSync(join(REPO, folder, "REFERENCE.json"), "utf8")) as Recorded[];
  describe(`${folder}: the reference's recorded answers`, () => {
    test(`there are at least ${minimum} documents, and every known difference is among them`, () => {
      expect(recorded.length).toBeGreaterThanOrEqual(minimum);
      for (const known of Object.keys(KNOWN).filter((k) => k.startsWith(`${folder}/`))) {
        expect(recorded.map((e) => `${folder}/${e.path}`)).toContain(known);
      }
    });
    for (const entry of recorded) {
      test(entry.path, async () => {
        const text = readFileSync(join(REPO, folder, entry.path), "utf8");
        const ours = await ourAnswer(text, entry.name, MODES);
        const unlisted = compareAnswers(ours, entry).filter((d) => listedDeviation(d) === undefined);
        if (KNOWN[`${folder}/${entry.path}`] !== undefined) {
          expect(unlisted.length, `${entry.path} now agrees with the reference: remove it from KNOWN`).toBeGreaterThan(0);
          return;
        }
        expect(unlisted.map((d) => `${d.mode} ${d.measure}: ${d.detail}`)).toEqual([]);
      });
    }
  });
}
