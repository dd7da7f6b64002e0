import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "forks",
    // the built CLI's code cache (tests that run it) in a folder of the tests', not the user's cache
    env: { BIOIMAGE_SPECS_CODE_CACHE: join(tmpdir(), "bioimage-specs-tests-code-cache") },
  },
});
