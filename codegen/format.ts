// Phase 5: format and head every generated file. Deterministic: same input, same bytes.
import { format } from "prettier";

export const PRETTIER_OPTIONS = { printWidth: 120, trailingComma: "all", endOfLine: "lf" } as const;

export function header(source: string): string {
  return `// generated from ${source} by codegen - do not edit\n`;
}

/** Prettier for TypeScript; the validators' JavaScript is left as Ajv wrote it (one statement per line). */
export async function formatGenerated(path: string, text: string, source: string): Promise<string> {
  const body = path.endsWith(".ts") ? await format(text, { ...PRETTIER_OPTIONS, parser: "typescript" }) : text;
  return `${header(source)}${body}`;
}
