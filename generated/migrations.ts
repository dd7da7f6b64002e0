// generated from specs/ by codegen - do not edit
import type { MigrationContext, MigrationStep } from "../src/engine/runtime/migration-types.js";
import { runMigrationChain } from "../src/engine/runtime/migration-chain.js";
import type { ApplicationDescr as BioimageioApplicationV0_2 } from "./types/bioimageio/application/0.2.js";
import type { ApplicationDescr as BioimageioApplicationV0_3 } from "./types/bioimageio/application/0.3.js";
import type { DatasetDescr as BioimageioDatasetV0_2 } from "./types/bioimageio/dataset/0.2.js";
import type { DatasetDescr as BioimageioDatasetV0_3 } from "./types/bioimageio/dataset/0.3.js";
import type { GenericDescr as BioimageioGenericV0_2 } from "./types/bioimageio/generic/0.2.js";
import type { GenericDescr as BioimageioGenericV0_3 } from "./types/bioimageio/generic/0.3.js";
import type { ModelDescr as BioimageioModelV0_4 } from "./types/bioimageio/model/0.4.js";
import type { ModelDescr as BioimageioModelV0_5 } from "./types/bioimageio/model/0.5.js";
import type { NotebookDescr as BioimageioNotebookV0_2 } from "./types/bioimageio/notebook/0.2.js";
import type { NotebookDescr as BioimageioNotebookV0_3 } from "./types/bioimageio/notebook/0.3.js";
import { migrate as bioimageioApplication02To03 } from "../src/bioimageio/application/0.3/migrate.js";
import { migrate as bioimageioDataset02To03 } from "../src/bioimageio/dataset/0.3/migrate.js";
import { migrate as bioimageioGeneric02To03 } from "../src/bioimageio/generic/0.3/migrate.js";
import { migrate as bioimageioModel04To05 } from "../src/bioimageio/model/0.5/migrate.js";
import { migrate as bioimageioNotebook02To03 } from "../src/bioimageio/notebook/0.3/migrate.js";
/** Each step from one version of a type to the next, by `family/type`, oldest first. */
export const migrationSteps = {
  "bioimageio/application": [
    { from: "0.2", to: "0.3", run: bioimageioApplication02To03 } satisfies MigrationStep<
      BioimageioApplicationV0_2,
      BioimageioApplicationV0_3
    >,
  ],
  "bioimageio/dataset": [
    { from: "0.2", to: "0.3", run: bioimageioDataset02To03 } satisfies MigrationStep<
      BioimageioDatasetV0_2,
      BioimageioDatasetV0_3
    >,
  ],
  "bioimageio/generic": [
    { from: "0.2", to: "0.3", run: bioimageioGeneric02To03 } satisfies MigrationStep<
      BioimageioGenericV0_2,
      BioimageioGenericV0_3
    >,
  ],
  "bioimageio/model": [
    { from: "0.4", to: "0.5", run: bioimageioModel04To05 } satisfies MigrationStep<
      BioimageioModelV0_4,
      BioimageioModelV0_5
    >,
  ],
  "bioimageio/notebook": [
    { from: "0.2", to: "0.3", run: bioimageioNotebook02To03 } satisfies MigrationStep<
      BioimageioNotebookV0_2,
      BioimageioNotebookV0_3
    >,
  ],
} as const;
/** Migrate a bioimageio/application document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioApplication(
  doc: BioimageioApplicationV0_2,
  from: "0.2",
  to: "0.2",
  context?: MigrationContext,
): BioimageioApplicationV0_2;
/** Migrate a bioimageio/application document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioApplication(
  doc: BioimageioApplicationV0_2,
  from: "0.2",
  to: "0.3" | "latest",
  context?: MigrationContext,
): BioimageioApplicationV0_3;
/** Migrate a bioimageio/application document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioApplication(
  doc: BioimageioApplicationV0_3,
  from: "0.3",
  to: "0.3" | "latest",
  context?: MigrationContext,
): BioimageioApplicationV0_3;
export function migrateBioimageioApplication(
  doc: unknown,
  from: string,
  to: string,
  context?: MigrationContext,
): unknown {
  return runMigrationChain(migrationSteps["bioimageio/application"], doc, from, to, context);
}
/** Migrate a bioimageio/dataset document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioDataset(
  doc: BioimageioDatasetV0_2,
  from: "0.2",
  to: "0.2",
  context?: MigrationContext,
): BioimageioDatasetV0_2;
/** Migrate a bioimageio/dataset document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioDataset(
  doc: BioimageioDatasetV0_2,
  from: "0.2",
  to: "0.3" | "latest",
  context?: MigrationContext,
): BioimageioDatasetV0_3;
/** Migrate a bioimageio/dataset document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioDataset(
  doc: BioimageioDatasetV0_3,
  from: "0.3",
  to: "0.3" | "latest",
  context?: MigrationContext,
): BioimageioDatasetV0_3;
export function migrateBioimageioDataset(doc: unknown, from: string, to: string, context?: MigrationContext): unknown {
  return runMigrationChain(migrationSteps["bioimageio/dataset"], doc, from, to, context);
}
/** Migrate a bioimageio/generic document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioGeneric(
  doc: BioimageioGenericV0_2,
  from: "0.2",
  to: "0.2",
  context?: MigrationContext,
): BioimageioGenericV0_2;
/** Migrate a bioimageio/generic document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioGeneric(
  doc: BioimageioGenericV0_2,
  from: "0.2",
  to: "0.3" | "latest",
  context?: MigrationContext,
): BioimageioGenericV0_3;
/** Migrate a bioimageio/generic document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioGeneric(
  doc: BioimageioGenericV0_3,
  from: "0.3",
  to: "0.3" | "latest",
  context?: MigrationContext,
): BioimageioGenericV0_3;
export function migrateBioimageioGeneric(doc: unknown, from: string, to: string, context?: MigrationContext): unknown {
  return runMigrationChain(migrationSteps["bioimageio/generic"], doc, from, to, context);
}
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
/** Migrate a bioimageio/notebook document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioNotebook(
  doc: BioimageioNotebookV0_2,
  from: "0.2",
  to: "0.2",
  context?: MigrationContext,
): BioimageioNotebookV0_2;
/** Migrate a bioimageio/notebook document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioNotebook(
  doc: BioimageioNotebookV0_2,
  from: "0.2",
  to: "0.3" | "latest",
  context?: MigrationContext,
): BioimageioNotebookV0_3;
/** Migrate a bioimageio/notebook document from its version to a later one (or "latest"), typed from input to output version. */
export function migrateBioimageioNotebook(
  doc: BioimageioNotebookV0_3,
  from: "0.3",
  to: "0.3" | "latest",
  context?: MigrationContext,
): BioimageioNotebookV0_3;
export function migrateBioimageioNotebook(doc: unknown, from: string, to: string, context?: MigrationContext): unknown {
  return runMigrationChain(migrationSteps["bioimageio/notebook"], doc, from, to, context);
}
