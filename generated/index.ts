// generated from specs/ by codegen - do not edit
import type { SpecEntry } from "../src/engine/runtime/spec-registry-types.js";
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
import type { CdpPickRecord as CopickCdpPickV1_27 } from "./types/copick/cdp-pick/1.27.js";
import type { CopickConfig as CopickConfigV1_27 } from "./types/copick/config/1.27.js";
import type { CopickCroissantMetadata as CopickCroissantMetadataV1_27 } from "./types/copick/croissant-metadata/1.27.js";
import type { FeaturesRow as CopickFeaturesRowV1_27 } from "./types/copick/features-row/1.27.js";
import type { MeshesRow as CopickMeshesRowV1_27 } from "./types/copick/meshes-row/1.27.js";
import type { ObjectsRow as CopickObjectsRowV1_27 } from "./types/copick/objects-row/1.27.js";
import type { CopickPicksFile as CopickPicksV1_27 } from "./types/copick/picks/1.27.js";
import type { PicksRow as CopickPicksRowV1_27 } from "./types/copick/picks-row/1.27.js";
import type { RunsRow as CopickRunsRowV1_27 } from "./types/copick/runs-row/1.27.js";
import type { SegmentationsRow as CopickSegmentationsRowV1_27 } from "./types/copick/segmentations-row/1.27.js";
import type { TomogramsRow as CopickTomogramsRowV1_27 } from "./types/copick/tomograms-row/1.27.js";
import type { VoxelSpacingsRow as CopickVoxelSpacingsRowV1_27 } from "./types/copick/voxel-spacings-row/1.27.js";
import type { ManifestV1 as FractalManifestV1 } from "./types/fractal/manifest/1.js";
import type { ManifestV2 as FractalManifestV2 } from "./types/fractal/manifest/2.js";

/** The document type of every spec, by `family/type/version`. */
export interface SpecTypes {
  readonly "bioimageio/application/0.2": BioimageioApplicationV0_2;
  readonly "bioimageio/application/0.3": BioimageioApplicationV0_3;
  readonly "bioimageio/dataset/0.2": BioimageioDatasetV0_2;
  readonly "bioimageio/dataset/0.3": BioimageioDatasetV0_3;
  readonly "bioimageio/generic/0.2": BioimageioGenericV0_2;
  readonly "bioimageio/generic/0.3": BioimageioGenericV0_3;
  readonly "bioimageio/model/0.4": BioimageioModelV0_4;
  readonly "bioimageio/model/0.5": BioimageioModelV0_5;
  readonly "bioimageio/notebook/0.2": BioimageioNotebookV0_2;
  readonly "bioimageio/notebook/0.3": BioimageioNotebookV0_3;
  readonly "copick/cdp-pick/1.27": CopickCdpPickV1_27;
  readonly "copick/config/1.27": CopickConfigV1_27;
  readonly "copick/croissant-metadata/1.27": CopickCroissantMetadataV1_27;
  readonly "copick/features-row/1.27": CopickFeaturesRowV1_27;
  readonly "copick/meshes-row/1.27": CopickMeshesRowV1_27;
  readonly "copick/objects-row/1.27": CopickObjectsRowV1_27;
  readonly "copick/picks/1.27": CopickPicksV1_27;
  readonly "copick/picks-row/1.27": CopickPicksRowV1_27;
  readonly "copick/runs-row/1.27": CopickRunsRowV1_27;
  readonly "copick/segmentations-row/1.27": CopickSegmentationsRowV1_27;
  readonly "copick/tomograms-row/1.27": CopickTomogramsRowV1_27;
  readonly "copick/voxel-spacings-row/1.27": CopickVoxelSpacingsRowV1_27;
  readonly "fractal/manifest/1": FractalManifestV1;
  readonly "fractal/manifest/2": FractalManifestV2;
}

/** `family/type/version` of every spec. */
export type SpecKey = keyof SpecTypes;
/** Every spec: metadata, its unions (for the reference's `loc`), and its validator and field tree, loaded on demand. */
export const specs: { readonly [K in SpecKey]: SpecEntry<SpecTypes[K], K> } = {
  "bioimageio/application/0.2": {
    key: "bioimageio/application/0.2",
    family: "bioimageio",
    type: "application",
    version: "0.2",
    formatVersion: "0.2.4",
    id: "https://bioimage-specs.org/specs/bioimageio/application/0.2.json",
    specPath: "specs/bioimageio/application/0.2.json",
    typeName: "ApplicationDescr",
    unions: [
      {
        path: ["icon"],
        kind: "branch",
        branches: [
          { tag: "constrained-str", schemaPrefixes: ["#/properties/icon/anyOf/0/"] },
          {
            tag: "union[function-after[HttpUrl(), str],RelativeFilePath,function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]",
            schemaPrefixes: [
              "#/properties/icon/anyOf/1/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/RelativeFilePath/",
            ],
          },
        ],
      },
      {
        path: ["version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["badges", "[]", "icon"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[wo_special_file_name(), union[function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]],RelativeFilePath]]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/0/", "#/$defs/RelativeFilePath/"],
          },
          {
            tag: "function-after[HttpUrl(), str]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/1/", "#/$defs/HttpUrl/"],
          },
          {
            tag: "function-wrap[wrap_val()]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/2/", "#/$defs/PydanticHttpUrl/"],
          },
        ],
      },
      {
        path: ["license"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[LicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/0/", "#/$defs/LicenseId/"],
          },
          {
            tag: "function-after[DeprecatedLicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/1/", "#/$defs/DeprecatedLicenseId/"],
          },
          { tag: "str", schemaPrefixes: ["#/properties/license/anyOf/2/"] },
        ],
      },
    ],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/name",
      "#/properties/id_emoji/anyOf/0",
      "#/properties/download_url/anyOf/0",
      "#/properties/icon/anyOf/0",
      "#/properties/format_version",
      "#/properties/type",
      "#/properties/id/anyOf/0",
      "#/$defs/BadgeDescr/properties/icon/anyOf/1",
      "#/$defs/BadgeDescr/properties/icon/anyOf/2",
      "#/$defs/BadgeDescr/properties/url",
      "#/$defs/CiteEntryV02/properties/doi/anyOf/0",
      "#/$defs/Doi",
      "#/$defs/FileSource/anyOf/0",
      "#/$defs/HttpUrl",
      "#/$defs/PydanticHttpUrl",
      "#/$defs/ResourceId",
    ],
    loadValidator: () => import("./validators/bioimageio/application/0.2.js"),
    loadFields: () => import("./fields/bioimageio/application/0.2.js"),
  },
  "bioimageio/application/0.3": {
    key: "bioimageio/application/0.3",
    family: "bioimageio",
    type: "application",
    version: "0.3",
    formatVersion: "0.3.0",
    id: "https://bioimage-specs.org/specs/bioimageio/application/0.3.json",
    specPath: "specs/bioimageio/application/0.3.json",
    typeName: "ApplicationDescr",
    unions: [
      {
        path: ["license"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[LicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/0/", "#/$defs/LicenseId/"],
          },
          {
            tag: "function-after[DeprecatedLicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/1/", "#/$defs/DeprecatedLicenseId/"],
          },
        ],
      },
      {
        path: ["icon"],
        kind: "branch",
        branches: [
          { tag: "constrained-str", schemaPrefixes: ["#/properties/icon/anyOf/0/"] },
          {
            tag: "function-after[wo_special_file_name(), union[function-after[HttpUrl(), str],RelativeFilePath,function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]]",
            schemaPrefixes: [
              "#/properties/icon/anyOf/1/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/RelativeFilePath/",
            ],
          },
        ],
      },
      {
        path: ["version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["badges", "[]", "icon"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[wo_special_file_name(), union[function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]],RelativeFilePath]]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/0/", "#/$defs/RelativeFilePath/"],
          },
          {
            tag: "function-after[HttpUrl(), str]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/1/", "#/$defs/HttpUrl/"],
          },
          {
            tag: "function-wrap[wrap_val()]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/2/", "#/$defs/PydanticHttpUrl/"],
          },
        ],
      },
    ],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/description",
      "#/properties/id_emoji/anyOf/0",
      "#/properties/git_repo/anyOf/0",
      "#/properties/icon/anyOf/0",
      "#/properties/version_comment/anyOf/0",
      "#/properties/format_version",
      "#/properties/type",
      "#/properties/id/anyOf/0",
      "#/properties/parent/anyOf/0",
      "#/$defs/BadgeDescr/properties/icon/anyOf/1",
      "#/$defs/BadgeDescr/properties/icon/anyOf/2",
      "#/$defs/BadgeDescr/properties/url",
      "#/$defs/CiteEntry/properties/doi/anyOf/0",
      "#/$defs/CiteEntry/properties/url/anyOf/0",
      "#/$defs/Doi",
      "#/$defs/FileDescr/properties/sha256/anyOf/0",
      "#/$defs/FileSource/anyOf/0",
      "#/$defs/HttpUrl",
      "#/$defs/PydanticHttpUrl",
      "#/$defs/ResourceId",
      "#/$defs/Sha256",
    ],
    loadValidator: () => import("./validators/bioimageio/application/0.3.js"),
    loadFields: () => import("./fields/bioimageio/application/0.3.js"),
  },
  "bioimageio/dataset/0.2": {
    key: "bioimageio/dataset/0.2",
    family: "bioimageio",
    type: "dataset",
    version: "0.2",
    formatVersion: "0.2.4",
    id: "https://bioimage-specs.org/specs/bioimageio/dataset/0.2.json",
    specPath: "specs/bioimageio/dataset/0.2.json",
    typeName: "DatasetDescr",
    unions: [
      {
        path: ["icon"],
        kind: "branch",
        branches: [
          { tag: "constrained-str", schemaPrefixes: ["#/properties/icon/anyOf/0/"] },
          {
            tag: "union[function-after[HttpUrl(), str],RelativeFilePath,function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]",
            schemaPrefixes: [
              "#/properties/icon/anyOf/1/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/RelativeFilePath/",
            ],
          },
        ],
      },
      {
        path: ["version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["badges", "[]", "icon"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[wo_special_file_name(), union[function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]],RelativeFilePath]]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/0/", "#/$defs/RelativeFilePath/"],
          },
          {
            tag: "function-after[HttpUrl(), str]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/1/", "#/$defs/HttpUrl/"],
          },
          {
            tag: "function-wrap[wrap_val()]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/2/", "#/$defs/PydanticHttpUrl/"],
          },
        ],
      },
      {
        path: ["license"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[LicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/0/", "#/$defs/LicenseId/"],
          },
          {
            tag: "function-after[DeprecatedLicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/1/", "#/$defs/DeprecatedLicenseId/"],
          },
          { tag: "str", schemaPrefixes: ["#/properties/license/anyOf/2/"] },
        ],
      },
    ],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/name",
      "#/properties/id_emoji/anyOf/0",
      "#/properties/download_url/anyOf/0",
      "#/properties/icon/anyOf/0",
      "#/properties/format_version",
      "#/properties/type",
      "#/properties/id/anyOf/0",
      "#/properties/source/anyOf/0",
      "#/$defs/BadgeDescr/properties/icon/anyOf/1",
      "#/$defs/BadgeDescr/properties/icon/anyOf/2",
      "#/$defs/BadgeDescr/properties/url",
      "#/$defs/CiteEntryV02/properties/doi/anyOf/0",
      "#/$defs/Doi",
      "#/$defs/FileSource/anyOf/0",
      "#/$defs/HttpUrl",
      "#/$defs/PydanticHttpUrl",
      "#/$defs/ResourceId",
    ],
    loadValidator: () => import("./validators/bioimageio/dataset/0.2.js"),
    loadFields: () => import("./fields/bioimageio/dataset/0.2.js"),
  },
  "bioimageio/dataset/0.3": {
    key: "bioimageio/dataset/0.3",
    family: "bioimageio",
    type: "dataset",
    version: "0.3",
    formatVersion: "0.3.0",
    id: "https://bioimage-specs.org/specs/bioimageio/dataset/0.3.json",
    specPath: "specs/bioimageio/dataset/0.3.json",
    typeName: "DatasetDescr",
    unions: [
      {
        path: ["license"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[LicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/0/", "#/$defs/LicenseId/"],
          },
          {
            tag: "function-after[DeprecatedLicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/1/", "#/$defs/DeprecatedLicenseId/"],
          },
        ],
      },
      {
        path: ["icon"],
        kind: "branch",
        branches: [
          { tag: "constrained-str", schemaPrefixes: ["#/properties/icon/anyOf/0/"] },
          {
            tag: "function-after[wo_special_file_name(), union[function-after[HttpUrl(), str],RelativeFilePath,function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]]",
            schemaPrefixes: [
              "#/properties/icon/anyOf/1/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/RelativeFilePath/",
            ],
          },
        ],
      },
      {
        path: ["version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["badges", "[]", "icon"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[wo_special_file_name(), union[function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]],RelativeFilePath]]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/0/", "#/$defs/RelativeFilePath/"],
          },
          {
            tag: "function-after[HttpUrl(), str]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/1/", "#/$defs/HttpUrl/"],
          },
          {
            tag: "function-wrap[wrap_val()]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/2/", "#/$defs/PydanticHttpUrl/"],
          },
        ],
      },
    ],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/description",
      "#/properties/id_emoji/anyOf/0",
      "#/properties/git_repo/anyOf/0",
      "#/properties/icon/anyOf/0",
      "#/properties/version_comment/anyOf/0",
      "#/properties/format_version",
      "#/properties/type",
      "#/properties/id/anyOf/0",
      "#/properties/parent/anyOf/0",
      "#/properties/source/anyOf/0",
      "#/$defs/BadgeDescr/properties/icon/anyOf/1",
      "#/$defs/BadgeDescr/properties/icon/anyOf/2",
      "#/$defs/BadgeDescr/properties/url",
      "#/$defs/CiteEntry/properties/doi/anyOf/0",
      "#/$defs/CiteEntry/properties/url/anyOf/0",
      "#/$defs/Doi",
      "#/$defs/FileDescr/properties/sha256/anyOf/0",
      "#/$defs/FileSource/anyOf/0",
      "#/$defs/HttpUrl",
      "#/$defs/PydanticHttpUrl",
      "#/$defs/ResourceId",
      "#/$defs/Sha256",
    ],
    loadValidator: () => import("./validators/bioimageio/dataset/0.3.js"),
    loadFields: () => import("./fields/bioimageio/dataset/0.3.js"),
  },
  "bioimageio/generic/0.2": {
    key: "bioimageio/generic/0.2",
    family: "bioimageio",
    type: "generic",
    version: "0.2",
    formatVersion: "0.2.4",
    id: "https://bioimage-specs.org/specs/bioimageio/generic/0.2.json",
    specPath: "specs/bioimageio/generic/0.2.json",
    typeName: "GenericDescr",
    unions: [
      {
        path: ["icon"],
        kind: "branch",
        branches: [
          { tag: "constrained-str", schemaPrefixes: ["#/properties/icon/anyOf/0/"] },
          {
            tag: "union[function-after[HttpUrl(), str],RelativeFilePath,function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]",
            schemaPrefixes: [
              "#/properties/icon/anyOf/1/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/RelativeFilePath/",
            ],
          },
        ],
      },
      {
        path: ["version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["badges", "[]", "icon"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[wo_special_file_name(), union[function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]],RelativeFilePath]]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/0/", "#/$defs/RelativeFilePath/"],
          },
          {
            tag: "function-after[HttpUrl(), str]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/1/", "#/$defs/HttpUrl/"],
          },
          {
            tag: "function-wrap[wrap_val()]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/2/", "#/$defs/PydanticHttpUrl/"],
          },
        ],
      },
      {
        path: ["license"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[LicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/0/", "#/$defs/LicenseId/"],
          },
          {
            tag: "function-after[DeprecatedLicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/1/", "#/$defs/DeprecatedLicenseId/"],
          },
          { tag: "str", schemaPrefixes: ["#/properties/license/anyOf/2/"] },
        ],
      },
    ],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/name",
      "#/properties/id_emoji/anyOf/0",
      "#/properties/download_url/anyOf/0",
      "#/properties/icon/anyOf/0",
      "#/properties/format_version",
      "#/properties/id/anyOf/0",
      "#/properties/source/anyOf/0",
      "#/$defs/BadgeDescr/properties/icon/anyOf/1",
      "#/$defs/BadgeDescr/properties/icon/anyOf/2",
      "#/$defs/BadgeDescr/properties/url",
      "#/$defs/CiteEntryV02/properties/doi/anyOf/0",
      "#/$defs/Doi",
      "#/$defs/FileSource/anyOf/0",
      "#/$defs/HttpUrl",
      "#/$defs/PydanticHttpUrl",
      "#/$defs/ResourceId",
    ],
    loadValidator: () => import("./validators/bioimageio/generic/0.2.js"),
    loadFields: () => import("./fields/bioimageio/generic/0.2.js"),
  },
  "bioimageio/generic/0.3": {
    key: "bioimageio/generic/0.3",
    family: "bioimageio",
    type: "generic",
    version: "0.3",
    formatVersion: "0.3.0",
    id: "https://bioimage-specs.org/specs/bioimageio/generic/0.3.json",
    specPath: "specs/bioimageio/generic/0.3.json",
    typeName: "GenericDescr",
    unions: [
      {
        path: ["license"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[LicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/0/", "#/$defs/LicenseId/"],
          },
          {
            tag: "function-after[DeprecatedLicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/1/", "#/$defs/DeprecatedLicenseId/"],
          },
        ],
      },
      {
        path: ["icon"],
        kind: "branch",
        branches: [
          { tag: "constrained-str", schemaPrefixes: ["#/properties/icon/anyOf/0/"] },
          {
            tag: "function-after[wo_special_file_name(), union[function-after[HttpUrl(), str],RelativeFilePath,function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]]",
            schemaPrefixes: [
              "#/properties/icon/anyOf/1/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/RelativeFilePath/",
            ],
          },
        ],
      },
      {
        path: ["version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["badges", "[]", "icon"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[wo_special_file_name(), union[function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]],RelativeFilePath]]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/0/", "#/$defs/RelativeFilePath/"],
          },
          {
            tag: "function-after[HttpUrl(), str]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/1/", "#/$defs/HttpUrl/"],
          },
          {
            tag: "function-wrap[wrap_val()]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/2/", "#/$defs/PydanticHttpUrl/"],
          },
        ],
      },
    ],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/description",
      "#/properties/id_emoji/anyOf/0",
      "#/properties/git_repo/anyOf/0",
      "#/properties/icon/anyOf/0",
      "#/properties/version_comment/anyOf/0",
      "#/properties/format_version",
      "#/properties/id/anyOf/0",
      "#/properties/parent/anyOf/0",
      "#/properties/source/anyOf/0",
      "#/$defs/BadgeDescr/properties/icon/anyOf/1",
      "#/$defs/BadgeDescr/properties/icon/anyOf/2",
      "#/$defs/BadgeDescr/properties/url",
      "#/$defs/CiteEntry/properties/doi/anyOf/0",
      "#/$defs/CiteEntry/properties/url/anyOf/0",
      "#/$defs/Doi",
      "#/$defs/FileDescr/properties/sha256/anyOf/0",
      "#/$defs/FileSource/anyOf/0",
      "#/$defs/HttpUrl",
      "#/$defs/PydanticHttpUrl",
      "#/$defs/ResourceId",
      "#/$defs/Sha256",
    ],
    loadValidator: () => import("./validators/bioimageio/generic/0.3.js"),
    loadFields: () => import("./fields/bioimageio/generic/0.3.js"),
  },
  "bioimageio/model/0.4": {
    key: "bioimageio/model/0.4",
    family: "bioimageio",
    type: "model",
    version: "0.4",
    formatVersion: "0.4.10",
    id: "https://bioimage-specs.org/specs/bioimageio/model/0.4.json",
    specPath: "specs/bioimageio/model/0.4.json",
    typeName: "ModelDescr",
    unions: [
      {
        path: ["icon"],
        kind: "branch",
        branches: [
          { tag: "constrained-str", schemaPrefixes: ["#/properties/icon/anyOf/0/"] },
          {
            tag: "union[function-after[HttpUrl(), str],RelativeFilePath,function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]",
            schemaPrefixes: [
              "#/properties/icon/anyOf/1/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/RelativeFilePath/",
            ],
          },
        ],
      },
      {
        path: ["version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["inputs", "[]", "shape"],
        kind: "branch",
        branches: [
          {
            tag: "json-or-python[json=list[int],python=chain[is-instance[Sequence],function-wrap[sequence_validator()]]]",
            schemaPrefixes: ["#/$defs/InputTensorDescr/properties/shape/anyOf/0/"],
            array: true,
          },
          {
            tag: "function-after[matching_lengths(), ParameterizedInputShape]",
            schemaPrefixes: ["#/$defs/InputTensorDescr/properties/shape/anyOf/1/", "#/$defs/ParameterizedInputShape/"],
          },
        ],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]"],
        kind: "tag",
        property: "name",
        tags: ["binarize", "clip", "scale_linear", "sigmoid", "zero_mean_unit_variance", "scale_range"],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs", "gain"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleLinearKwargs/properties/gain/anyOf/0/"] },
          { tag: "list[float]", schemaPrefixes: ["#/$defs/ScaleLinearKwargs/properties/gain/anyOf/1/"], array: true },
        ],
        when: [{ at: 4, property: "name", equals: "scale_linear" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs", "offset"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleLinearKwargs/properties/offset/anyOf/0/"] },
          { tag: "list[float]", schemaPrefixes: ["#/$defs/ScaleLinearKwargs/properties/offset/anyOf/1/"], array: true },
        ],
        when: [{ at: 4, property: "name", equals: "scale_linear" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs", "mean"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/0/"] },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/1/"],
            array: true,
          },
        ],
        when: [{ at: 4, property: "name", equals: "zero_mean_unit_variance" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs", "std"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/0/"] },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/1/"],
            array: true,
          },
        ],
        when: [{ at: 4, property: "name", equals: "zero_mean_unit_variance" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs", "min_percentile"],
        kind: "branch",
        branches: [
          { tag: "int", schemaPrefixes: ["#/$defs/ScaleRangeKwargs/properties/min_percentile/anyOf/0/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleRangeKwargs/properties/min_percentile/anyOf/1/"] },
        ],
        when: [{ at: 4, property: "name", equals: "scale_range" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs", "max_percentile"],
        kind: "branch",
        branches: [
          { tag: "int", schemaPrefixes: ["#/$defs/ScaleRangeKwargs/properties/max_percentile/anyOf/0/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleRangeKwargs/properties/max_percentile/anyOf/1/"] },
        ],
        when: [{ at: 4, property: "name", equals: "scale_range" }],
      },
      {
        path: ["license"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[LicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/0/", "#/$defs/LicenseId/"],
          },
          { tag: "str", schemaPrefixes: ["#/properties/license/anyOf/1/"] },
        ],
      },
      {
        path: ["outputs", "[]", "shape"],
        kind: "branch",
        branches: [
          {
            tag: "json-or-python[json=list[int],python=chain[is-instance[Sequence],function-wrap[sequence_validator()]]]",
            schemaPrefixes: ["#/$defs/OutputTensorDescr/properties/shape/anyOf/0/"],
            array: true,
          },
          {
            tag: "function-after[matching_lengths(), ImplicitOutputShape]",
            schemaPrefixes: [
              "#/$defs/OutputTensorDescr/properties/shape/anyOf/1/",
              "#/$defs/Identifier/",
              "#/$defs/ImplicitOutputShape/",
              "#/$defs/TensorName/",
            ],
          },
        ],
      },
      {
        path: ["outputs", "[]", "shape", "offset", "[]"],
        kind: "branch",
        branches: [
          { tag: "int", schemaPrefixes: ["#/$defs/ImplicitOutputShape/properties/offset/items/anyOf/0/"] },
          {
            tag: "constrained-float",
            schemaPrefixes: ["#/$defs/ImplicitOutputShape/properties/offset/items/anyOf/1/"],
          },
        ],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]"],
        kind: "tag",
        property: "name",
        tags: [
          "binarize",
          "clip",
          "scale_linear",
          "sigmoid",
          "zero_mean_unit_variance",
          "scale_range",
          "scale_mean_variance",
        ],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs", "gain"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleLinearKwargs/properties/gain/anyOf/0/"] },
          { tag: "list[float]", schemaPrefixes: ["#/$defs/ScaleLinearKwargs/properties/gain/anyOf/1/"], array: true },
        ],
        when: [{ at: 4, property: "name", equals: "scale_linear" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs", "offset"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleLinearKwargs/properties/offset/anyOf/0/"] },
          { tag: "list[float]", schemaPrefixes: ["#/$defs/ScaleLinearKwargs/properties/offset/anyOf/1/"], array: true },
        ],
        when: [{ at: 4, property: "name", equals: "scale_linear" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs", "mean"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/0/"] },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/1/"],
            array: true,
          },
        ],
        when: [{ at: 4, property: "name", equals: "zero_mean_unit_variance" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs", "std"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/0/"] },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/1/"],
            array: true,
          },
        ],
        when: [{ at: 4, property: "name", equals: "zero_mean_unit_variance" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs", "min_percentile"],
        kind: "branch",
        branches: [
          { tag: "int", schemaPrefixes: ["#/$defs/ScaleRangeKwargs/properties/min_percentile/anyOf/0/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleRangeKwargs/properties/min_percentile/anyOf/1/"] },
        ],
        when: [{ at: 4, property: "name", equals: "scale_range" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs", "max_percentile"],
        kind: "branch",
        branches: [
          { tag: "int", schemaPrefixes: ["#/$defs/ScaleRangeKwargs/properties/max_percentile/anyOf/0/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleRangeKwargs/properties/max_percentile/anyOf/1/"] },
        ],
        when: [{ at: 4, property: "name", equals: "scale_range" }],
      },
      {
        path: ["run_mode", "name"],
        kind: "branch",
        branches: [
          { tag: "literal['deepimagej']", schemaPrefixes: ["#/$defs/RunMode/properties/name/anyOf/0/"] },
          { tag: "str", schemaPrefixes: ["#/$defs/RunMode/properties/name/anyOf/1/"] },
        ],
      },
      {
        path: ["training_data"],
        kind: "branch",
        branches: [
          { tag: "LinkedDataset", schemaPrefixes: ["#/properties/training_data/anyOf/0/", "#/$defs/LinkedDataset/"] },
          {
            tag: "function-after[_set_init_validation_summary(), DatasetDescr]",
            schemaPrefixes: ["#/properties/training_data/anyOf/1/", "#/$defs/DatasetDescr/"],
          },
        ],
      },
      {
        path: ["weights", "keras_hdf5", "tensorflow_version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["weights", "pytorch_state_dict", "architecture"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[CallableFromFile(), str]",
            schemaPrefixes: ["#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/0/"],
          },
          {
            tag: "function-after[CallableFromDepencency(), str]",
            schemaPrefixes: ["#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/1/"],
          },
        ],
      },
      {
        path: ["weights", "pytorch_state_dict", "pytorch_version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["weights", "tensorflow_js", "tensorflow_version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["weights", "tensorflow_saved_model_bundle", "tensorflow_version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["weights", "torchscript", "pytorch_version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
    ],
    sequences: [
      "#/$defs/InputTensorDescr/properties/shape/anyOf/0",
      "#/$defs/OutputTensorDescr/properties/shape/anyOf/0",
      "#/$defs/OutputTensorDescr/properties/halo/anyOf/0",
    ],
    tuples: [
      "#/$defs/InputTensorDescr/properties/data_range/anyOf/0",
      "#/$defs/OutputTensorDescr/properties/data_range/anyOf/0",
    ],
    strict: [],
    decodedStrings: [
      "#/properties/name",
      "#/properties/id_emoji/anyOf/0",
      "#/properties/download_url/anyOf/0",
      "#/properties/icon/anyOf/0",
      "#/properties/format_version",
      "#/properties/type",
      "#/properties/id/anyOf/0",
      "#/$defs/BadgeDescr2/properties/icon/anyOf/1",
      "#/$defs/BadgeDescr2/properties/icon/anyOf/2",
      "#/$defs/BadgeDescr2/properties/url",
      "#/$defs/BinarizeDescr/properties/name",
      "#/$defs/CiteEntry/properties/doi/anyOf/0",
      "#/$defs/ClipDescr/properties/name",
      "#/$defs/Doi",
      "#/$defs/FileSource/anyOf/0",
      "#/$defs/HttpUrl",
      "#/$defs/Identifier",
      "#/$defs/ImplicitOutputShape/properties/reference_tensor",
      "#/$defs/InputTensorDescr/properties/name",
      "#/$defs/InputTensorDescr/properties/data_type",
      "#/$defs/KerasHdf5WeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/KerasHdf5WeightsDescr/properties/dependencies/anyOf/0",
      "#/$defs/KerasHdf5WeightsDescr/properties/parent/anyOf/0",
      "#/$defs/LinkedDataset/properties/id",
      "#/$defs/LinkedModel/properties/id",
      "#/$defs/OnnxWeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/OnnxWeightsDescr/properties/dependencies/anyOf/0",
      "#/$defs/OnnxWeightsDescr/properties/parent/anyOf/0",
      "#/$defs/OutputTensorDescr/properties/name",
      "#/$defs/OutputTensorDescr/properties/data_type",
      "#/$defs/PostprocessingDescr/properties/name",
      "#/$defs/PreprocessingDescr/properties/name",
      "#/$defs/PydanticHttpUrl",
      "#/$defs/PytorchStateDictWeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf/0",
      "#/$defs/PytorchStateDictWeightsDescr/properties/parent/anyOf/0",
      "#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/0",
      "#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/1",
      "#/$defs/PytorchStateDictWeightsDescr/properties/architecture_sha256/anyOf/0",
      "#/$defs/RangeBound/anyOf/1",
      "#/$defs/ResourceId",
      "#/$defs/RunMode/properties/name/anyOf/0",
      "#/$defs/ScaleLinearDescr/properties/name",
      "#/$defs/ScaleMeanVarianceDescr/properties/name",
      "#/$defs/ScaleMeanVarianceKwargs/properties/mode",
      "#/$defs/ScaleMeanVarianceKwargs/properties/reference_tensor",
      "#/$defs/ScaleRangeDescr/properties/name",
      "#/$defs/ScaleRangeKwargs/properties/mode",
      "#/$defs/ScaleRangeKwargs/properties/reference_tensor/anyOf/0",
      "#/$defs/Sha256",
      "#/$defs/SigmoidDescr/properties/name",
      "#/$defs/TensorName",
      "#/$defs/TensorflowJsWeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/TensorflowJsWeightsDescr/properties/dependencies/anyOf/0",
      "#/$defs/TensorflowJsWeightsDescr/properties/parent/anyOf/0",
      "#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf/0",
      "#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/parent/anyOf/0",
      "#/$defs/TorchscriptWeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/TorchscriptWeightsDescr/properties/dependencies/anyOf/0",
      "#/$defs/TorchscriptWeightsDescr/properties/parent/anyOf/0",
      "#/$defs/WeightsFormat",
      "#/$defs/ZeroMeanUnitVarianceDescr/properties/name",
      "#/$defs/ZeroMeanUnitVarianceKwargs/properties/mode",
    ],
    loadValidator: () => import("./validators/bioimageio/model/0.4.js"),
    loadFields: () => import("./fields/bioimageio/model/0.4.js"),
  },
  "bioimageio/model/0.5": {
    key: "bioimageio/model/0.5",
    family: "bioimageio",
    type: "model",
    version: "0.5",
    formatVersion: "0.5.7",
    id: "https://bioimage-specs.org/specs/bioimageio/model/0.5.json",
    specPath: "specs/bioimageio/model/0.5.json",
    typeName: "ModelDescr",
    unions: [
      {
        path: ["license"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[LicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/0/", "#/$defs/LicenseId/"],
          },
          {
            tag: "function-after[DeprecatedLicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/1/", "#/$defs/DeprecatedLicenseId/"],
          },
        ],
      },
      {
        path: ["icon"],
        kind: "branch",
        branches: [
          { tag: "constrained-str", schemaPrefixes: ["#/properties/icon/anyOf/0/"] },
          {
            tag: "function-after[wo_special_file_name(), union[function-after[HttpUrl(), str],RelativeFilePath,function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]]",
            schemaPrefixes: [
              "#/properties/icon/anyOf/1/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/RelativeFilePath/",
            ],
          },
        ],
      },
      {
        path: ["version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["inputs", "[]", "axes", "[]"],
        kind: "tag",
        property: "type",
        tags: ["batch", "channel", "index", "time", "space"],
      },
      {
        path: ["inputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/IndexInputAxis/properties/size/anyOf/0/"] },
          {
            tag: "ParameterizedSize",
            schemaPrefixes: ["#/$defs/IndexInputAxis/properties/size/anyOf/1/", "#/$defs/ParameterizedSize/"],
          },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/IndexInputAxis/properties/size/anyOf/2/",
              "#/$defs/AxisId/",
              "#/$defs/Identifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
        ],
        when: [{ at: 4, property: "type", equals: "index" }],
      },
      {
        path: ["inputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/TimeInputAxis/properties/size/anyOf/0/"] },
          {
            tag: "ParameterizedSize",
            schemaPrefixes: ["#/$defs/TimeInputAxis/properties/size/anyOf/1/", "#/$defs/ParameterizedSize/"],
          },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/TimeInputAxis/properties/size/anyOf/2/",
              "#/$defs/AxisId/",
              "#/$defs/Identifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
        ],
        when: [{ at: 4, property: "type", equals: "time" }],
      },
      {
        path: ["inputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/SpaceInputAxis/properties/size/anyOf/0/"] },
          {
            tag: "ParameterizedSize",
            schemaPrefixes: ["#/$defs/SpaceInputAxis/properties/size/anyOf/1/", "#/$defs/ParameterizedSize/"],
          },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/SpaceInputAxis/properties/size/anyOf/2/",
              "#/$defs/AxisId/",
              "#/$defs/Identifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
        ],
        when: [{ at: 4, property: "type", equals: "space" }],
      },
      {
        path: ["inputs", "[]", "data"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[functools.partial(<function min_length_validator at 0x…>, min_length=1)(), json-or-python[json=list[union[...,...]],python=chain[is-instance[Sequence],function-wrap[sequence_validator()]]]]",
            schemaPrefixes: [
              "#/$defs/InputTensorDescr/properties/data/anyOf/1/",
              "#/$defs/IntervalOrRatioDataDescr/",
              "#/$defs/NominalOrOrdinalDataDescr/",
              "#/$defs/SiUnit/",
              "#/$defs/TensorDataDescr/",
            ],
            array: true,
          },
        ],
      },
      {
        path: ["inputs", "[]", "data"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr]",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/0/",
              "#/$defs/NominalOrOrdinalDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
          {
            tag: "IntervalOrRatioDataDescr",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/1/",
              "#/$defs/IntervalOrRatioDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
        ],
      },
      {
        path: ["inputs", "[]", "data", "values"],
        kind: "branch",
        branches: [
          {
            tag: "list[int]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/0/"],
            array: true,
          },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/1/"],
            array: true,
          },
          {
            tag: "list[bool]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/2/"],
            array: true,
          },
          {
            tag: "list[str]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/3/"],
            array: true,
          },
        ],
      },
      {
        path: ["inputs", "[]", "data", "unit"],
        kind: "branch",
        branches: [
          {
            tag: "literal['arbitrary unit']",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/0/"],
          },
          {
            tag: "function-after[SiUnit(), str]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/1/", "#/$defs/SiUnit/"],
          },
        ],
      },
      {
        path: ["inputs", "[]", "data", "unit"],
        kind: "branch",
        branches: [
          {
            tag: "literal['arbitrary unit']",
            schemaPrefixes: ["#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/0/"],
          },
          {
            tag: "function-after[SiUnit(), str]",
            schemaPrefixes: ["#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/1/", "#/$defs/SiUnit/"],
          },
        ],
      },
      {
        path: ["inputs", "[]", "data", "[]"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr]",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/0/",
              "#/$defs/NominalOrOrdinalDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
          {
            tag: "IntervalOrRatioDataDescr",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/1/",
              "#/$defs/IntervalOrRatioDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
        ],
      },
      {
        path: ["inputs", "[]", "data", "[]", "values"],
        kind: "branch",
        branches: [
          {
            tag: "list[int]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/0/"],
            array: true,
          },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/1/"],
            array: true,
          },
          {
            tag: "list[bool]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/2/"],
            array: true,
          },
          {
            tag: "list[str]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/3/"],
            array: true,
          },
        ],
      },
      {
        path: ["inputs", "[]", "data", "[]", "unit"],
        kind: "branch",
        branches: [
          {
            tag: "literal['arbitrary unit']",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/0/"],
          },
          {
            tag: "function-after[SiUnit(), str]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/1/", "#/$defs/SiUnit/"],
          },
        ],
      },
      {
        path: ["inputs", "[]", "data", "[]", "unit"],
        kind: "branch",
        branches: [
          {
            tag: "literal['arbitrary unit']",
            schemaPrefixes: ["#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/0/"],
          },
          {
            tag: "function-after[SiUnit(), str]",
            schemaPrefixes: ["#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/1/", "#/$defs/SiUnit/"],
          },
        ],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]"],
        kind: "tag",
        property: "id",
        tags: [
          "binarize",
          "clip",
          "ensure_dtype",
          "fixed_zero_mean_unit_variance",
          "scale_linear",
          "scale_range",
          "sigmoid",
          "softmax",
          "zero_mean_unit_variance",
        ],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "BinarizeKwargs",
            schemaPrefixes: ["#/$defs/BinarizeDescr/properties/kwargs/anyOf/0/", "#/$defs/BinarizeKwargs/"],
          },
          {
            tag: "BinarizeAlongAxisKwargs",
            schemaPrefixes: [
              "#/$defs/BinarizeDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/BinarizeAlongAxisKwargs/",
              "#/$defs/Identifier/",
              "#/$defs/NonBatchAxisId/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "binarize" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "FixedZeroMeanUnitVarianceKwargs",
            schemaPrefixes: [
              "#/$defs/FixedZeroMeanUnitVarianceDescr/properties/kwargs/anyOf/0/",
              "#/$defs/FixedZeroMeanUnitVarianceKwargs/",
            ],
          },
          {
            tag: "function-after[_mean_and_std_match(), FixedZeroMeanUnitVarianceAlongAxisKwargs]",
            schemaPrefixes: [
              "#/$defs/FixedZeroMeanUnitVarianceDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/",
              "#/$defs/Identifier/",
              "#/$defs/NonBatchAxisId/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "fixed_zero_mean_unit_variance" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate(), ScaleLinearKwargs]",
            schemaPrefixes: ["#/$defs/ScaleLinearDescr/properties/kwargs/anyOf/0/", "#/$defs/ScaleLinearKwargs/"],
          },
          {
            tag: "function-after[_validate(), ScaleLinearAlongAxisKwargs]",
            schemaPrefixes: [
              "#/$defs/ScaleLinearDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/Identifier/",
              "#/$defs/NonBatchAxisId/",
              "#/$defs/ScaleLinearAlongAxisKwargs/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "scale_linear" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs", "gain"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleLinearAlongAxisKwargs/properties/gain/anyOf/0/"] },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/ScaleLinearAlongAxisKwargs/properties/gain/anyOf/1/"],
            array: true,
          },
        ],
        when: [{ at: 4, property: "id", equals: "scale_linear" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs", "offset"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleLinearAlongAxisKwargs/properties/offset/anyOf/0/"] },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/ScaleLinearAlongAxisKwargs/properties/offset/anyOf/1/"],
            array: true,
          },
        ],
        when: [{ at: 4, property: "id", equals: "scale_linear" }],
      },
      {
        path: ["outputs", "[]", "axes", "[]"],
        kind: "tag",
        property: "type",
        tags: ["batch", "channel", "index", "time", "space"],
      },
      {
        path: ["outputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/IndexOutputAxis/properties/size/anyOf/0/"] },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/IndexOutputAxis/properties/size/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/Identifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
          {
            tag: "function-after[_validate_max_gt_min(), DataDependentSize]",
            schemaPrefixes: ["#/$defs/IndexOutputAxis/properties/size/anyOf/2/", "#/$defs/DataDependentSize/"],
          },
        ],
        when: [{ at: 4, property: "type", equals: "index" }],
      },
      {
        path: ["outputs", "[]", "axes", "[]"],
        kind: "presence",
        property: "halo",
        present: "with_halo",
        absent: "wo_halo",
        when: [{ at: 4, property: "type", equals: "time" }],
      },
      {
        path: ["outputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/TimeOutputAxis/properties/size/anyOf/0/"] },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/TimeOutputAxis/properties/size/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/Identifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
        ],
        when: [
          { at: 4, property: "type", equals: "time" },
          { at: 4, property: "halo", present: false },
        ],
      },
      {
        path: ["outputs", "[]", "axes", "[]"],
        kind: "presence",
        property: "halo",
        present: "with_halo",
        absent: "wo_halo",
        when: [{ at: 4, property: "type", equals: "space" }],
      },
      {
        path: ["outputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/SpaceOutputAxis/properties/size/anyOf/0/"] },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/SpaceOutputAxis/properties/size/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/Identifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
        ],
        when: [
          { at: 4, property: "type", equals: "space" },
          { at: 4, property: "halo", present: false },
        ],
      },
      {
        path: ["outputs", "[]", "data"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[functools.partial(<function min_length_validator at 0x…>, min_length=1)(), json-or-python[json=list[union[function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr],IntervalOrRatioDataDescr]],python=chain[is-instance[Sequence],function-wrap[sequence_validator()]]]]",
            schemaPrefixes: [
              "#/$defs/OutputTensorDescr/properties/data/anyOf/1/",
              "#/$defs/IntervalOrRatioDataDescr/",
              "#/$defs/NominalOrOrdinalDataDescr/",
              "#/$defs/SiUnit/",
              "#/$defs/TensorDataDescr/",
            ],
            array: true,
          },
        ],
      },
      {
        path: ["outputs", "[]", "data"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr]",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/0/",
              "#/$defs/NominalOrOrdinalDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
          {
            tag: "IntervalOrRatioDataDescr",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/1/",
              "#/$defs/IntervalOrRatioDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
        ],
      },
      {
        path: ["outputs", "[]", "data", "values"],
        kind: "branch",
        branches: [
          {
            tag: "list[int]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/0/"],
            array: true,
          },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/1/"],
            array: true,
          },
          {
            tag: "list[bool]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/2/"],
            array: true,
          },
          {
            tag: "list[str]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/3/"],
            array: true,
          },
        ],
      },
      {
        path: ["outputs", "[]", "data", "unit"],
        kind: "branch",
        branches: [
          {
            tag: "literal['arbitrary unit']",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/0/"],
          },
          {
            tag: "function-after[SiUnit(), str]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/1/", "#/$defs/SiUnit/"],
          },
        ],
      },
      {
        path: ["outputs", "[]", "data", "unit"],
        kind: "branch",
        branches: [
          {
            tag: "literal['arbitrary unit']",
            schemaPrefixes: ["#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/0/"],
          },
          {
            tag: "function-after[SiUnit(), str]",
            schemaPrefixes: ["#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/1/", "#/$defs/SiUnit/"],
          },
        ],
      },
      {
        path: ["outputs", "[]", "data", "[]"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr]",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/0/",
              "#/$defs/NominalOrOrdinalDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
          {
            tag: "IntervalOrRatioDataDescr",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/1/",
              "#/$defs/IntervalOrRatioDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
        ],
      },
      {
        path: ["outputs", "[]", "data", "[]", "values"],
        kind: "branch",
        branches: [
          {
            tag: "list[int]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/0/"],
            array: true,
          },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/1/"],
            array: true,
          },
          {
            tag: "list[bool]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/2/"],
            array: true,
          },
          {
            tag: "list[str]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/3/"],
            array: true,
          },
        ],
      },
      {
        path: ["outputs", "[]", "data", "[]", "unit"],
        kind: "branch",
        branches: [
          {
            tag: "literal['arbitrary unit']",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/0/"],
          },
          {
            tag: "function-after[SiUnit(), str]",
            schemaPrefixes: ["#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/1/", "#/$defs/SiUnit/"],
          },
        ],
      },
      {
        path: ["outputs", "[]", "data", "[]", "unit"],
        kind: "branch",
        branches: [
          {
            tag: "literal['arbitrary unit']",
            schemaPrefixes: ["#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/0/"],
          },
          {
            tag: "function-after[SiUnit(), str]",
            schemaPrefixes: ["#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/1/", "#/$defs/SiUnit/"],
          },
        ],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]"],
        kind: "tag",
        property: "id",
        tags: [
          "binarize",
          "clip",
          "ensure_dtype",
          "fixed_zero_mean_unit_variance",
          "scale_linear",
          "scale_mean_variance",
          "scale_range",
          "sigmoid",
          "softmax",
          "zero_mean_unit_variance",
        ],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "BinarizeKwargs",
            schemaPrefixes: ["#/$defs/BinarizeDescr/properties/kwargs/anyOf/0/", "#/$defs/BinarizeKwargs/"],
          },
          {
            tag: "BinarizeAlongAxisKwargs",
            schemaPrefixes: [
              "#/$defs/BinarizeDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/BinarizeAlongAxisKwargs/",
              "#/$defs/Identifier/",
              "#/$defs/NonBatchAxisId/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "binarize" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "FixedZeroMeanUnitVarianceKwargs",
            schemaPrefixes: [
              "#/$defs/FixedZeroMeanUnitVarianceDescr/properties/kwargs/anyOf/0/",
              "#/$defs/FixedZeroMeanUnitVarianceKwargs/",
            ],
          },
          {
            tag: "function-after[_mean_and_std_match(), FixedZeroMeanUnitVarianceAlongAxisKwargs]",
            schemaPrefixes: [
              "#/$defs/FixedZeroMeanUnitVarianceDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/",
              "#/$defs/Identifier/",
              "#/$defs/NonBatchAxisId/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "fixed_zero_mean_unit_variance" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate(), ScaleLinearKwargs]",
            schemaPrefixes: ["#/$defs/ScaleLinearDescr/properties/kwargs/anyOf/0/", "#/$defs/ScaleLinearKwargs/"],
          },
          {
            tag: "function-after[_validate(), ScaleLinearAlongAxisKwargs]",
            schemaPrefixes: [
              "#/$defs/ScaleLinearDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/Identifier/",
              "#/$defs/NonBatchAxisId/",
              "#/$defs/ScaleLinearAlongAxisKwargs/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "scale_linear" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs", "gain"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleLinearAlongAxisKwargs/properties/gain/anyOf/0/"] },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/ScaleLinearAlongAxisKwargs/properties/gain/anyOf/1/"],
            array: true,
          },
        ],
        when: [{ at: 4, property: "id", equals: "scale_linear" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs", "offset"],
        kind: "branch",
        branches: [
          { tag: "float", schemaPrefixes: ["#/$defs/ScaleLinearAlongAxisKwargs/properties/offset/anyOf/0/"] },
          {
            tag: "list[float]",
            schemaPrefixes: ["#/$defs/ScaleLinearAlongAxisKwargs/properties/offset/anyOf/1/"],
            array: true,
          },
        ],
        when: [{ at: 4, property: "id", equals: "scale_linear" }],
      },
      {
        path: ["parent", "version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["run_mode", "name"],
        kind: "branch",
        branches: [
          { tag: "literal['deepimagej']", schemaPrefixes: ["#/$defs/RunMode/properties/name/anyOf/0/"] },
          { tag: "str", schemaPrefixes: ["#/$defs/RunMode/properties/name/anyOf/1/"] },
        ],
      },
      {
        path: ["training_data"],
        kind: "branch",
        branches: [
          {
            tag: "LinkedDataset",
            schemaPrefixes: [
              "#/properties/training_data/anyOf/0/",
              "#/$defs/LinkedDataset/",
              "#/$defs/ResourceId/",
              "#/$defs/Version/",
            ],
          },
        ],
      },
      {
        path: ["training_data", "version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["weights", "keras_hdf5", "tensorflow_version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["weights", "pytorch_state_dict", "architecture"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate_sha256(), ArchitectureFromFileDescr]",
            schemaPrefixes: [
              "#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/0/",
              "#/$defs/ArchitectureFromFileDescr/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/Identifier/",
              "#/$defs/RelativeFilePath/",
              "#/$defs/Sha256/",
            ],
          },
          {
            tag: "ArchitectureFromLibraryDescr",
            schemaPrefixes: [
              "#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/1/",
              "#/$defs/ArchitectureFromLibraryDescr/",
              "#/$defs/Identifier/",
            ],
          },
        ],
      },
      {
        path: ["weights", "pytorch_state_dict", "pytorch_version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["weights", "tensorflow_js", "tensorflow_version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["weights", "tensorflow_saved_model_bundle", "tensorflow_version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["weights", "torchscript", "pytorch_version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
    ],
    sequences: [
      "#/properties/inputs",
      "#/properties/outputs",
      "#/$defs/BioimageioConfig/properties/reproducibility_tolerance",
      "#/$defs/ClipKwargs/properties/axes/anyOf/0",
      "#/$defs/InputTensorDescr/properties/axes",
      "#/$defs/InputTensorDescr/properties/data/anyOf/1",
      "#/$defs/OutputTensorDescr/properties/axes",
      "#/$defs/OutputTensorDescr/properties/data/anyOf/1",
      "#/$defs/ReproducibilityTolerance/properties/output_ids",
      "#/$defs/ReproducibilityTolerance/properties/weights_formats",
      "#/$defs/ScaleMeanVarianceKwargs/properties/axes/anyOf/0",
      "#/$defs/ScaleRangeKwargs/properties/axes/anyOf/0",
      "#/$defs/ZeroMeanUnitVarianceKwargs/properties/axes/anyOf/0",
    ],
    tuples: ["#/$defs/IntervalOrRatioDataDescr/properties/range"],
    strict: ["#/$defs/SizeReference/properties/offset"],
    decodedStrings: [
      "#/properties/description",
      "#/properties/id_emoji/anyOf/0",
      "#/properties/git_repo/anyOf/0",
      "#/properties/icon/anyOf/0",
      "#/properties/version_comment/anyOf/0",
      "#/properties/format_version",
      "#/properties/type",
      "#/properties/id/anyOf/0",
      "#/$defs/ArchitectureFromFileDescr/properties/sha256/anyOf/0",
      "#/$defs/ArchitectureFromFileDescr/properties/callable",
      "#/$defs/ArchitectureFromLibraryDescr/properties/callable",
      "#/$defs/AxisId",
      "#/$defs/BatchAxis/properties/id",
      "#/$defs/BatchAxis/properties/description",
      "#/$defs/BatchAxis/properties/type",
      "#/$defs/BatchAxisId",
      "#/$defs/BinarizeAlongAxisKwargs/properties/axis",
      "#/$defs/BinarizeDescr/properties/id",
      "#/$defs/BioimageioConfig/properties/architecture_type/anyOf/0",
      "#/$defs/BioimageioConfig/properties/new_version/anyOf/0",
      "#/$defs/ChannelAxis/properties/id",
      "#/$defs/ChannelAxis/properties/description",
      "#/$defs/ChannelAxis/properties/type",
      "#/$defs/ChannelAxis/properties/channel_names/items",
      "#/$defs/CiteEntry/properties/doi/anyOf/0",
      "#/$defs/CiteEntry/properties/url/anyOf/0",
      "#/$defs/ClipDescr/properties/id",
      "#/$defs/ClipKwargs/properties/axes/anyOf/0/items",
      "#/$defs/Doi",
      "#/$defs/EnsureDtypeDescr/properties/id",
      "#/$defs/EnsureDtypeKwargs/properties/dtype",
      "#/$defs/Evaluation/properties/model_id/anyOf/0",
      "#/$defs/Evaluation/properties/dataset_id",
      "#/$defs/Evaluation/properties/dataset_source",
      "#/$defs/Evaluation/properties/dataset_role",
      "#/$defs/Evaluation/properties/evaluation_factors/items",
      "#/$defs/Evaluation/properties/metrics/items",
      "#/$defs/FileDescr/properties/sha256/anyOf/0",
      "#/$defs/FileSource/anyOf/0",
      "#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/properties/axis",
      "#/$defs/FixedZeroMeanUnitVarianceDescr/properties/id",
      "#/$defs/HttpUrl",
      "#/$defs/Identifier",
      "#/$defs/IndexInputAxis/properties/id",
      "#/$defs/IndexInputAxis/properties/description",
      "#/$defs/IndexInputAxis/properties/type",
      "#/$defs/IndexOutputAxis/properties/id",
      "#/$defs/IndexOutputAxis/properties/description",
      "#/$defs/IndexOutputAxis/properties/type",
      "#/$defs/InputAxis/properties/type",
      "#/$defs/InputTensorDescr/properties/id",
      "#/$defs/InputTensorDescr/properties/description",
      "#/$defs/IntervalOrRatioDataDescr/properties/type",
      "#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/0",
      "#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/1",
      "#/$defs/KerasHdf5WeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/KerasHdf5WeightsDescr/properties/parent/anyOf/0",
      "#/$defs/LinkedDataset/properties/id",
      "#/$defs/LinkedModel/properties/id",
      "#/$defs/ModelId",
      "#/$defs/NominalOrOrdinalDataDescr/properties/type",
      "#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/0",
      "#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/1",
      "#/$defs/NonBatchAxisId",
      "#/$defs/OnnxWeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/OnnxWeightsDescr/properties/parent/anyOf/0",
      "#/$defs/OutputAxis/properties/type",
      "#/$defs/OutputTensorDescr/properties/id",
      "#/$defs/OutputTensorDescr/properties/description",
      "#/$defs/PostprocessingDescr/properties/id",
      "#/$defs/PreprocessingDescr/properties/id",
      "#/$defs/PytorchStateDictWeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/PytorchStateDictWeightsDescr/properties/parent/anyOf/0",
      "#/$defs/ReproducibilityTolerance/properties/output_ids/items",
      "#/$defs/ReproducibilityTolerance/properties/weights_formats/items",
      "#/$defs/ResourceId",
      "#/$defs/RunMode/properties/name/anyOf/0",
      "#/$defs/ScaleLinearAlongAxisKwargs/properties/axis",
      "#/$defs/ScaleLinearDescr/properties/id",
      "#/$defs/ScaleMeanVarianceDescr/properties/id",
      "#/$defs/ScaleMeanVarianceKwargs/properties/reference_tensor",
      "#/$defs/ScaleMeanVarianceKwargs/properties/axes/anyOf/0/items",
      "#/$defs/ScaleRangeDescr/properties/id",
      "#/$defs/ScaleRangeKwargs/properties/axes/anyOf/0/items",
      "#/$defs/ScaleRangeKwargs/properties/reference_tensor/anyOf/0",
      "#/$defs/Sha256",
      "#/$defs/SiUnit",
      "#/$defs/SigmoidDescr/properties/id",
      "#/$defs/SizeReference/properties/tensor_id",
      "#/$defs/SizeReference/properties/axis_id",
      "#/$defs/SoftmaxDescr/properties/id",
      "#/$defs/SoftmaxKwargs/properties/axis",
      "#/$defs/SpaceInputAxis/properties/id",
      "#/$defs/SpaceInputAxis/properties/description",
      "#/$defs/SpaceInputAxis/properties/type",
      "#/$defs/SpaceInputAxis/properties/unit/anyOf/0",
      "#/$defs/SpaceOutputAxis/properties/id",
      "#/$defs/SpaceOutputAxis/properties/description",
      "#/$defs/SpaceOutputAxis/properties/type",
      "#/$defs/SpaceOutputAxis/properties/unit/anyOf/0",
      "#/$defs/SpaceOutputAxisUnion/properties/type",
      "#/$defs/SpaceOutputAxisWithHalo/properties/id",
      "#/$defs/SpaceOutputAxisWithHalo/properties/description",
      "#/$defs/SpaceOutputAxisWithHalo/properties/type",
      "#/$defs/SpaceOutputAxisWithHalo/properties/unit/anyOf/0",
      "#/$defs/TensorId",
      "#/$defs/TensorflowJsWeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/TensorflowJsWeightsDescr/properties/parent/anyOf/0",
      "#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/parent/anyOf/0",
      "#/$defs/TimeInputAxis/properties/id",
      "#/$defs/TimeInputAxis/properties/description",
      "#/$defs/TimeInputAxis/properties/type",
      "#/$defs/TimeInputAxis/properties/unit/anyOf/0",
      "#/$defs/TimeOutputAxis/properties/id",
      "#/$defs/TimeOutputAxis/properties/description",
      "#/$defs/TimeOutputAxis/properties/type",
      "#/$defs/TimeOutputAxis/properties/unit/anyOf/0",
      "#/$defs/TimeOutputAxisUnion/properties/type",
      "#/$defs/TimeOutputAxisWithHalo/properties/id",
      "#/$defs/TimeOutputAxisWithHalo/properties/description",
      "#/$defs/TimeOutputAxisWithHalo/properties/type",
      "#/$defs/TimeOutputAxisWithHalo/properties/unit/anyOf/0",
      "#/$defs/TorchscriptWeightsDescr/properties/sha256/anyOf/0",
      "#/$defs/TorchscriptWeightsDescr/properties/parent/anyOf/0",
      "#/$defs/WeightsFormat",
      "#/$defs/ZeroMeanUnitVarianceDescr/properties/id",
      "#/$defs/ZeroMeanUnitVarianceKwargs/properties/axes/anyOf/0/items",
    ],
    loadValidator: () => import("./validators/bioimageio/model/0.5.js"),
    loadFields: () => import("./fields/bioimageio/model/0.5.js"),
  },
  "bioimageio/notebook/0.2": {
    key: "bioimageio/notebook/0.2",
    family: "bioimageio",
    type: "notebook",
    version: "0.2",
    formatVersion: "0.2.4",
    id: "https://bioimage-specs.org/specs/bioimageio/notebook/0.2.json",
    specPath: "specs/bioimageio/notebook/0.2.json",
    typeName: "NotebookDescr",
    unions: [
      {
        path: ["icon"],
        kind: "branch",
        branches: [
          { tag: "constrained-str", schemaPrefixes: ["#/properties/icon/anyOf/0/"] },
          {
            tag: "union[function-after[HttpUrl(), str],RelativeFilePath,function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]",
            schemaPrefixes: [
              "#/properties/icon/anyOf/1/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/RelativeFilePath/",
            ],
          },
        ],
      },
      {
        path: ["version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["badges", "[]", "icon"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[wo_special_file_name(), union[function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]],RelativeFilePath]]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/0/", "#/$defs/RelativeFilePath/"],
          },
          {
            tag: "function-after[HttpUrl(), str]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/1/", "#/$defs/HttpUrl/"],
          },
          {
            tag: "function-wrap[wrap_val()]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/2/", "#/$defs/PydanticHttpUrl/"],
          },
        ],
      },
      {
        path: ["license"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[LicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/0/", "#/$defs/LicenseId/"],
          },
          {
            tag: "function-after[DeprecatedLicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/1/", "#/$defs/DeprecatedLicenseId/"],
          },
          { tag: "str", schemaPrefixes: ["#/properties/license/anyOf/2/"] },
        ],
      },
    ],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/name",
      "#/properties/id_emoji/anyOf/0",
      "#/properties/download_url/anyOf/0",
      "#/properties/icon/anyOf/0",
      "#/properties/format_version",
      "#/properties/type",
      "#/properties/id/anyOf/0",
      "#/$defs/BadgeDescr/properties/icon/anyOf/1",
      "#/$defs/BadgeDescr/properties/icon/anyOf/2",
      "#/$defs/BadgeDescr/properties/url",
      "#/$defs/CiteEntryV02/properties/doi/anyOf/0",
      "#/$defs/Doi",
      "#/$defs/FileSource/anyOf/0",
      "#/$defs/HttpUrl",
      "#/$defs/NotebookSource/anyOf/0",
      "#/$defs/PydanticHttpUrl",
      "#/$defs/ResourceId",
    ],
    loadValidator: () => import("./validators/bioimageio/notebook/0.2.js"),
    loadFields: () => import("./fields/bioimageio/notebook/0.2.js"),
  },
  "bioimageio/notebook/0.3": {
    key: "bioimageio/notebook/0.3",
    family: "bioimageio",
    type: "notebook",
    version: "0.3",
    formatVersion: "0.3.0",
    id: "https://bioimage-specs.org/specs/bioimageio/notebook/0.3.json",
    specPath: "specs/bioimageio/notebook/0.3.json",
    typeName: "NotebookDescr",
    unions: [
      {
        path: ["license"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[LicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/0/", "#/$defs/LicenseId/"],
          },
          {
            tag: "function-after[DeprecatedLicenseId(), str]",
            schemaPrefixes: ["#/properties/license/anyOf/1/", "#/$defs/DeprecatedLicenseId/"],
          },
        ],
      },
      {
        path: ["icon"],
        kind: "branch",
        branches: [
          { tag: "constrained-str", schemaPrefixes: ["#/properties/icon/anyOf/0/"] },
          {
            tag: "function-after[wo_special_file_name(), union[function-after[HttpUrl(), str],RelativeFilePath,function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]]",
            schemaPrefixes: [
              "#/properties/icon/anyOf/1/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/RelativeFilePath/",
            ],
          },
        ],
      },
      {
        path: ["version"],
        kind: "branch",
        branches: [
          { tag: "str", schemaPrefixes: ["#/$defs/Version/anyOf/0/"] },
          { tag: "int", schemaPrefixes: ["#/$defs/Version/anyOf/1/"] },
          { tag: "float", schemaPrefixes: ["#/$defs/Version/anyOf/2/"] },
        ],
      },
      {
        path: ["badges", "[]", "icon"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[wo_special_file_name(), union[function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]],RelativeFilePath]]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/0/", "#/$defs/RelativeFilePath/"],
          },
          {
            tag: "function-after[HttpUrl(), str]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/1/", "#/$defs/HttpUrl/"],
          },
          {
            tag: "function-wrap[wrap_val()]",
            schemaPrefixes: ["#/$defs/BadgeDescr/properties/icon/anyOf/2/", "#/$defs/PydanticHttpUrl/"],
          },
        ],
      },
    ],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/description",
      "#/properties/id_emoji/anyOf/0",
      "#/properties/git_repo/anyOf/0",
      "#/properties/icon/anyOf/0",
      "#/properties/version_comment/anyOf/0",
      "#/properties/format_version",
      "#/properties/type",
      "#/properties/id/anyOf/0",
      "#/properties/parent/anyOf/0",
      "#/$defs/BadgeDescr/properties/icon/anyOf/1",
      "#/$defs/BadgeDescr/properties/icon/anyOf/2",
      "#/$defs/BadgeDescr/properties/url",
      "#/$defs/CiteEntry/properties/doi/anyOf/0",
      "#/$defs/CiteEntry/properties/url/anyOf/0",
      "#/$defs/Doi",
      "#/$defs/FileDescr/properties/sha256/anyOf/0",
      "#/$defs/FileSource/anyOf/0",
      "#/$defs/HttpUrl",
      "#/$defs/NotebookSource/anyOf/0",
      "#/$defs/PydanticHttpUrl",
      "#/$defs/ResourceId",
      "#/$defs/Sha256",
    ],
    loadValidator: () => import("./validators/bioimageio/notebook/0.3.js"),
    loadFields: () => import("./fields/bioimageio/notebook/0.3.js"),
  },
  "copick/cdp-pick/1.27": {
    key: "copick/cdp-pick/1.27",
    family: "copick",
    type: "cdp-pick",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/cdp-pick/1.27.json",
    specPath: "specs/copick/cdp-pick/1.27.json",
    typeName: "CdpPickRecord",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/copick/cdp-pick/1.27.js"),
    loadFields: () => import("./fields/copick/cdp-pick/1.27.js"),
  },
  "copick/config/1.27": {
    key: "copick/config/1.27",
    family: "copick",
    type: "config",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/config/1.27.json",
    specPath: "specs/copick/config/1.27.json",
    typeName: "CopickConfig",
    unions: [
      { path: [], kind: "tag", property: "config_type", tags: ["filesystem", "cryoet_data_portal", "mlcroissant"] },
    ],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/config_type",
      "#/$defs/CopickConfigCDP/properties/config_type",
      "#/$defs/CopickConfigFSSpec/properties/config_type",
      "#/$defs/CopickConfigMLCroissant/properties/config_type",
    ],
    loadValidator: () => import("./validators/copick/config/1.27.js"),
    loadFields: () => import("./fields/copick/config/1.27.js"),
  },
  "copick/croissant-metadata/1.27": {
    key: "copick/croissant-metadata/1.27",
    family: "copick",
    type: "croissant-metadata",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/croissant-metadata/1.27.json",
    specPath: "specs/copick/croissant-metadata/1.27.json",
    typeName: "CopickCroissantMetadata",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/@type",
      "#/properties/conformsTo",
      "#/$defs/CopickField/properties/@type",
      "#/$defs/CopickField/properties/dataType",
      "#/$defs/CopickRecordSet/properties/@type",
      "#/$defs/CsvFileObject/properties/@type",
      "#/$defs/CsvFileObject/properties/encodingFormat",
      "#/$defs/CsvFileObject/properties/sha256",
    ],
    loadValidator: () => import("./validators/copick/croissant-metadata/1.27.js"),
    loadFields: () => import("./fields/copick/croissant-metadata/1.27.js"),
  },
  "copick/features-row/1.27": {
    key: "copick/features-row/1.27",
    family: "copick",
    type: "features-row",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/features-row/1.27.json",
    specPath: "specs/copick/features-row/1.27.json",
    typeName: "FeaturesRow",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/copick/features-row/1.27.js"),
    loadFields: () => import("./fields/copick/features-row/1.27.js"),
  },
  "copick/meshes-row/1.27": {
    key: "copick/meshes-row/1.27",
    family: "copick",
    type: "meshes-row",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/meshes-row/1.27.json",
    specPath: "specs/copick/meshes-row/1.27.json",
    typeName: "MeshesRow",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/copick/meshes-row/1.27.js"),
    loadFields: () => import("./fields/copick/meshes-row/1.27.js"),
  },
  "copick/objects-row/1.27": {
    key: "copick/objects-row/1.27",
    family: "copick",
    type: "objects-row",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/objects-row/1.27.json",
    specPath: "specs/copick/objects-row/1.27.json",
    typeName: "ObjectsRow",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/copick/objects-row/1.27.js"),
    loadFields: () => import("./fields/copick/objects-row/1.27.js"),
  },
  "copick/picks/1.27": {
    key: "copick/picks/1.27",
    family: "copick",
    type: "picks",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/picks/1.27.json",
    specPath: "specs/copick/picks/1.27.json",
    typeName: "CopickPicksFile",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/copick/picks/1.27.js"),
    loadFields: () => import("./fields/copick/picks/1.27.js"),
  },
  "copick/picks-row/1.27": {
    key: "copick/picks-row/1.27",
    family: "copick",
    type: "picks-row",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/picks-row/1.27.json",
    specPath: "specs/copick/picks-row/1.27.json",
    typeName: "PicksRow",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/copick/picks-row/1.27.js"),
    loadFields: () => import("./fields/copick/picks-row/1.27.js"),
  },
  "copick/runs-row/1.27": {
    key: "copick/runs-row/1.27",
    family: "copick",
    type: "runs-row",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/runs-row/1.27.json",
    specPath: "specs/copick/runs-row/1.27.json",
    typeName: "RunsRow",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/copick/runs-row/1.27.js"),
    loadFields: () => import("./fields/copick/runs-row/1.27.js"),
  },
  "copick/segmentations-row/1.27": {
    key: "copick/segmentations-row/1.27",
    family: "copick",
    type: "segmentations-row",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/segmentations-row/1.27.json",
    specPath: "specs/copick/segmentations-row/1.27.json",
    typeName: "SegmentationsRow",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/copick/segmentations-row/1.27.js"),
    loadFields: () => import("./fields/copick/segmentations-row/1.27.js"),
  },
  "copick/tomograms-row/1.27": {
    key: "copick/tomograms-row/1.27",
    family: "copick",
    type: "tomograms-row",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/tomograms-row/1.27.json",
    specPath: "specs/copick/tomograms-row/1.27.json",
    typeName: "TomogramsRow",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/copick/tomograms-row/1.27.js"),
    loadFields: () => import("./fields/copick/tomograms-row/1.27.js"),
  },
  "copick/voxel-spacings-row/1.27": {
    key: "copick/voxel-spacings-row/1.27",
    family: "copick",
    type: "voxel-spacings-row",
    version: "1.27",
    formatVersion: "1.27",
    id: "https://bioimage-specs.org/specs/copick/voxel-spacings-row/1.27.json",
    specPath: "specs/copick/voxel-spacings-row/1.27.json",
    typeName: "VoxelSpacingsRow",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/copick/voxel-spacings-row/1.27.js"),
    loadFields: () => import("./fields/copick/voxel-spacings-row/1.27.js"),
  },
  "fractal/manifest/1": {
    key: "fractal/manifest/1",
    family: "fractal",
    type: "manifest",
    version: "1",
    formatVersion: "1",
    id: "https://bioimage-specs.org/specs/fractal/manifest/1.json",
    specPath: "specs/fractal/manifest/1.json",
    typeName: "ManifestV1",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [],
    loadValidator: () => import("./validators/fractal/manifest/1.js"),
    loadFields: () => import("./fields/fractal/manifest/1.js"),
  },
  "fractal/manifest/2": {
    key: "fractal/manifest/2",
    family: "fractal",
    type: "manifest",
    version: "2",
    formatVersion: "2",
    id: "https://bioimage-specs.org/specs/fractal/manifest/2.json",
    specPath: "specs/fractal/manifest/2.json",
    typeName: "ManifestV2",
    unions: [],
    sequences: [],
    tuples: [],
    strict: [],
    decodedStrings: [
      "#/properties/manifest_version",
      "#/$defs/TaskManifestV2/properties/type/anyOf/0",
      "#/$defs/TaskType",
    ],
    loadValidator: () => import("./validators/fractal/manifest/2.js"),
    loadFields: () => import("./fields/fractal/manifest/2.js"),
  },
};
