// fractal-server's own verdicts (test/fixtures/fractal/server-verdicts.json, written by running the server's
// models on each document): same errors, in the same order, with the same loc, msg and type; for valid version-2
// manifests also the task-collection errors and the stored form.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { normalizeManifest, validateManifest } from "../../src/fractal/validate.js";
import type { ErrorEntry } from "../../src/engine/summary/types.js";

type Loc = (string | number)[];
interface ServerError {
  readonly loc: Loc;
  readonly msg: string;
  readonly type: string;
}
interface Case {
  readonly name: string;
  readonly version: "1" | "2";
  readonly doc: unknown;
  readonly errors: readonly ServerError[];
  readonly crash?: string;
  readonly manifest?: Record<string, unknown>;
  readonly collection?:
    { readonly task: number; readonly errors: readonly ServerError[] } | { readonly tasks: readonly Record<string, unknown>[] };
}

const VERDICTS = JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "fractal", "server-verdicts.json"), "utf8")) as {
  cases: Case[];
};

const plain = (errors: readonly (ErrorEntry | ServerError)[]): ServerError[] =>
  errors.map(({ loc, msg, type }) => ({ loc: [...loc], msg, type }));

/** A collection error at a manifest loc, at the loc `TaskCreate` reports it (the commands' check: the model). */
function asTaskCreate(error: ErrorEntry, task: number): ServerError | undefined {
  const [first, index, field, ...rest] = error.loc;
  if (first === "task_list" && index === task && typeof field === "string") {
    return field.startsWith("executable_")
      ? { loc: [], msg: error.msg.split(":")[0] ?? "", type: error.type }
      : { loc: [field, ...rest], msg: error.msg, type: error.type };
  }
  return first === "args_schema_version" ? plain([error])[0] : undefined;
}

const byLoc = (a: ServerError, b: ServerError) => JSON.stringify(a.loc).localeCompare(JSON.stringify(b.loc));

describe("server-verdicts.json", () => {
  test("covers both versions, valid and invalid documents, and the collection", () => {
    const cases = VERDICTS.cases;
    expect(cases.filter((c) => c.version === "2" && c.errors.length > 0).length).toBeGreaterThan(30);
    expect(cases.filter((c) => c.version === "1" && c.errors.length > 0).length).toBeGreaterThan(15);
    expect(cases.filter((c) => c.collection && "errors" in c.collection).length).toBeGreaterThan(5);
  });

  for (const c of VERDICTS.cases) {
    test(c.name, async () => {
      const summary = await validateManifest(c.doc, { formatVersion: c.version, collection: c.version === "2" });
      const [server] = summary.details;
      const collection = summary.details.find((d) => d.name.endsWith("task collection"));
      expect(plain(server?.errors ?? [])).toEqual(c.errors);

      if (c.collection && "errors" in c.collection) {
        const task = c.collection.task;
        const ours = (collection?.errors ?? []).flatMap((e) => asTaskCreate(e, task) ?? []);
        const theirs = c.collection.errors.map((e) => (e.loc.length === 0 ? { ...e, msg: e.msg.split(":")[0] ?? "" } : e));
        expect(ours.sort(byLoc)).toEqual([...theirs].sort(byLoc));
      } else if (c.version === "2") {
        expect(collection?.errors ?? []).toEqual([]);
      }

      if (c.collection && "tasks" in c.collection && c.manifest) {
        const stored = (await normalizeManifest(c.doc, { formatVersion: "2" })) as unknown as Record<string, unknown>;
        const tasks = stored.task_list as Record<string, unknown>[];
        for (const [i, created] of c.collection.tasks.entries()) {
          const { command_non_parallel: _n, command_parallel: _p, version: _v, authors, args_schema_version, ...fields } = created;
          const { executable_non_parallel: _en, executable_parallel: _ep, ...ourFields } = tasks[i] ?? {};
          expect(ourFields).toEqual(fields);
          expect(stored.authors).toEqual(authors);
          expect(stored.args_schema_version).toEqual(args_schema_version);
        }
        expect(stored.has_args_schemas).toBe(c.manifest.has_args_schemas);
      }
      if (c.version === "1" && c.manifest) {
        const { manifest_version: _ours, ...stored } = (await normalizeManifest(c.doc, { formatVersion: "1" })) as unknown as Record<
          string,
          unknown
        >;
        const { manifest_version: _theirs, ...expected } = c.manifest;
        expect(stored).toEqual(expected);
      }
    });
  }
});
