// main.ts reads a well-formed `validate` line itself (without commander); it must read it exactly as commander
// does, and leave every other line to commander.
import { describe, expect, test } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { readValidateArgs, VALIDATE_OPTION_NAMES } from "../../src/cli/validate-args.js";

/** What commander hands the validate action for `argv`, or "error" when it refuses the line. */
async function commanderReads(argv: readonly string[]): Promise<{ files: string[]; flags: Record<string, unknown> } | "error"> {
  const program = buildProgram(argv);
  program.configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  program.commands.forEach((command) => command.exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined }));
  let read: { files: string[]; flags: Record<string, unknown> } | undefined;
  program.commands
    .find((command) => command.name() === "validate")
    ?.action((files: string[], flags: Record<string, unknown>) => {
      read = { files, flags: { ...flags } };
    });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch {
    return "error";
  }
  return read ?? "error";
}

const READ_HERE: readonly (readonly string[])[] = [
  ["validate", "a.yaml"],
  ["validate", "a.yaml", "b.json", "c.csv"],
  ["validate", "--json", "a.yaml"],
  ["validate", "a.yaml", "--json"],
  ["validate", "--format-version", "latest", "a.yaml"],
  ["validate", "--format-version=0.5", "a.yaml"],
  ["validate", "--format-version", "0.4.9", "a.yaml", "--warning-level", "warning"],
  ["validate", "--warning-level=info", "a.yaml"],
  ["validate", "--kind", "fractal-manifest", "m.json"],
  ["validate", "--strict", "--collection", "--package-root", "pkg", "m.json"],
  ["validate", "--no-io-checks", "a.yaml"],
  ["validate", "--io-checks", "a.yaml"],
  ["validate", "--io-checks", "--no-io-checks", "a.yaml"],
  ["validate", "--no-io-checks", "--io-checks", "a.yaml"],
  ["validate", "--croissant-profile", "spec-1.1", "metadata.json"],
  ["validate", "--json", "--json", "a.yaml"],
  ["validate", "--kind", "any-name", "a.yaml"],
  ["validate", "--jobs", "4", "a.yaml", "b.yaml"],
  ["validate", "--jobs=auto", "a.yaml"],
  ["validate", "a.yaml", "--jobs", "0", "--json"],
  ["validate", "--format", "github", "a.yaml"],
  ["validate", "--format=json", "a.yaml", "b.yaml"],
  ["validate", "--json", "--format", "text", "a.yaml"],
  ["validate", "--summary", "report.md", "a.yaml"],
  ["validate", "--summary", "a.md", "--summary=b.json", "a.yaml", "--summary", "c.html"],
  ["validate", "--shard", "2/3", "a.yaml", "b.yaml"],
  ["validate", "--shard=1/1", "a.yaml"],
];

const LEFT_TO_COMMANDER: readonly (readonly string[])[] = [
  ["validate"],
  ["validate", "--help"],
  ["validate", "-h"],
  ["validate", "--json"],
  ["validate", "--", "--json"],
  ["validate", "--unknown", "a.yaml"],
  ["validate", "--format-version", "0.x", "a.yaml"],
  ["validate", "--warning-level", "loud", "a.yaml"],
  ["validate", "--croissant-profile", "other", "a.yaml"],
  ["validate", "--shard", "0/3", "a.yaml"],
  ["validate", "--shard", "4/3", "a.yaml"],
  ["validate", "--shard", "1", "a.yaml"],
  ["validate", "--format", "xml", "a.yaml"],
  ["validate", "a.yaml", "--summary"],
  ["validate", "a.yaml", "--format-version"],
  ["validate", "--kind", "--json", "a.yaml"],
  ["validate", "--json=yes", "a.yaml"],
  ["validate", "-", "a.yaml"],
  ["validate", "--jobs", "many", "a.yaml"],
  ["validate", "--jobs", "-1", "a.yaml"],
  ["validate", "--jobs", "a.yaml"],
  ["package", "a.yaml", "out.zip"],
  ["--version"],
  [],
];

describe("readValidateArgs", () => {
  test("takes exactly the options commander declares for validate", () => {
    const validate = buildProgram(["validate"]).commands.find((command) => command.name() === "validate");
    expect([...VALIDATE_OPTION_NAMES].sort()).toEqual((validate?.options ?? []).map((option) => option.long ?? "").sort());
  });

  test.each(READ_HERE)("reads %j as commander does", async (...argv) => {
    const fast = readValidateArgs(argv);
    expect(fast).toBeDefined();
    expect(fast).toEqual(await commanderReads(argv));
  });

  test.each(LEFT_TO_COMMANDER)("leaves %j to commander", (...argv) => {
    expect(readValidateArgs(argv)).toBeUndefined();
  });
});
