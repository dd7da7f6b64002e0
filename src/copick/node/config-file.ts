// copick config files (copick.from_file): read keeping Python's view of the numbers (1.0 stays a float, so
// `copick:config` is written back as copick writes it), validated, and dispatched on `config_type`.
import { readFile } from "node:fs/promises";
import { ReadError } from "../../engine/node/read-source.js";
import type { PyDict } from "../croissant-doc.js";
import { CopickError } from "../errors.js";
import { isPyDict, pyJsonLoads, pyJsonToPlain } from "../pyjson.js";
import { validateCopickConfig } from "../validate.js";
import { settings } from "../../engine/node/settings.js";

/** A config file's JSON, validated like copick validates it; errors name the file and the field. */
export async function readCopickConfig(path: string): Promise<PyDict> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ReadError(path, (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message);
  }
  const raw = pyJsonLoads(text, path, settings().documentLimits.maxDepth);
  if (!isPyDict(raw)) {
    throw new CopickError(`${path}: a copick config is a JSON object`);
  }
  const summary = await validateCopickConfig(pyJsonToPlain(raw));
  const errors = summary.details.flatMap((d) => d.errors.map((e) => `${path}: ${e.loc.join(".") || "(config)"}: ${e.msg}`));
  if (errors.length > 0) {
    throw new CopickError(`invalid copick config:\n  ${errors.join("\n  ")}`);
  }
  return { ...(raw as PyDict), config_type: raw.config_type ?? "filesystem" };
}
