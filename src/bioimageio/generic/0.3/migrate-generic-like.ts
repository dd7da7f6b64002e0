// What the 0.2 -> 0.3 migrations of generic, application, dataset and notebook share (bioimageio.spec
// generic/_v0_3_converter.py, `_remove_version_number` of generic/v0_3.py): applied to a valid 0.2.4 document.
import type { DatasetDescr as V02 } from "../../../../generated/types/bioimageio/dataset/0.2.js";
import type { DatasetDescr as V03 } from "../../../../generated/types/bioimageio/dataset/0.3.js";
import { cleanName } from "./prepare.js";
import { type MigrationContext, MigrationError } from "../../../engine/runtime/migration-types.js";

/** Characters other than letters, digits, `_+- ()` become spaces; at most 128 characters. */
export function nameV0_3(name: string, context: MigrationContext): string {
  const cleaned = cleanName(name);
  if (cleaned !== name) {
    context.note(["name"], `'${name}' became '${cleaned}' (format 0.3 names allow letters, digits, _+- () and 128 characters)`);
  }
  return cleaned;
}

/** `attachments: {files: [...]}` -> `[{source}, ...]`; other keys of the 0.2 attachments are not kept. */
export function attachmentsV0_3(attachments: V02["attachments"], context: MigrationContext): NonNullable<V03["attachments"]> {
  if (!attachments) {
    return [];
  }
  const { files = [], ...others } = attachments;
  if (Object.keys(others).length > 0) {
    context.note(["attachments"], `dropped ${Object.keys(others).join(", ")}: format 0.3 attachments are a list of files`);
  }
  return files.map((source) => ({ source }));
}

/** Format 0.3 `config.bioimageio` must be a mapping; format 0.2 allowed any value there. */
export function configV0_3(config: V02["config"]): NonNullable<V03["config"]> {
  const bioimageio: unknown = config?.bioimageio;
  if (bioimageio !== undefined && (typeof bioimageio !== "object" || bioimageio === null || Array.isArray(bioimageio))) {
    throw new MigrationError(["config", "bioimageio"], "config.bioimageio must be a mapping in format 0.3");
  }
  return config ?? {};
}

/** The deprecated `version_number` becomes the `version` when none is given. */
export function versionV0_3(doc: Pick<V02, "version" | "version_number">, context: MigrationContext): NonNullable<V03["version"]> | null {
  if ((doc.version === undefined || doc.version === null) && doc.version_number !== undefined && doc.version_number !== null) {
    context.note(["version_number"], "moved to version");
    return doc.version_number;
  }
  if (doc.version_number !== undefined && doc.version_number !== null) {
    context.note(["version_number"], "dropped: version is given");
  }
  return doc.version ?? null;
}

/** Notes the fields format 0.3 no longer has, and covers it cannot take. */
export function noteDropped(doc: Pick<V02, "download_url" | "rdf_source" | "covers">, context: MigrationContext): void {
  for (const field of ["download_url", "rdf_source"] as const) {
    if (doc[field] !== undefined && doc[field] !== null) {
      context.note([field], "dropped (not part of format 0.3)");
    }
  }
  (doc.covers ?? []).forEach((cover, i) => {
    if (/\.tiff?$/i.test(cover)) {
      context.note(
        ["covers", i],
        "TIFF covers are not valid in format 0.3: convert it to PNG (the reference does when it can read the image)",
      );
    }
  });
}

/** The 0.2 fields every generic-like description shares (generic, application, notebook). */
type GenericLikeV02 = Pick<
  V02,
  "download_url" | "rdf_source" | "version_number" | "attachments" | "config" | "name" | "version" | "covers"
> & {
  readonly type?: string;
};

/**
 * The whole 0.2 -> 0.3 step of generic, application and notebook (generic/_v0_3_converter.py): dropped fields
 * noted, name cleaned, attachments as file descriptions, version from version_number; `type` as given, or
 * `defaultType` where 0.2 let it be implied.
 */
export function migrateGenericLike<T extends GenericLikeV02>(doc: T, context: MigrationContext, defaultType = "generic") {
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
    format_version: "0.3.0" as const,
    type: type ?? defaultType,
  };
}
