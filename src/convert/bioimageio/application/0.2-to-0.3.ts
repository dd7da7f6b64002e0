// application 0.2 -> 0.3 (bioimageio.spec generic/_v0_3_converter.py, which application 0.3 validates 0.2 documents with).
import type { ApplicationDescr as From } from "../../../../generated/types/bioimageio/application/0.2.js";
import type { ApplicationDescr as To } from "../../../../generated/types/bioimageio/application/0.3.js";
import type { MigrationContext } from "../../../runtime/migration-types.js";
import { migrateGenericLike } from "../v0_2-to-v0_3.js";

export function migrate(doc: From, context: MigrationContext): To {
  return migrateGenericLike(doc, context);
}
