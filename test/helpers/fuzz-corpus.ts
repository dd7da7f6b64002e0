// The fuzz corpus (test/fuzz/corpus/<property>/): inputs kept in the repository because each reached an outcome no
// other kept input reaches (an error worded differently, a validation error type, ...), plus inputs added by hand
// when a finding was fixed. `make test` replays every one through its property; `make fuzz` mutates them along with
// the seeds and adds the inputs that reach a new outcome. One file per outcome (named by its hash) holding the
// smallest input found so far that reaches it: the corpus grows in kinds of behaviour, not in bulk.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { FUZZING } from "./fuzz-settings.js";
import { REPO } from "./fixture-codegen.js";

export const CORPUS_DIR = join(REPO, "test/fuzz/corpus");
/** Inputs larger than this are not kept (the corpus is committed). */
const MAX_INPUT_BYTES = 16 << 10;
/** At most this many files per property: then an outcome already kept may only get a smaller input. */
const MAX_FILES = 150;

export interface CorpusInput {
  readonly name: string;
  /** The extension, without the dot (the file name the property gives the input: `a.yaml`, `a.zip`, ...). */
  readonly ext: string;
  readonly bytes: Uint8Array;
  text(): string;
}

/** The kept inputs of `property`, in name order. */
export function corpusInputs(property: string): CorpusInput[] {
  const dir = join(CORPUS_DIR, property);
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir)
    .filter((name) => !name.startsWith("."))
    .sort()
    .map((name) => {
      const bytes = Uint8Array.from(readFileSync(join(dir, name)));
      return { name, ext: extname(name).slice(1), bytes, text: () => new TextDecoder().decode(bytes) };
    });
}

/**
 * An outcome in a form that groups inputs by behaviour: numbers, quoted fragments and file names are blanked, so
 * that "line 3" and "line 7" of the same error are one outcome.
 */
export function outcomeKey(outcome: string): string {
  return outcome
    .replace(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g, "Q")
    .replace(/[\w./-]*\.(yaml|json|ndjson|csv|zip|bin)\b/g, "F")
    .replace(/\d+(\.\d+)?/g, "N")
    .slice(0, 500);
}

/** Under `make fuzz`: keeps `bytes` for each of its outcomes that is new, or whose kept input is larger. */
export function remember(property: string, outcomes: readonly string[], bytes: Uint8Array | string, ext: string): void {
  if (!FUZZING) {
    return;
  }
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  if (data.length > MAX_INPUT_BYTES) {
    return;
  }
  const dir = join(CORPUS_DIR, property);
  mkdirSync(dir, { recursive: true });
  for (const key of new Set(outcomes.map(outcomeKey))) {
    const path = join(dir, `${createHash("sha256").update(key).digest("hex").slice(0, 16)}.${ext}`);
    if (existsSync(path) ? statSync(path).size > data.length : readdirSync(dir).length < MAX_FILES) {
      writeFileSync(path, data);
    }
  }
}
