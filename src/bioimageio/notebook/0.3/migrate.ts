// notebook 0.2 -> 0.3 (bioimageio.spec generic/_v0_3_converter.py, which notebook 0.3 validates 0.2 documents with).
import type { NotebookDescr as From } from "../../../../generated/types/bioimageio/notebook/0.2.js";
import type { NotebookDescr as To } from "../../../../generated/types/bioimageio/notebook/0.3.js";
import type { MigrationContext } from "../../../engine/runtime/migration-types.js";
import { migrateGenericLike } from "../../generic/0.3/migrate-generic-like.js";

export function migrate(doc: From, context: MigrationContext): To {
  return migrateGenericLike(doc, context);
}
