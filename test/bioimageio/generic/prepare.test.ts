// The before-validators of the 0.2/0.3 generation: the 0.2.x patch chain and the 0.3 conversion.
import { describe, expect, test } from "vitest";
import { buildDescription } from "../../../src/bioimageio/build.js";
import { validGeneric } from "../../helpers/model.js";
import { validGenericV0_2, validV0_2 } from "../../helpers/generic.js";
import { validateDoc } from "../../helpers/validate.js";

async function validContent(doc: unknown, formatVersion = "discover"): Promise<Record<string, any>> {
  const description = await buildDescription(doc, { formatVersion });
  expect(description.validationSummary.errors).toEqual([]);
  return description.content as Record<string, any>;
}

describe("format 0.2 patch chain (0.2.0-0.2.3 -> 0.2.4)", () => {
  test("0.2.2: author strings become {name}, slashes leave names", async () => {
    const content = await validContent({
      ...validGenericV0_2(),
      format_version: "0.2.2",
      name: "My/Tool\\",
      authors: ["Ada/L", { name: "B\\C" }],
    });
    expect(content).toMatchObject({ format_version: "0.2.4", name: "MyTool", authors: [{ name: "AdaL" }, { name: "BC" }] });
  });

  test("0.2.4: a resource name keeps its slashes (only the 0.2.2 step removes them), person names do not", async () => {
    const content = await validContent({ ...validGenericV0_2(), name: "My/Tool", authors: [{ name: "A/B" }] });
    expect(content).toMatchObject({ name: "My/Tool", authors: [{ name: "AB" }] });
  });

  test("0.2.3: config.bioimageio nickname and nickname_icon become id and id_emoji", async () => {
    const config = { bioimageio: { nickname: "affable-shark", nickname_icon: "🦈" } };
    const content = await validContent({ ...validGenericV0_2(), format_version: "0.2.3", config });
    expect(content).toMatchObject({ format_version: "0.2.4", id: "affable-shark", id_emoji: "🦈" });
  });

  test("DOI and GitHub URL prefixes are removed; an upper-case id is lower-cased", async () => {
    const content = await validContent({
      ...validGenericV0_2(),
      cite: [{ text: "t", doi: "https://doi.org/10.1234/x" }],
      maintainers: [{ github_user: "https://github.com/ada" }],
      id: "My-Tool",
    });
    expect(content).toMatchObject({ cite: [{ doi: "10.1234/x" }], maintainers: [{ github_user: "ada" }], id: "my-tool" });
  });

  test("a future 0.2 patch is validated as 0.2.4 with an alert", async () => {
    const { status, warnings } = await validateDoc({ ...validGenericV0_2(), format_version: "0.2.9" });
    expect(status).toBe("valid-format");
    expect(warnings.map((w) => [w.msg, w.severity])).toContainEqual(["future format_version '0.2.9' treated as '0.2.4'", 35]);
  });
});

describe("format 0.3 conversion (every 0.2.x and 0.3.x document)", () => {
  test("0.3.0 names are cleaned and cut to 128 characters, not refused", async () => {
    const content = await validContent({ ...validGeneric(), name: `my/name: v1.0${"x".repeat(200)}` });
    expect(content.name).toBe(`my name  v1 0${"x".repeat(115)}`);
  });

  test("0.2 attachments, version_number and dropped fields; the reference's own 0.3 test with {files}", async () => {
    const content = await validContent({
      ...validGeneric(),
      attachments: { files: ["https://example.com/file"], something: 42 },
      version_number: 2,
      download_url: "https://example.com/dl",
    });
    expect(content).toMatchObject({ attachments: [{ source: "https://example.com/file" }], version: 2 });
    expect(content).not.toHaveProperty("version_number");
    expect(content).not.toHaveProperty("download_url");
  });

  test("a 0.3.x patch becomes 0.3.0 before the future-patch check, so no alert (as the reference)", async () => {
    const { status, warnings } = await validateDoc({ ...validGeneric(), format_version: "0.3.5" });
    expect(status).toBe("valid-format");
    expect(warnings).toEqual([]);
  });

  test("latest: a 0.2 document is validated as 0.3.0 after its 0.2 summary", async () => {
    const summary = (await buildDescription({ ...validGenericV0_2(), format_version: "0.2.1" }, { formatVersion: "latest" }))
      .validationSummary;
    expect(summary.format_version).toBe("0.3.0");
    expect(summary.details.map((d) => d.name)).toEqual([
      "Successfully created `GenericDescr` instance.",
      "bioimageio.spec format validation tool 0.2.4",
      "Successfully created `GenericDescr` instance.",
      "bioimageio.spec format validation tool 0.3.0",
    ]);
  });

  test("latest dataset: a valid 0.2 dataset is rebuilt (id_emoji and version_number not kept), an invalid one converted", async () => {
    const dataset = { ...validV0_2("dataset"), id_emoji: "🦈", version_number: 3 };
    const rebuilt = await validContent(dataset, "latest");
    expect(rebuilt).not.toHaveProperty("id_emoji");
    expect(rebuilt).not.toHaveProperty("version");
    const invalid = await buildDescription({ ...dataset, description: 5 }, { formatVersion: "latest" });
    expect(invalid.content).toMatchObject({ id_emoji: "🦈", version: 3 });
  });
});
