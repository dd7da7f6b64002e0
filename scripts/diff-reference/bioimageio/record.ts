// Records the reference's answers for a folder of documents (the regression corpus of the harness): every
// description file under FOLDER, read and built by bioimageio.spec as `make diff-reference` does, written to
// FOLDER/REFERENCE.json as [{path, name, parse | discover + latest}], sorted by path. `make test` compares our
// answers with it without the reference (test/bioimageio/diff-reference.test.ts).
//
//   tsx scripts/diff-reference/bioimageio/record.ts FOLDER...
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSeeds } from "./generate.js";
import { Reference } from "./reference.js";
import { MODES } from "./verdict.js";

async function main(): Promise<number> {
  const folders = process.argv.slice(2);
  if (folders.length === 0) {
    console.error("usage: record.ts FOLDER...");
    return 2;
  }
  let reference: Reference;
  try {
    reference = Reference.start();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  for (const folder of folders) {
    const seeds = loadSeeds([folder], Number.POSITIVE_INFINITY, { keepUnreadable: true });
    const answers = await reference.ask(seeds.map((s) => ({ id: s.path, name: s.name, text: s.text, modes: MODES })));
    const entries = seeds.map((s, i) => {
      const { id: _id, ...answer } = answers[i] as (typeof answers)[number] & { id?: string };
      return { path: s.path, name: s.name, ...answer };
    });
    writeFileSync(join(folder, "REFERENCE.json"), JSON.stringify(entries, null, 1) + "\n");
    console.error(`${folder}: ${entries.length} documents recorded`);
  }
  reference.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
