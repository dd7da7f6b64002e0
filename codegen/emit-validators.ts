// Phase 4b: Ajv 2020 standalone validators as true ESM (Ajv's own output still calls require()).
import { _ } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import { formats } from "../src/runtime/ajv-runtime.js";
import type { JsonObject } from "./json.js";

/** Ajv options shared by the emitted validators and the in-memory ones of the tests. */
export function createAjv(options: { readonly source: boolean }): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    discriminator: true,
    ...(options.source ? { code: { source: true, esm: true, lines: true, formats: _`formats` } } : {}),
  });
  for (const [name, format] of Object.entries(formats)) {
    ajv.addFormat(name, format);
  }
  return ajv;
}

/** Ajv runtime modules the standalone code may require, and the export of our runtime that replaces each. */
const RUNTIME_REPLACEMENTS: Readonly<Record<string, string>> = {
  "ajv/dist/runtime/ucs2length": "ucs2length",
  "ajv/dist/runtime/equal": "deepEqual",
};

const REQUIRE_LINE = /^const (\w+) = require\("([^"]+)"\)\.default;$/;

/**
 * Turns Ajv's standalone output into a module whose only import is `runtimeSpecifier`:
 * each `const funcN = require("ajv/dist/runtime/x").default;` becomes a named import, and the
 * formats object comes from the same runtime module.
 */
export function toEsmValidator(code: string, runtimeSpecifier: string): string {
  const imports = new Map<string, string>(); // local name -> runtime export
  const body: string[] = [];
  for (const line of code.split("\n")) {
    if (line === '"use strict";') {
      continue; // modules are strict already
    }
    const match = REQUIRE_LINE.exec(line);
    if (match) {
      const [, local = "", module = ""] = match;
      const replacement = RUNTIME_REPLACEMENTS[module];
      if (replacement === undefined) {
        throw new Error(`standalone validator requires "${module}", which the runtime does not provide`);
      }
      imports.set(local, replacement);
      continue;
    }
    body.push(line);
  }
  const text = body.join("\n");
  if (text.includes("require(")) {
    throw new Error("standalone validator still contains require() after the ESM rewrite");
  }
  const names = [...imports.entries()].map(([local, name]) => `${name} as ${local}`);
  if (/^const formats\d+ = formats[.[]/m.test(text)) {
    names.push("formats");
  }
  names.sort();
  const header = names.length > 0 ? `import { ${names.join(", ")} } from "${runtimeSpecifier}";\n` : "";
  return `${header}${text.trimEnd()}\n`;
}

/** The standalone ESM source of one spec's validator, exported as `validate`. */
export function emitValidator(schema: JsonObject, runtimeSpecifier: string): string {
  const ajv = createAjv({ source: true });
  const id = schema.$id;
  if (typeof id !== "string") {
    throw new Error("a spec needs an $id");
  }
  ajv.addSchema(schema);
  const code = standaloneModule.default(ajv, { validate: id });
  return toEsmValidator(code, runtimeSpecifier);
}
