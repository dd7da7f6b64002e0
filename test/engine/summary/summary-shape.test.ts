// Our summary JSON has the field names and nesting of the reference's (real reports from the bioimage.io
// collection, validation-summary-examples/); we add `rule` and `position` to entries.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { buildDescription } from "../../../src/bioimageio/build.js";
import { BIOIMAGEIO_CORPUS } from "../../helpers/corpus.js";
import { validModel } from "../../helpers/model.js";

const EXAMPLES = join(BIOIMAGEIO_CORPUS, "validation-summary-examples");
const OUR_ENTRY_EXTRAS = new Set(["rule", "position"]);

function keys(value: object): string[] {
  return Object.keys(value).sort();
}

test("summary, detail, error and warning entries have the reference's fields", async () => {
  const reports = readdirSync(EXAMPLES).map((f) => JSON.parse(readFileSync(join(EXAMPLES, f), "utf8")).details);
  const doc = validModel();
  delete doc.outputs[0].sample_tensor; // a warning
  doc.inputs[0].axes[1].size = 2; // an error
  const ours = JSON.parse(
    JSON.stringify((await buildDescription(doc, { locate: () => ({ file: "x", line: 1, col: 1 }) })).validationSummary),
  );
  const referenceSummaryKeys = new Set(reports.flatMap((r) => keys(r)));
  // 0.5.10's reports add `traceback`, `version` and `warnings`; the 0.5.7 shape we follow is a subset.
  for (const key of keys(ours)) {
    expect(referenceSummaryKeys, key).toContain(key);
  }
  const details = reports.flatMap((r) => r.details);
  expect(keys(ours.details[0])).toEqual(keys(details[0]));
  const referenceError = details.flatMap((d: { errors: object[] }) => d.errors)[0] ?? {};
  const referenceWarning = details.flatMap((d: { warnings: object[] }) => d.warnings)[0] ?? {};
  const error = ours.details.flatMap((d: { errors: object[] }) => d.errors)[0];
  const warning = ours.details.flatMap((d: { warnings: object[] }) => d.warnings)[0];
  expect(keys(error).filter((k) => !OUR_ENTRY_EXTRAS.has(k))).toEqual(keys(referenceError));
  expect(keys(warning).filter((k) => !OUR_ENTRY_EXTRAS.has(k))).toEqual(keys(referenceWarning));
  expect(ours.env).toEqual([["bioimage-specs", expect.any(String), "", ""]]);
});
