// A rule reads a part of the document only when it is valid: no part of a broken document, replaced by null, a
// string or an object, makes a rule fail with an internal error (which would be a bug of ours).
import { expect, test } from "vitest";
import { validateDoc } from "../helpers/validate.js";
import { validMultiTensorModel } from "../helpers/model.js";

type Doc = Record<string, any>;

function* paths(value: unknown, at: (string | number)[] = []): Generator<(string | number)[]> {
  if (at.length > 0) {
    yield at;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      yield* paths(item, [...at, i]);
    }
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield* paths(item, [...at, key]);
    }
  }
}

test("model 0.5: every part replaced by null, a string or an object gives no internal error", async () => {
  const valid = validMultiTensorModel();
  const internal: string[] = [];
  for (const path of paths(valid)) {
    for (const replacement of [null, "x", {}]) {
      const doc: Doc = structuredClone(valid);
      const parent = path.slice(0, -1).reduce((node: Doc, key) => node[key], doc);
      parent[path.at(-1) as string | number] = structuredClone(replacement);
      for (const error of (await validateDoc(doc)).errors.filter((e) => e.type === "internal_error")) {
        internal.push(`${path.join(".")}=${JSON.stringify(replacement)}: ${error.msg}`);
      }
    }
  }
  expect(internal).toEqual([]);
}, 120_000);
