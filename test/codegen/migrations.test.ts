// The migration chain is typed: a missing body or a body of the wrong signature does not compile,
// and the generated function composes the steps.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { collectingContext } from "../../src/engine/runtime/migration-chain.js";
import { FIXTURE_LAYOUT, generateFixture, REPO, writeGenerated } from "../helpers/fixture-codegen.js";
import { typecheck } from "../helpers/typecheck.js";

describe("generated migration chain", async () => {
  test("fails to typecheck when a step's body is missing", async () => {
    const layout = { ...FIXTURE_LAYOUT, generatedDir: "test/.tmp/missing-body/generated", familiesDir: "test/.tmp/missing-body/families" };
    const dir = writeGenerated(await generateFixture(layout), layout);
    const errors = typecheck([join(dir, "migrations.ts")]);
    expect(errors.join("\n")).toMatch(/1\.1\/migrate\.js/);
  });

  test("fails to typecheck when a body returns the wrong version", async () => {
    const layout = { ...FIXTURE_LAYOUT, generatedDir: "test/.tmp/wrong-body/generated", familiesDir: "test/.tmp/wrong-body/families" };
    const dir = writeGenerated(await generateFixture(layout), layout);
    const body = join(REPO, layout.familiesDir, "demo/widget/1.1/migrate.ts");
    mkdirSync(dirname(body), { recursive: true });
    writeFileSync(
      body,
      [
        'import type { WidgetDescr as From } from "../../../../generated/types/demo/widget/1.0.js";',
        "export function migrate(doc: From): From {",
        "  return doc;",
        "}",
        "",
      ].join("\n"),
    );
    const errors = typecheck([join(dir, "migrations.ts")]);
    expect(errors.join("\n")).toMatch(/satisf|not assignable/);
  });

  test("composes the steps and records the notes", async () => {
    writeGenerated(await generateFixture());
    const { migrateDemoWidget } = await import(join(REPO, FIXTURE_LAYOUT.generatedDir, "migrations.ts"));
    const context = collectingContext();
    const out = migrateDemoWidget({ format_version: "1.0.2", name: "w", color: "red" }, "1.0", "latest", context);
    expect(out).toEqual({ format_version: "1.1.0", name: "w", shapes: [], colors: ["red"] });
    expect(context.notes).toEqual([{ loc: ["color"], msg: "moved into colors" }]);
    const same = { format_version: "1.1.0", name: "w", shapes: [] };
    expect(migrateDemoWidget(same, "1.1", "latest")).toBe(same);
  });
});
