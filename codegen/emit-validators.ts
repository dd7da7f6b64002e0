// Phase 4b: Ajv 2020 standalone validators as true ESM (Ajv's own output still calls require()).
import { _ } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import { formats } from "../src/engine/validation/ajv-runtime.js";
import type { JsonObject } from "./json.js";

/** Ajv options shared by the emitted validators and the in-memory ones of the tests. */
export function createAjv(options: { readonly source: boolean }): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    discriminator: true,
    // The runtime words errors itself (src/engine/validation/schema-errors.ts, also the messages the emitted
    // validators' errors get): no English messages in the code.
    messages: false,
    // Ajv inlines references without references of their own (twice as fast) and reports their errors at
    // `#/$defs/Name/...`; the others become functions, whose relative schemaPaths `absoluteSchemaPaths` fixes.
    // Either way an error's schemaPath names the $defs entry it comes from (messages name the reference's
    // class; smart-union branches are found by it).
    ...(options.source ? { code: { source: true, esm: true, lines: true, formats: _`formats` } } : {}),
  });
  for (const [name, format] of Object.entries(formats)) {
    ajv.addFormat(name, format);
  }
  // multipleOf as pydantic-core checks a float: the value within 1e-9 of the nearest multiple (Rust's round, half
  // away from zero), so 1e-300 and 999999.9999999991 are multiples of 0.5 there, and not in Ajv's exact check
  ajv.removeKeyword("multipleOf");
  ajv.addKeyword({
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    code(cxt) {
      const { data, schemaCode } = cxt;
      const quotient = _`${data} / ${schemaCode}`;
      const nearest = _`(${quotient} < 0 ? -Math.round(-${quotient}) : Math.round(${quotient})) * ${schemaCode}`;
      cxt.fail(_`Math.abs(${data} - ${nearest}) > 1e-9`);
    },
    error: { message: "", params: ({ schemaCode }) => _`{multipleOf: ${schemaCode}}` },
  });
  return ajv;
}

/** Ajv runtime modules the standalone code may require, and the export of our runtime that replaces each. */
const RUNTIME_REPLACEMENTS: Readonly<Record<string, string>> = {
  "ajv/dist/runtime/ucs2length": "ucs2length",
  "ajv/dist/runtime/equal": "deepEqual",
};

/** Ajv's check of `type: "object"` (compile/validate/dataType.ts), the only form its output has. */
const OBJECT_CHECK = /\b(data\d*) && typeof \1 == "object" && !Array\.isArray\(\1\)/g;

const REQUIRE_LINE = /^const (\w+) = require\("([^"]+)"\)\.default;$/;

/**
 * Turns Ajv's standalone output into a module whose only import is `runtimeSpecifier`:
 * each `const funcN = require("ajv/dist/runtime/x").default;` becomes a named import, and the
 * formats object comes from the same runtime module. With `messages`, the exported function's errors carry the
 * reference's messages (withMessages), with `describeErrors` beside it; without, Ajv's own.
 */
export function toEsmValidator(code: string, runtimeSpecifier: string, messages = true): string {
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
  // the exported function gets messages on its errors (withMessages), and the helper that words them beside it
  const exported = /^export const validate = (validate\d+);$/m;
  if (!exported.test(text)) {
    throw new Error("standalone validator without its `export const validate = validateN;` line");
  }
  if (/^const formats\d+ = formats[.[]/m.test(text)) {
    names.push("formats");
  }
  if (!messages) {
    // Ajv's own messages kept (the meta-schema validators: the args-schema check shows them)
    return `${names.length > 0 ? `import { ${names.sort().join(", ")} } from "${runtimeSpecifier}";\n` : ""}${text.trimEnd()}\n`;
  }
  names.push("withMessages");
  // a YAML timestamp (engine/load/yaml-scalars.ts: a Python date in the reference) is no mapping: Ajv's object
  // check alone would take any object, so every mapping a schema expects refuses it, as pydantic does
  const checked = text.replace(OBJECT_CHECK, "$& && !($1 instanceof YamlTimestamp)");
  if (checked !== text) {
    names.push("YamlTimestamp");
  }
  names.sort();
  const header = `import { ${names.join(", ")} } from "${runtimeSpecifier}";\nexport { describeErrors } from "${runtimeSpecifier}";\n`;
  return `${header}${checked.replace(exported, "export const validate = withMessages($1);").trimEnd()}\n`;
}

const FUNCTION_START = /^function (validate\d+)\(/;

/**
 * Ajv writes the schemaPath of errors found in a referenced schema relative to that schema (`#/type`);
 * this rewrites them to the full pointer (`#/$defs/FileDescr/type`), function by function.
 */
export function absoluteSchemaPaths(code: string, functionPointers: ReadonlyMap<string, string>): string {
  let prefix = "";
  return code
    .split("\n")
    .map((line) => {
      const name = FUNCTION_START.exec(line)?.[1];
      if (name !== undefined) {
        prefix = functionPointers.get(name) ?? "";
      }
      // Paths of inlined references are absolute already.
      return prefix === "" ? line : line.replace(/schemaPath:"#(?!\/\$defs\/)/g, `schemaPath:"#${prefix}`);
    })
    .join("\n");
}

/** Function name -> JSON pointer (without `#`) of the schema it validates, for every compiled $ref. */
function referencedFunctions(ajv: Ajv2020, id: string): Map<string, string> {
  const root = (ajv.getSchema(id) as unknown as { schemaEnv: { root: { refs: Record<string, unknown> } } }).schemaEnv.root;
  const out = new Map<string, string>();
  for (const [ref, env] of Object.entries(root.refs)) {
    const name = (env as { validateName?: unknown } | undefined)?.validateName;
    const hash = ref.indexOf("#");
    if (name !== undefined && hash >= 0 && ref.slice(0, hash) === id) {
      out.set(String(name), ref.slice(hash + 1));
    }
  }
  return out;
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
  return toEsmValidator(absoluteSchemaPaths(code, referencedFunctions(ajv, id)), runtimeSpecifier);
}
