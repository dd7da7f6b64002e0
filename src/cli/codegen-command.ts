// `bioimage-specs codegen --lang <language> --out <dir> [--spec <family/type/version>...]`. quicktype-core is an
// optional peer dependency (17 MB and 28 packages that only this command uses): without it, a message says how
// to add it.
import { dirname, join } from "node:path";
import { type SpecKey, specs } from "../../generated/index.js";
import { makeDirectory, writeFileAtomic } from "../engine/node/atomic-write.js";
import type { Language } from "../langs/languages.js";
import type * as Langs from "../langs/quicktype.js";
import { isRecord } from "../engine/records.js";
import { EXIT_USAGE } from "./exit-codes.js";

export const QUICKTYPE_MISSING =
  "codegen --lang needs quicktype-core, an optional peer dependency of bioimage-specs: install it next to bioimage-specs " +
  "(npm install quicktype-core@^26; with npx: npx -p bioimage-specs -p quicktype-core@^26 bioimage-specs codegen ...)";

function quicktypeMissing(error: unknown): boolean {
  return (
    isRecord(error) &&
    // an import's code, or require()'s (the built CLI's chunks are CommonJS: cli/bundle-loader.ts)
    (error.code === "ERR_MODULE_NOT_FOUND" || error.code === "MODULE_NOT_FOUND") &&
    typeof error.message === "string" &&
    error.message.includes("quicktype-core")
  );
}

export async function runCodegen(language: Language, out: string, keys: readonly string[]): Promise<number> {
  const known = Object.keys(specs) as SpecKey[];
  const unknown = keys.filter((key) => !known.includes(key as SpecKey));
  if (unknown.length > 0) {
    process.stderr.write(`unknown spec ${unknown.join(", ")} (known: ${known.join(", ")})\n`);
    return EXIT_USAGE;
  }
  let langs: typeof Langs;
  try {
    langs = await import("../langs/quicktype.js");
  } catch (error) {
    if (quicktypeMissing(error)) {
      process.stderr.write(`bioimage-specs: ${QUICKTYPE_MISSING}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  for (const key of (keys.length > 0 ? keys : known) as SpecKey[]) {
    const file = join(out, langs.outputFileName(key, language));
    await makeDirectory(dirname(file));
    await writeFileAtomic(file, await langs.generateLanguage(key, language));
    process.stderr.write(`wrote ${file}\n`);
  }
  return 0;
}
