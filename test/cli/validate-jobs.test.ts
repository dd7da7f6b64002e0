import { describe, expect, test } from "vitest";
import { FILES_PER_AUTO_THREAD, workerCount } from "../../src/cli/validate-jobs.js";

describe("workerCount (--jobs)", () => {
  test("a number of threads is taken as given, never more than there are files", () => {
    expect(workerCount(3, 100, 2, 9)).toBe(3);
    expect(workerCount(8, 5, 16, 0)).toBe(5);
    expect(workerCount(1, 10_000, 16, 0)).toBe(1);
  });

  test("auto: one thread per idle core, and each with enough files to pay for its start-up", () => {
    expect(workerCount(0, 100_000, 8, 0.2)).toBe(8);
    expect(workerCount(0, 100_000, 8, 5.6)).toBe(2); // the other cores are busy
    expect(workerCount(0, 100_000, 2, 2.5)).toBe(1);
    expect(workerCount(0, 3 * FILES_PER_AUTO_THREAD, 8, 0)).toBe(3);
    expect(workerCount(0, FILES_PER_AUTO_THREAD - 1, 8, 0)).toBe(1);
    expect(workerCount(0, 0, 8, 0)).toBe(1);
  });
});
