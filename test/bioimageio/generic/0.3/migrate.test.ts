// The typed 0.2 -> 0.3 migrations of generic, application, dataset and notebook (issue 4), on the corpus's 0.2
// documents and on the cases the reference's conversion treats specially.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  migrateBioimageioApplication,
  migrateBioimageioDataset,
  migrateBioimageioGeneric,
  migrateBioimageioNotebook,
} from "../../../../generated/migrations.js";
import { buildDescription } from "../../../../src/bioimageio/build.js";
import { collectingContext } from "../../../../src/engine/runtime/migration-chain.js";
import { MigrationError } from "../../../../src/engine/runtime/migration-types.js";
import { BIOIMAGEIO_CORPUS } from "../../../helpers/corpus.js";
import { validV0_2 } from "../../../helpers/generic.js";
import { loadCorpusDocument } from "../../../helpers/model.js";
import { validateDoc } from "../../../helpers/validate.js";

/** The document as the 0.2 description validated it (patch chain applied). */
async function validated02(doc: unknown): Promise<any> {
  const description = await buildDescription(doc);
  expect(description.validationSummary.errors).toEqual([]);
  expect(description.formatVersion).toBe("0.2.4");
  return description.content;
}

const REFERENCE = JSON.parse(readFileSync(join(BIOIMAGEIO_CORPUS, "REFERENCE.json"), "utf8")) as {
  path: string;
  latest: { status: string; type: string };
}[];

describe("corpus 0.2 documents migrate to valid 0.3 documents where the reference's latest mode finds them valid", () => {
  const rows = REFERENCE.filter((row) => row.latest.type !== "model" && row.latest.status !== "failed");
  test("there are some", () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });
  for (const row of rows) {
    test(row.path, async () => {
      const old = await validated02(loadCorpusDocument(row.path));
      const migrated = old.type === "dataset" ? migrateBioimageioDataset(old, "0.2", "0.3") : migrateBioimageioGeneric(old, "0.2", "0.3");
      expect(migrated.format_version).toBe("0.3.0");
      const { status, errors } = await validateDoc(migrated);
      expect(errors).toEqual([]);
      expect(status).toBe("valid-format");
    });
  }
});

describe("0.2 -> 0.3 specifics", () => {
  test("attachments, dropped fields, version_number and the name, with notes", async () => {
    const old = await validated02({
      ...validV0_2(),
      name: "tool: v1.0",
      attachments: { files: ["a.txt"], extra: 1 },
      download_url: "https://example.com/x",
      rdf_source: "https://example.com/rdf.yaml",
      version_number: 3,
    });
    const context = collectingContext();
    const migrated = migrateBioimageioGeneric(old, "0.2", "latest", context);
    expect(migrated).toMatchObject({ name: "tool  v1 0", attachments: [{ source: "a.txt" }], version: 3, format_version: "0.3.0" });
    for (const dropped of ["download_url", "rdf_source", "version_number"]) {
      expect(migrated).not.toHaveProperty(dropped);
    }
    expect(context.notes.map((n) => n.loc.join("."))).toEqual(["download_url", "rdf_source", "name", "attachments", "version_number"]);
    expect((await validateDoc(migrated)).errors).toEqual([]);
  });

  test("application and notebook keep their source; dataset drops id_emoji and version_number", async () => {
    const app = migrateBioimageioApplication(await validated02(validV0_2("application")), "0.2", "0.3");
    expect(app).toMatchObject({ type: "application", source: "app.py" });
    const nb = migrateBioimageioNotebook(await validated02(validV0_2("notebook")), "0.2", "0.3");
    expect(nb).toMatchObject({ type: "notebook", source: "notebook.ipynb" });
    const context = collectingContext();
    const ds = migrateBioimageioDataset(
      await validated02({ ...validV0_2("dataset"), id_emoji: "🦈", version_number: 2 }),
      "0.2",
      "0.3",
      context,
    );
    expect(ds).not.toHaveProperty("id_emoji");
    expect(ds).not.toHaveProperty("version_number");
    expect(context.notes.map((n) => n.loc.join("."))).toEqual(["id_emoji", "version_number"]);
    for (const doc of [app, nb, ds]) {
      expect((await validateDoc(doc)).errors).toEqual([]);
    }
  });

  test("a config.bioimageio that is no mapping cannot be migrated", async () => {
    const old = await validated02({ ...validV0_2(), config: { bioimageio: "yes" } });
    expect(() => migrateBioimageioGeneric(old, "0.2", "0.3")).toThrow(MigrationError);
  });
});
