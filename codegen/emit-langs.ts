// Phase 4h: types in other languages (src/langs/languages.ts, quicktype) for the latest version of each
// family/type only: every version in five languages would triple what `make check-generated` regenerates,
// and older versions are one `bioimage-specs codegen --lang <language> --spec <key>` away.
import { type Language, LANGUAGES, outputFileName, quicktypeSource } from "../src/langs/languages.js";
import { latestByType } from "./emit-index.js";
import { specKey } from "./naming.js";
import type { NormalizedSpec } from "./normalize.js";

export interface LangFile {
  /** `langs/<language>/<file>`, below the generated directory. */
  readonly path: string;
  readonly text: string;
  readonly spec: NormalizedSpec;
}

/** Each latest spec's code in every language, from its editor schema text (the file the CLI reads). */
export async function emitLangs(specs: readonly NormalizedSpec[], editorSchema: (spec: NormalizedSpec) => string): Promise<LangFile[]> {
  const files: LangFile[] = [];
  for (const spec of latestByType(specs).values()) {
    const key = specKey(spec.resolved.spec);
    for (const language of Object.keys(LANGUAGES) as Language[]) {
      const text = await quicktypeSource(editorSchema(spec), spec.typeName, key, language);
      files.push({ path: `langs/${language}/${outputFileName(key, language)}`, text, spec });
    }
  }
  return files;
}
