// `make refresh-data SPDX=<file or URL> [TAGS=<file or URL>]`: replace the data the bioimage.io rules read
// (specs/bioimageio/data) with a newer SPDX license list (the JSON of github.com/spdx/license-list-data,
// json/licenses.json) and/or tag categories (bioimageio.spec's static/tag_categories.json), then regenerate.
import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "../src/engine/node/atomic-write.js";

async function readJson(source: string): Promise<unknown> {
  const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : await readFile(source, "utf8");
  return JSON.parse(text);
}

function checkSpdx(data: unknown): void {
  const licenses = (data as { licenses?: unknown }).licenses;
  if (
    !Array.isArray(licenses) ||
    licenses.length === 0 ||
    !licenses.every((l) => typeof l?.licenseId === "string" && typeof l?.isDeprecatedLicenseId === "boolean")
  ) {
    throw new Error("not an SPDX license list: expected {licenses: [{licenseId, isDeprecatedLicenseId, ...}, ...]}");
  }
}

function checkTags(data: unknown): void {
  const ok =
    typeof data === "object" &&
    data !== null &&
    Object.values(data).every((categories) => typeof categories === "object" && categories !== null);
  if (!ok) {
    throw new Error("not tag categories: expected {type: {category: [tags]}}");
  }
}

async function refresh(source: string | undefined, target: string, check: (data: unknown) => void): Promise<void> {
  if (source === undefined || source === "") {
    return;
  }
  const data = await readJson(source);
  check(data);
  await writeFileAtomic(target, `${JSON.stringify(data, null, 2)}\n`);
  process.stdout.write(`wrote ${target} from ${source}\n`);
}

const [spdx, tags] = process.argv.slice(2);
try {
  await refresh(spdx, "specs/bioimageio/data/spdx-licenses.json", checkSpdx);
  await refresh(tags, "specs/bioimageio/data/tag-categories.json", checkTags);
} catch (error) {
  process.stderr.write(`refresh-data: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
