// Part of the build (scripts/build.ts): tsc compiles the .ts files; the generated validators are already
// JavaScript (with .d.ts beside them) and are copied into dist/ at the same relative place.
import { copyFileSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

function copyTree(from: string, to: string): number {
  let copied = 0;
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) {
      copied += copyTree(source, target);
    } else if (name.endsWith(".js") || name.endsWith(".d.ts")) {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
      copied++;
    }
  }
  return copied;
}

/** Copies generated/**\/*.js and *.d.ts to dist/generated; returns how many files. */
export function copyGeneratedJs(): number {
  return copyTree("generated", join("dist", "generated"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.stdout.write(`copied ${copyGeneratedJs()} generated JavaScript files to dist/generated\n`);
}
