// generated from specs/bioimageio/notebook/0.2.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "name", node: { kind: "value" } },
      { name: "description", node: { kind: "value" } },
      { name: "covers", node: { kind: "array", items: { kind: "ref", name: "FileSource" } }, default: [] },
      { name: "id_emoji", node: { kind: "value" }, default: null },
      { name: "authors", node: { kind: "array", items: { kind: "ref", name: "AuthorV02" } }, default: [] },
      { name: "attachments", node: { kind: "ref", name: "AttachmentsDescrV02" }, default: null },
      { name: "cite", node: { kind: "array", items: { kind: "ref", name: "CiteEntryV02" } }, default: [] },
      { name: "config", node: { kind: "ref", name: "ConfigV02" }, default: {} },
      { name: "download_url", node: { kind: "ref", name: "HttpUrl" }, default: null },
      { name: "git_repo", node: { kind: "value" }, default: null },
      {
        name: "icon",
        node: {
          kind: "union",
          by: "shape",
          branches: [{ node: { kind: "value" } }, { node: { kind: "ref", name: "FileSource" } }],
        },
        default: null,
      },
      { name: "links", node: { kind: "array", items: { kind: "value" } }, default: [] },
      { name: "uploader", node: { kind: "ref", name: "Uploader" }, default: null },
      { name: "maintainers", node: { kind: "array", items: { kind: "ref", name: "MaintainerV02" } }, default: [] },
      { name: "rdf_source", node: { kind: "ref", name: "FileSource" }, default: null },
      { name: "tags", node: { kind: "array", items: { kind: "value" } }, default: [] },
      { name: "version", node: { kind: "ref", name: "Version" }, default: null },
      { name: "version_number", node: { kind: "value" }, default: null },
      { name: "format_version", node: { kind: "value" } },
      { name: "badges", node: { kind: "array", items: { kind: "ref", name: "BadgeDescr" } }, default: [] },
      { name: "documentation", node: { kind: "ref", name: "FileSource" }, default: null },
      {
        name: "license",
        node: {
          kind: "union",
          by: "shape",
          branches: [
            { node: { kind: "ref", name: "LicenseId" } },
            { node: { kind: "ref", name: "DeprecatedLicenseId" } },
            { node: { kind: "value" } },
          ],
        },
        default: null,
      },
      { name: "type", node: { kind: "value" } },
      { name: "id", node: { kind: "ref", name: "ResourceId" }, default: null },
      { name: "source", node: { kind: "ref", name: "NotebookSource" } },
    ],
  },
  defs: {
    AttachmentsDescrV02: {
      kind: "object",
      open: true,
      properties: [{ name: "files", node: { kind: "array", items: { kind: "ref", name: "FileSource" } }, default: [] }],
    },
    AuthorV02: {
      kind: "object",
      open: false,
      properties: [
        { name: "affiliation", node: { kind: "value" }, default: null },
        { name: "email", node: { kind: "value" }, default: null },
        { name: "orcid", node: { kind: "ref", name: "OrcidId" }, default: null },
        { name: "name", node: { kind: "value" } },
        { name: "github_user", node: { kind: "value" }, default: null },
      ],
    },
    BadgeDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "label", node: { kind: "value" } },
        {
          name: "icon",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "ref", name: "RelativeFilePath" } },
              { node: { kind: "ref", name: "HttpUrl" } },
              { node: { kind: "ref", name: "PydanticHttpUrl" } },
            ],
          },
          default: null,
        },
        { name: "url", node: { kind: "ref", name: "HttpUrl" } },
      ],
    },
    CiteEntryV02: {
      kind: "object",
      open: false,
      properties: [
        { name: "text", node: { kind: "value" } },
        { name: "doi", node: { kind: "ref", name: "Doi" }, default: null },
        { name: "url", node: { kind: "value" }, default: null },
      ],
    },
    ConfigV02: { kind: "object", open: true, properties: [] },
    DeprecatedLicenseId: { kind: "value" },
    Doi: { kind: "value" },
    FileSource: {
      kind: "union",
      by: "shape",
      branches: [{ node: { kind: "ref", name: "HttpUrl" } }, { node: { kind: "ref", name: "RelativeFilePath" } }],
    },
    HttpUrl: { kind: "value" },
    LicenseId: { kind: "value" },
    MaintainerV02: {
      kind: "object",
      open: false,
      properties: [
        { name: "affiliation", node: { kind: "value" }, default: null },
        { name: "email", node: { kind: "value" }, default: null },
        { name: "orcid", node: { kind: "ref", name: "OrcidId" }, default: null },
        { name: "name", node: { kind: "value" }, default: null },
        { name: "github_user", node: { kind: "value" } },
      ],
    },
    NotebookSource: {
      kind: "union",
      by: "shape",
      branches: [{ node: { kind: "ref", name: "HttpUrl" } }, { node: { kind: "ref", name: "RelativeFilePath" } }],
    },
    OrcidId: { kind: "value" },
    PydanticHttpUrl: { kind: "value" },
    RelativeFilePath: { kind: "value" },
    ResourceId: { kind: "value" },
    Uploader: {
      kind: "object",
      open: false,
      properties: [
        { name: "email", node: { kind: "value" } },
        { name: "name", node: { kind: "value" }, default: null },
      ],
    },
    Version: {
      kind: "union",
      by: "shape",
      branches: [{ node: { kind: "value" } }, { node: { kind: "value" } }, { node: { kind: "value" } }],
    },
  },
};
