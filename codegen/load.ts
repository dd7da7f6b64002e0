// Phase 1: read the spec tree. The only phase that touches the file system.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { JsonObject, JsonValue } from "./json.js";
import { deepFreeze, isJsonObject } from "./json.js";

/** A schema of one resource type at one format version: `specs/<family>/<type>/<version>.json`. */
export interface SpecFile {
  /** Path below the specs root with forward slashes, e.g. `bioimageio/model/0.5.json`. */
  readonly path: string;
  readonly family: string;
  readonly type: string;
  readonly version: string;
  readonly schema: JsonObject;
}

/** A shared schema (`specs/<family>/common/*.json`), only referenced by spec files. */
export interface CommonFile {
  readonly path: string;
  readonly family: string;
  readonly schema: JsonObject;
}

/** Data the rules need (`specs/<family>/data/*.json`). */
export interface DataFile {
  readonly path: string;
  readonly family: string;
  readonly name: string;
  readonly data: JsonValue;
}

export interface SpecTree {
  readonly specs: readonly SpecFile[];
  readonly common: readonly CommonFile[];
  readonly data: readonly DataFile[];
}

const VERSION_FILE = /^(\d+(?:\.\d+)*)\.json$/;

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      out.push(...listJsonFiles(full));
    } else if (name.endsWith(".json")) {
      out.push(full);
    }
  }
  return out;
}

function readJson(file: string): JsonValue {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as JsonValue;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads every JSON file below `specsDir`; results are sorted by path and deep-frozen so later phases cannot mutate them. */
export function loadSpecTree(specsDir: string): SpecTree {
  const specs: SpecFile[] = [];
  const common: CommonFile[] = [];
  const data: DataFile[] = [];
  for (const file of listJsonFiles(specsDir)) {
    const path = relative(specsDir, file).split(sep).join("/");
    const parts = path.split("/");
    if (parts.length !== 3) {
      throw new Error(`${file}: expected specs/<family>/<type|common|data>/<file>.json`);
    }
    const [family, group, name] = parts as [string, string, string];
    const value = deepFreeze(readJson(file));
    if (group === "data") {
      data.push({ path, family, name: name.replace(/\.json$/, ""), data: value });
      continue;
    }
    if (!isJsonObject(value)) {
      throw new Error(`${file}: a schema must be a JSON object`);
    }
    if (group === "common") {
      common.push({ path, family, schema: value });
      continue;
    }
    const match = VERSION_FILE.exec(name);
    if (!match?.[1]) {
      throw new Error(`${file}: spec files are named <major.minor>.json`);
    }
    specs.push({ path, family, type: group, version: match[1], schema: value });
  }
  return { specs, common, data };
}
