// The precompiled meta-schema validators (generated/validators/json-schema) against Ajv compiling the same
// meta-schemas at run time: the same verdicts and errors on every args schema of the real manifests and on
// broken variants of them, for each draft.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { validate as draft07 } from "../../generated/validators/json-schema/draft-07.js";
import { validate as draft201909 } from "../../generated/validators/json-schema/2019-09.js";
import { validate as draft202012 } from "../../generated/validators/json-schema/2020-12.js";
import { isRecord } from "../../src/engine/records.js";
import { ALL_DRAFTS, type Draft, loadArgsSchemaChecker } from "../../src/fractal/args-schema.js";
import { corpus } from "../helpers/corpus.js";

const OPTIONS = { strict: false, allErrors: true, validateFormats: false } as const;
const AT_RUN_TIME = { "draft-07": new Ajv(OPTIONS), "2019-09": new Ajv2019(OPTIONS), "2020-12": new Ajv2020(OPTIONS) };
const PRECOMPILED = { "draft-07": draft07, "2019-09": draft201909, "2020-12": draft202012 };

function argsSchemas(): [string, Record<string, unknown>][] {
  const found: [string, Record<string, unknown>][] = [];
  for (const group of ["valid", "invalid"]) {
    const dir = corpus("fractal", group);
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(join(dir, name), "utf8"));
      } catch {
        continue;
      }
      const tasks = isRecord(doc) && Array.isArray(doc.task_list) ? doc.task_list : [];
      tasks.forEach((task: unknown, i) => {
        for (const key of ["args_schema", "args_schema_parallel", "args_schema_non_parallel"]) {
          const schema = isRecord(task) ? task[key] : undefined;
          if (isRecord(schema)) {
            const { $schema: _declared, ...body } = schema;
            found.push([`${group}/${name} task ${i} ${key}`, body]);
          }
        }
      });
    }
  }
  return found;
}

/** Broken variants: a wrong type name, a tuple `items` (draft-07 only), a negative bound, a non-array `required`. */
function broken(schema: Record<string, unknown>): Record<string, unknown>[] {
  return [
    { ...schema, properties: { ...(isRecord(schema.properties) ? schema.properties : {}), x: { type: "float" } } },
    { ...schema, properties: { pair: { type: "array", items: [{ type: "integer" }, { type: "string" }] } } },
    { ...schema, properties: { n: { type: "string", minLength: -1 } }, required: "n" },
    { ...schema, $defs: { a: { $ref: 3 } }, definitions: { b: { enum: [] } } },
  ];
}

function essentials(errors: readonly { instancePath: string; keyword: string; message?: string }[] | null | undefined) {
  return (errors ?? []).map(({ instancePath, keyword, message }) => ({ instancePath, keyword, message }));
}

describe("precompiled meta-schema validators", () => {
  const schemas = argsSchemas();

  test("the corpus holds args schemas", () => {
    expect(schemas.length).toBeGreaterThan(50);
  });

  test.each(ALL_DRAFTS)("%s: the same verdicts and errors as Ajv compiling the meta-schema", (draft: Draft) => {
    let invalid = 0;
    for (const [where, schema] of schemas) {
      for (const candidate of [schema, ...broken(schema)]) {
        const expected = AT_RUN_TIME[draft].validateSchema(candidate) === true;
        const precompiled = PRECOMPILED[draft];
        expect(precompiled(candidate), where).toBe(expected);
        expect(essentials(precompiled.errors), where).toEqual(essentials(AT_RUN_TIME[draft].errors));
        invalid += expected ? 0 : 1;
      }
    }
    expect(invalid).toBeGreaterThanOrEqual(schemas.length * 3);
  });

  test("the checker loads only the drafts it is asked for, the others on first use", async () => {
    const checker = await loadArgsSchemaChecker(["draft-07"]);
    const schema = { properties: { x: { type: "float" } } };
    expect(checker(schema, ["draft-07"]).map((p) => p.drafts)).toEqual([["draft-07"]]);
    await loadArgsSchemaChecker(["2020-12"]);
    expect(checker(schema, ["draft-07", "2020-12"]).map((p) => p.drafts)).toEqual([["draft-07", "2020-12"]]);
  });
});
