// generated from specs/ by codegen - do not edit
import type { SpecEntry } from "../src/runtime/spec-registry-types.js";
import type { GenericDescr as BioimageioGenericV0_3 } from "./types/bioimageio/generic/0.3.js";
import type { ModelDescr as BioimageioModelV0_5 } from "./types/bioimageio/model/0.5.js";

/** The document type of every spec, by `family/type/version`. */
export interface SpecTypes {
  readonly "bioimageio/generic/0.3": BioimageioGenericV0_3;
  readonly "bioimageio/model/0.5": BioimageioModelV0_5;
}

/** `family/type/version` of every spec. */
export type SpecKey = keyof SpecTypes;
/** Every spec: metadata, the discriminated unions (for the reference's `loc`), and its validator, loaded on demand. */
export const specs: { readonly [K in SpecKey]: SpecEntry<SpecTypes[K], K> } = {
  "bioimageio/generic/0.3": {
    key: "bioimageio/generic/0.3",
    family: "bioimageio",
    type: "generic",
    version: "0.3",
    formatVersion: "0.3.0",
    id: "https://bioimage-specs.org/specs/bioimageio/generic/0.3.json",
    specPath: "specs/bioimageio/generic/0.3.json",
    typeName: "GenericDescr",
    unions: [],
    loadValidator: () => import("./validators/bioimageio/generic/0.3.js"),
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
      { path: ["inputs", "*", "axes", "*"], property: "type" },
      { path: ["inputs", "*", "preprocessing", "*"], property: "id" },
      { path: ["outputs", "*", "axes", "*"], property: "type" },
      { path: ["outputs", "*", "postprocessing", "*"], property: "id" },
    ],
    loadValidator: () => import("./validators/bioimageio/model/0.5.js"),
  },
};
