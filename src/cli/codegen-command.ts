// `bioimage-specs codegen --lang <language> --out <dir> [--spec <family/type/version>...]`.
import { dirname, join } from "node:path";
import { type SpecKey, specs } from "../../generated/index.js";
import { makeDirectory, writeFileAtomic } from "../engine/node/atomic-write.js";
import { generateLanguage, type Language, outputFileName } from "../langs/quicktype.js";

export async function runCodegen(language: Language, out: string, keys: readonly string[]): Promise<number> {
  const known = Object.keys(specs) as SpecKey[];
  const unknown = keys.filter((key) => !known.includes(key as SpecKey));
  if (unknown.length > 0) {
    process.stderr.write(`unknown spec ${unknown.join(", ")} (known: ${known.join(", ")})\n`);
    return 2;
  }
  for (const key of (keys.length > 0 ? keys : known) as SpecKey[]) {
    const file = join(out, outputFileName(key, language));
    await makeDirectory(dirname(file));
    await writeFileAtomic(file, await generateLanguage(key, language));
    process.stderr.write(`wrote ${file}\n`);
  }
  return 0;
}
