// generated from specs/bioimageio/notebook/0.3.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "name", node: { kind: "value" } },
      { name: "description", node: { kind: "value" }, default: "" },
      { name: "covers", node: { kind: "array", items: { kind: "ref", name: "FileSource" } }, default: [] },
      { name: "id_emoji", node: { kind: "value" }, default: null },
      { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: [] },
      { name: "attachments", node: { kind: "array", items: { kind: "ref", name: "FileDescr" } }, default: [] },
      { name: "cite", node: { kind: "array", items: { kind: "ref", name: "CiteEntry" } }, default: [] },
      {
        name: "license",
        node: {
          kind: "union",
          by: "shape",
          branches: [
            { node: { kind: "ref", name: "LicenseId" } },
            { node: { kind: "ref", name: "DeprecatedLicenseId" } },
          ],
        },
        default: null,
      },
      { name: "git_repo", node: { kind: "ref", name: "HttpUrl" }, default: null },
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
      { name: "maintainers", node: { kind: "array", items: { kind: "ref", name: "Maintainer" } }, default: [] },
      { name: "tags", node: { kind: "array", items: { kind: "value" } }, default: [] },
      { name: "version", node: { kind: "ref", name: "Version" }, default: null },
      { name: "version_comment", node: { kind: "value" }, default: null },
      { name: "format_version", node: { kind: "value" } },
      { name: "documentation", node: { kind: "ref", name: "FileSource" }, default: null },
      { name: "badges", node: { kind: "array", items: { kind: "ref", name: "BadgeDescr" } }, default: [] },
      { name: "config", node: { kind: "ref", name: "Config" }, default: {} },
      { name: "type", node: { kind: "value" } },
      { name: "id", node: { kind: "ref", name: "ResourceId" }, default: null },
      { name: "parent", node: { kind: "ref", name: "ResourceId" }, default: null },
      { name: "source", node: { kind: "ref", name: "NotebookSource" } },
    ],
  },
  defs: {
    Author: {
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
    BioimageioConfig: { kind: "object", open: true, properties: [] },
    CiteEntry: {
      kind: "object",
      open: false,
      properties: [
        { name: "text", node: { kind: "value" } },
        { name: "doi", node: { kind: "ref", name: "Doi" }, default: null },
        { name: "url", node: { kind: "ref", name: "HttpUrl" }, default: null },
      ],
    },
    Config: {
      kind: "object",
      open: true,
      properties: [{ name: "bioimageio", node: { kind: "ref", name: "BioimageioConfig" }, default: {} }],
    },
    DeprecatedLicenseId: { kind: "value" },
    Doi: { kind: "value" },
    FileDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
      ],
    },
    FileSource: {
      kind: "union",
      by: "shape",
      branches: [{ node: { kind: "ref", name: "HttpUrl" } }, { node: { kind: "ref", name: "RelativeFilePath" } }],
    },
    HttpUrl: { kind: "value" },
    LicenseId: { kind: "value" },
    Maintainer: {
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
    Sha256: { kind: "value" },
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
