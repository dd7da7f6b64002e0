// dataset 0.2 -> 0.3 (bioimageio.spec dataset/v0_3.py `DatasetDescr._convert`): the document is rebuilt from the
// fields it keeps, so `id_emoji` and `version_number` are not carried over, then converted like any 0.2 document.
import type { DatasetDescr as From } from "../../../../generated/types/bioimageio/dataset/0.2.js";
import type { DatasetDescr as To } from "../../../../generated/types/bioimageio/dataset/0.3.js";
import type { MigrationContext } from "../../../engine/runtime/migration-types.js";
import { attachmentsV0_3, configV0_3, nameV0_3, noteDropped } from "../../generic/0.3/migrate-generic-like.js";

export function migrate(doc: From, context: MigrationContext): To {
  const {
    download_url: _downloadUrl,
    rdf_source: _rdfSource,
    version_number: versionNumber,
    id_emoji: idEmoji,
    attachments,
    config,
    name,
    ...kept
  } = doc;
  noteDropped(doc, context);
  if (idEmoji !== undefined && idEmoji !== null) {
    context.note(["id_emoji"], "dropped (the reference's dataset conversion does not keep it)");
  }
  if (versionNumber !== undefined && versionNumber !== null) {
    context.note(["version_number"], "dropped (the reference's dataset conversion does not keep it)");
  }
  return {
    ...kept,
    name: nameV0_3(name, context),
    attachments: attachmentsV0_3(attachments, context),
    config: configV0_3(config),
    format_version: "0.3.0",
  };
}
