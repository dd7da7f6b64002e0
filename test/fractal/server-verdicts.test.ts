// fractal-server's own verdicts (test/fixtures/fractal/server-verdicts.json, written by running the server's
// models on each document, make-server-verdicts.py): same errors, in the same order, with the same loc, msg and
// type; for valid manifests also the task-collection errors (the server stops at the first task that fails, we
// report every task: the first failing task's errors must be the server's), the missing executable, and the
// stored form. Cases from fractal-server's own tests also carry what that test asserts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { normalizeManifest, validateManifest } from "../../src/fractal/validate.js";
import { executablePath } from "../../src/fractal/executables.js";
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
  /** Read as the server chose its reader (no version forced). */
  readonly detect?: boolean;
  readonly doc: unknown;
  /** The installed package's files (under /root), for the executables check. */
  readonly files?: readonly string[];
  /** What fractal-server's own test asserts: "valid" or words of the first error. */
  readonly expected?: string;
  readonly errors: readonly ServerError[];
  readonly crash?: string;
  readonly manifest?: Record<string, unknown>;
  readonly collection?:
    { readonly task: number; readonly errors: readonly ServerError[] } | { readonly tasks: readonly Record<string, unknown>[] };
  readonly missing?: { readonly task: number; readonly msg: string };
}

const VERDICTS = JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "fractal", "server-verdicts.json"), "utf8")) as {
  cases: Case[];
};

const ROOT = "/root";

const plain = (errors: readonly (ErrorEntry | ServerError)[]): ServerError[] =>
  errors.map(({ loc, msg, type }) => ({ loc: [...loc], msg, type }));

/** A collection error at a manifest loc, at the loc the task model reports it (the commands' check: the model). */
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
const isMissingFile = (e: ErrorEntry) => e.type === "file_not_found";

describe("server-verdicts.json", () => {
  test("covers both versions, valid and invalid documents, the collection and the server's own tests", () => {
    const cases = VERDICTS.cases;
    expect(cases.filter((c) => c.version === "2" && c.errors.length > 0).length).toBeGreaterThan(30);
    expect(cases.filter((c) => c.version === "1" && c.errors.length > 0).length).toBeGreaterThan(15);
    expect(cases.filter((c) => c.version === "1" && c.collection && "errors" in c.collection).length).toBeGreaterThan(2);
    expect(cases.filter((c) => c.version === "2" && c.collection && "errors" in c.collection).length).toBeGreaterThan(5);
    expect(cases.filter((c) => c.missing).length).toBeGreaterThanOrEqual(2);
    expect(cases.filter((c) => c.expected !== undefined).length).toBeGreaterThanOrEqual(39);
  });

  for (const c of VERDICTS.cases) {
    test(c.name, async () => {
      const files = new Set((c.files ?? []).map((file) => executablePath(ROOT, file)));
      const summary = await validateManifest(c.doc, {
        ...(c.detect ? {} : { formatVersion: c.version }),
        collection: true,
        ...(c.files ? { packageRoot: ROOT, fileExists: (path: string) => Promise.resolve(files.has(path)) } : {}),
      });
      expect(summary.format_version).toBe(c.version);
      const [server] = summary.details;
      const collection = summary.details.find((d) => d.name.endsWith("task collection"));
      expect(plain(server?.errors ?? [])).toEqual(c.errors);

      const collected = (collection?.errors ?? []).filter((e) => !isMissingFile(e));
      if (c.collection && "errors" in c.collection) {
        const task = c.collection.task;
        const ours = collected.flatMap((e) => asTaskCreate(e, task) ?? []);
        const theirs = c.collection.errors.map((e) => (e.loc.length === 0 ? { ...e, msg: e.msg.split(":")[0] ?? "" } : e));
        expect(ours.sort(byLoc)).toEqual([...theirs].sort(byLoc));
        // No task before the server's first failing one fails here.
        expect(collected.filter((e) => typeof e.loc[1] === "number" && e.loc[1] < task)).toEqual([]);
      } else {
        expect(collected).toEqual([]);
        // The server checks files only after creating every task; it names the first missing one.
        const missing = (collection?.errors ?? []).filter(isMissingFile);
        expect(missing[0]?.msg).toBe(c.missing?.msg);
        expect(missing[0]?.loc[1]).toBe(c.missing?.task);
      }

      if (c.expected !== undefined) {
        const first = [...(server?.errors ?? []), ...(c.files ? (collection?.errors ?? []) : [])][0];
        if (c.expected === "valid") {
          expect(first).toBeUndefined();
        } else {
          expect(`${JSON.stringify(first?.loc)}: ${first?.msg}`).toContain(c.expected);
        }
      }

      if (c.collection && "tasks" in c.collection && c.manifest && !c.missing) {
        const stored = (await normalizeManifest(c.doc, { formatVersion: c.version })) as unknown as Record<string, unknown>;
        const tasks = stored.task_list as Record<string, unknown>[];
        for (const [i, created] of c.collection.tasks.entries()) {
          const { command_non_parallel: _n, command_parallel: _p, version: _v, authors, args_schema_version, ...fields } = created;
          const { executable_non_parallel: _en, executable_parallel: _ep, executable: _e, ...ourFields } = tasks[i] ?? {};
          expect(ourFields).toEqual(fields);
          if (c.version === "2") {
            expect(stored.authors).toEqual(authors);
          }
          expect(stored.args_schema_version).toEqual(args_schema_version);
        }
        expect(stored.has_args_schemas).toBe(c.manifest.has_args_schemas);
      }
    });
  }
});
