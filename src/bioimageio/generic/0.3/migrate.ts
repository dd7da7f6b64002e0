// generic 0.2 -> 0.3 (bioimageio.spec generic/_v0_3_converter.py, which generic 0.3 validates 0.2 documents with).
import type { GenericDescr as From } from "../../../../generated/types/bioimageio/generic/0.2.js";
import type { GenericDescr as To } from "../../../../generated/types/bioimageio/generic/0.3.js";
import type { MigrationContext } from "../../../engine/runtime/migration-types.js";
import { migrateGenericLike } from "./migrate-generic-like.js";

export function migrate(doc: From, context: MigrationContext): To {
  return migrateGenericLike(doc, context);
}
