// The shared corpus of real documents with the references' verdicts, copied into the repository so that a
// clean checkout tests against it (source: ../shared/corpus).
import { join } from "node:path";

export const CORPUS = join(import.meta.dirname, "..", "fixtures", "corpus");
export const BIOIMAGEIO_CORPUS = join(CORPUS, "bioimageio");

/** A path in the corpus, e.g. `corpus("copick", "configs")`. */
export const corpus = (...parts: string[]): string => join(CORPUS, ...parts);
