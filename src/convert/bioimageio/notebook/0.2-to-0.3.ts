// notebook 0.2 -> 0.3 (bioimageio.spec generic/_v0_3_converter.py, which notebook 0.3 validates 0.2 documents with).
import type { NotebookDescr as From } from "../../../../generated/types/bioimageio/notebook/0.2.js";
import type { NotebookDescr as To } from "../../../../generated/types/bioimageio/notebook/0.3.js";
import type { MigrationContext } from "../../../runtime/migration-types.js";
import { migrateGenericLike } from "../v0_2-to-v0_3.js";

export function migrate(doc: From, context: MigrationContext): To {
  return migrateGenericLike(doc, context);
}
