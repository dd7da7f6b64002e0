// Type-checks files in one TypeScript program with the project's strict options.
import ts from "typescript";
import { join } from "node:path";
import { REPO } from "./fixture-codegen.js";

export function typecheck(files: readonly string[]): string[] {
  const config = ts.readConfigFile(join(REPO, "tsconfig.json"), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO);
  const program = ts.createProgram([...files], { ...parsed.options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : "";
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}
