// generated from specs/ by codegen - do not edit
export type * as generic from "./generic/index.js";
export type * as model from "./model/index.js";
