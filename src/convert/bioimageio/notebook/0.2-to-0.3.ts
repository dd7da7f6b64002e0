// notebook 0.2 -> 0.3 (bioimageio.spec generic/_v0_3_converter.py, which notebook 0.3 validates 0.2 documents with).
import type { NotebookDescr as From } from "../../../../generated/types/bioimageio/notebook/0.2.js";
import type { NotebookDescr as To } from "../../../../generated/types/bioimageio/notebook/0.3.js";
import type { MigrationContext } from "../../../runtime/migration-types.js";
import { attachmentsV0_3, configV0_3, nameV0_3, noteDropped, versionV0_3 } from "../v0_2-to-v0_3.js";

export function migrate(doc: From, context: MigrationContext): To {
  const {
    download_url: _downloadUrl,
    rdf_source: _rdfSource,
    version_number: _versionNumber,
    attachments,
    config,
    name,
    type,
    ...kept
  } = doc;
  noteDropped(doc, context);
  return {
    ...kept,
    name: nameV0_3(name, context),
    attachments: attachmentsV0_3(attachments, context),
    config: configV0_3(config),
    version: versionV0_3(doc, context),
    format_version: "0.3.0",
    type: type,
  };
}
