// Where the shared corpus is (next to the repository, or at CORPUS_DIR).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const CORPUS =
  process.env.CORPUS_DIR ??
  [resolve("../shared/corpus"), "/work/shared/corpus"].find((dir) => existsSync(dir)) ??
  resolve("../shared/corpus");

export const corpus = (...parts: string[]): string => join(CORPUS, ...parts);
