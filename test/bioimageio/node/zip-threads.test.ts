// The zip threads of a packaging: started ahead for a source (the CLI) and taken over by its packaging, started only
// for folders with big files.
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { startZipThreadsAhead, zipThreadsFor } from "../../../src/bioimageio/node/zip-threads.js";
import { ZIP_CHUNK } from "../../../src/engine/node/zip-writer.js";

function folder(weightsBytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-zip-threads-"));
  writeFileSync(join(dir, "rdf.yaml"), "type: model\n");
  writeFileSync(join(dir, "weights.onnx"), "");
  truncateSync(join(dir, "weights.onnx"), weightsBytes); // sparse: only its size matters
  return dir;
}

describe("zip threads", () => {
  test("a folder with a file of four chunks or more gets threads; smaller files, URLs and missing folders none", async () => {
    const big = zipThreadsFor(join(folder(4 * ZIP_CHUNK), "rdf.yaml"));
    expect(big?.threads).toBeGreaterThan(0);
    await big?.close();
    expect(zipThreadsFor(join(folder(4 * ZIP_CHUNK - 1), "rdf.yaml"))).toBeUndefined();
    expect(zipThreadsFor("https://example.org/rdf.yaml")).toBeUndefined();
    expect(zipThreadsFor(join(tmpdir(), "no-such-folder-for-zip-threads", "rdf.yaml"))).toBeUndefined();
  });

  test("threads started ahead go to the packaging of that source, once", async () => {
    const source = join(folder(8 * ZIP_CHUNK), "rdf.yaml");
    const other = join(folder(8 * ZIP_CHUNK), "rdf.yaml");
    startZipThreadsAhead(source);
    const fresh = zipThreadsFor(other); // not the ones started for `source`
    const ahead = zipThreadsFor(source);
    const again = zipThreadsFor(source);
    expect(ahead).toBeDefined();
    expect(new Set([fresh, ahead, again]).size).toBe(3);
    await Promise.all([fresh, ahead, again].map((pool) => pool?.close()));
  });
});
