// Timestamps against the reference: dateutil's isoparse and Python's datetime, as recorded from
// bioimageio.spec 0.5.7.2's Python (isoparse.reference.json: text -> its ValueError, null when it is read).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { isoparseProblem } from "../../../src/bioimageio/common/isoparse.js";

const RECORDED = JSON.parse(readFileSync(join(import.meta.dirname, "isoparse.reference.json"), "utf8")) as Record<string, string | null>;

describe("isoparseProblem: the reference's verdict and words on every recorded timestamp", () => {
  test("the recording has accepted and refused timestamps", () => {
    const values = Object.values(RECORDED);
    expect(values.filter((v) => v === null).length).toBeGreaterThan(10);
    expect(values.filter((v) => v !== null).length).toBeGreaterThan(20);
  });
  for (const [text, problem] of Object.entries(RECORDED)) {
    test(JSON.stringify(text), () => {
      expect(isoparseProblem(text) ?? null).toBe(problem);
    });
  }
});
