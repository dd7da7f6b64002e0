// Every command's --help has a description and examples; a mistyped command gets a suggestion.
import type { Command } from "commander";
import { expect, test } from "vitest";
import { buildProgram, suggestCommand } from "../../src/cli/program.js";
import { runMain } from "../helpers/cli-process.js";

function commandPaths(command: Command, prefix: readonly string[] = []): string[][] {
  return command.commands
    .filter((sub) => sub.name() !== "help")
    .flatMap((sub) => [[...prefix, sub.name()], ...commandPaths(sub, [...prefix, sub.name()])]);
}

const PATHS = commandPaths(buildProgram());

test("the commands are the documented ones", () => {
  expect(PATHS.map((path) => path.join(" "))).toEqual([
    "validate",
    "package",
    "update-hashes",
    "update-format",
    "codegen",
    "copick",
    "copick export",
    "copick splits",
    "copick splits list",
    "copick splits set",
    "copick splits clear",
    "merge-summaries",
    "lsp",
  ]);
});

test.each([[], ...PATHS])("bioimage-specs %s --help: a description and examples", async (...path) => {
  const { code, stdout } = await runMain([...path, "--help"]);
  expect(code).toBe(0);
  const [usage, , description] = stdout.split("\n");
  expect(usage).toMatch(/^Usage: bioimage-specs/);
  expect(description?.length ?? 0).toBeGreaterThan(10);
  expect(stdout).toMatch(/\nExamples:\n {2}\$ bioimage-specs \S/);
});

test.each([
  ["validate-format", "validate"],
  ["valdiate", "validate"],
  ["pakage", "package"],
  ["update-hash", "update-hashes"],
  ["updateformat", "update-format"],
  ["copik", "copick"],
  ["frobnicate", undefined],
])("%s: did you mean %s?", async (typed, meant) => {
  expect(suggestCommand(typed)).toBe(meant);
  const { code, stderr } = await runMain([typed, "x"]);
  expect(code).toBe(2);
  expect(stderr).toBe(
    `bioimage-specs: unknown command '${typed}'${meant ? ` (did you mean '${meant}'?)` : ""}; see bioimage-specs --help\n`,
  );
});
