// generated from specs/ by codegen - do not edit
import type { MigrationContext, MigrationStep } from "../src/runtime/migration-types.js";
import { runMigrationChain } from "../src/runtime/migration-chain.js";
import type { ModelDescr as BioimageioModelV0_4 } from "./types/bioimageio/model/0.4.js";
import type { ModelDescr as BioimageioModelV0_5 } from "./types/bioimageio/model/0.5.js";
import { migrate as bioimageioModel04To05 } from "../src/convert/bioimageio/model/0.4-to-0.5.js";
/** Each step from one version of a type to the next, by `family/type`, oldest first. */
export const migrationSteps = {
  "bioimageio/model": [
    { from: "0.4", to: "0.5", run: bioimageioModel04To05 } satisfies MigrationStep<
      BioimageioModelV0_4,
      BioimageioModelV0_5
    >,
  ],
} as const;
/** Migrate a bioimageio/model document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioModel(
  doc: BioimageioModelV0_4,
  from: "0.4",
  to: "0.4",
  context?: MigrationContext,
): BioimageioModelV0_4;
/** Migrate a bioimageio/model document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioModel(
  doc: BioimageioModelV0_4,
  from: "0.4",
  to: "0.5" | "latest",
  context?: MigrationContext,
): BioimageioModelV0_5;
/** Migrate a bioimageio/model document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioModel(
  doc: BioimageioModelV0_5,
  from: "0.5",
  to: "0.5" | "latest",
  context?: MigrationContext,
): BioimageioModelV0_5;
export function migrateBioimageioModel(doc: unknown, from: string, to: string, context?: MigrationContext): unknown {
  return runMigrationChain(migrationSteps["bioimageio/model"], doc, from, to, context);
}
