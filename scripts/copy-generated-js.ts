// Part of `make build`: tsc compiles the .ts files; the generated validators are already JavaScript
// (with .d.ts beside them) and are copied into dist/ at the same relative place.
import { copyFileSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

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

const copied = copyTree("generated", join("dist", "generated"));
process.stdout.write(`copied ${copied} generated JavaScript files to dist/generated\n`);
