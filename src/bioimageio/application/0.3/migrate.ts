// application 0.2 -> 0.3 (bioimageio.spec generic/_v0_3_converter.py, which application 0.3 validates 0.2 documents with).
import type { ApplicationDescr as From } from "../../../../generated/types/bioimageio/application/0.2.js";
import type { ApplicationDescr as To } from "../../../../generated/types/bioimageio/application/0.3.js";
import type { MigrationContext } from "../../../engine/runtime/migration-types.js";
import { migrateGenericLike } from "../../generic/0.3/migrate-generic-like.js";

export function migrate(doc: From, context: MigrationContext): To {
  return migrateGenericLike(doc, context);
}
