// `bioimage-specs validate` detects each copick/Croissant document by content, `--kind` forces it, and the
// human output has file:line:col.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { corpus } from "../helpers/corpus.js";

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  process.exitCode = undefined;
  try {
    return { code: await main(args), out };
  } finally {
    write.mockRestore();
    process.exitCode = undefined;
  }
}

const tmp = mkdtempSync(join(tmpdir(), "copick-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const tiny = (...parts: string[]) => corpus("copick", "reconstructed_exports", "tiny", ...parts);

describe("validate: copick and Croissant kinds", () => {
  it.each([
    [corpus("copick", "configs", "overlay_s3_static_data_portal.json"), "copick config (cryoet_data_portal) 1.27"],
    [tiny("Croissant", "metadata.json"), "copick Croissant 1.1"],
    [tiny("Croissant", "picks.csv"), "copick CSV (picks.csv) 1.27"],
    [tiny("ExperimentRuns", "run_001", "Picks", "alice_42_ribosome.json"), "copick picks 1.27"],
    [corpus("copick", "test_fixtures", "cdp_style_100-ribosome-0.ndjson"), "copick CDP picks 1.27"],
    [corpus("croissant", "valid", "v1.0_coco2014-mini_metadata.json"), "Croissant 1.0"],
  ])("detects %s", async (file, what) => {
    const { code, out } = await run(["validate", file]);
    expect(out).toContain(`${file}: passed (${what})`);
    expect(code).toBe(0);
  });

  it("prints file:line:col and fails an invalid Croissant", async () => {
    const file = corpus("croissant", "invalid", "v1.0_distribution_missing_property_content_url.metadata.json");
    const { code, out } = await run(["validate", file]);
    expect(out).toContain(
      `${file}:58:5: error: distribution.0: [Metadata(mydataset) > FileObject(a-csv-table)] Property "https://schema.org/contentUrl" is mandatory, but does not exist.`,
    );
    expect(code).toBe(1);
  });

  it("locates a CSV error at its row and cell", async () => {
    const file = join(tmp, "runs.csv");
    writeFileSync(file, "name,portal_run_id,split\r\nTS_001,,train\r\n,,val\r\n");
    const { code, out } = await run(["validate", file]);
    expect(out).toContain(`${file}:3:1: error: 1.name: Input should be a valid string [string_type]`);
    expect(code).toBe(1);
  });

  it("--kind forces the kind", async () => {
    const file = tiny("ExperimentRuns", "run_001", "Picks", "alice_42_ribosome.json");
    const { code, out } = await run(["validate", "--kind", "copick-config", file]);
    expect(out).toContain(`${file}: failed (copick config`);
    expect(code).toBe(1);
  });

  it("--croissant-profile spec-1.1 requires url and creator", async () => {
    const { code, out } = await run(["validate", "--croissant-profile", "spec-1.1", tiny("Croissant", "metadata.json")]);
    expect(out).toContain('Property "https://schema.org/url" is mandatory, but does not exist.');
    expect(code).toBe(1);
  });
});
