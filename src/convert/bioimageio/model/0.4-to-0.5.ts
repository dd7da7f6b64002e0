// Model 0.4 -> 0.5 (the reference's `_convert_from_older_format` in model/v0_5.py) is issue 4 and not written
// yet. Until then the step refuses, so that no caller mistakes an unconverted document for a 0.5 one.
import type { ModelDescr as ModelDescr04 } from "../../../../generated/types/bioimageio/model/0.4.js";
import type { ModelDescr as ModelDescr05 } from "../../../../generated/types/bioimageio/model/0.5.js";
import { type MigrationContext, MigrationError } from "../../../runtime/migration-types.js";

export function migrate(doc: ModelDescr04, context: MigrationContext): ModelDescr05 {
  void doc;
  void context;
  throw new MigrationError([], "model 0.4 -> 0.5 conversion is not implemented yet");
}
