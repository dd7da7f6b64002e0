// The 0.4 -> 0.5 step is not written yet (issue 4): it must refuse rather than return an unconverted document.
import { describe, expect, test } from "vitest";
import { migrateBioimageioModel } from "../../../../generated/migrations.js";
import type { ModelDescr as ModelDescr04 } from "../../../../generated/types/bioimageio/model/0.4.js";
import { MigrationError } from "../../../../src/runtime/migration-types.js";
import { loadCorpusDocument } from "../../../helpers/model.js";

describe("model 0.4 -> 0.5", () => {
  test("throws a MigrationError until the conversion is implemented", () => {
    const doc = loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml") as unknown as ModelDescr04;
    expect(() => migrateBioimageioModel(doc, "0.4", "0.5")).toThrow(MigrationError);
    expect(() => migrateBioimageioModel(doc, "0.4", "latest")).toThrow(/not implemented yet/);
  });
});
