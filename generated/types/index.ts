// generated from specs/ by codegen - do not edit
export type * as bioimageio from "./bioimageio/index.js";
export type { GenericDescr } from "./bioimageio/generic/0.3.js";
export type { ModelDescr } from "./bioimageio/model/0.5.js";
