// The synchronous API after preloading one spec's validators: a model's inline training dataset and a 0.4 model's
// conversion use other specs' validators, which preloading the model's spec loads too. (Its own file: validators
// stay loaded for the rest of a test file.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { buildDescriptionSync } from "../../src/bioimageio/index.js";
import { parseSource, preloadValidators } from "../../src/index.js";
import { REPO } from "../helpers/fixture-codegen.js";

const document = (name: string): unknown => parseSource(readFileSync(join(REPO, "examples/bioimageio", name), "utf8"), "rdf.yaml").value;

test("preloading model 0.5 is enough for a 0.5 model with training_data and a 0.4 model read as 0.5", async () => {
  await preloadValidators(["bioimageio/model/0.5"]);
  const model05 = document("unet2d_nuclei_broad.bioimageio.yaml");
  expect(model05).toMatchObject({ training_data: { id: expect.any(String) } });
  expect(buildDescriptionSync(model05).validationSummary.status).toBe("valid-format");
  const latest = buildDescriptionSync(document("unet2d_nuclei_broad_v0_4_9.bioimageio.yaml"), { formatVersion: "latest" });
  expect(latest.validationSummary.status).toBe("valid-format");
  expect(latest.validationSummary.format_version).toBe("0.5.7");
});
