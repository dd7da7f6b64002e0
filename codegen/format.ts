// Phase 5: format and head every generated file. Deterministic: same input, same bytes.
import { format } from "prettier";

export const PRETTIER_OPTIONS = { printWidth: 120, trailingComma: "all", endOfLine: "lf" } as const;

/** The first line of a generated file, in the comment syntax of its language (Python: `#`). */
export function header(source: string, path: string): string {
  return `${path.endsWith(".py") ? "#" : "//"} generated from ${source} by codegen - do not edit\n`;
}

/** Prettier for TypeScript; the validators' JavaScript and the other languages are left as written. */
export async function formatGenerated(path: string, text: string, source: string): Promise<string> {
  const body = path.endsWith(".ts") ? await format(text, { ...PRETTIER_OPTIONS, parser: "typescript" }) : text;
  return `${header(source, path)}${body}`;
}
