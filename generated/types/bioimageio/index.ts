// generated from specs/ by codegen - do not edit
export type * as application from "./application/index.js";
export type * as dataset from "./dataset/index.js";
export type * as generic from "./generic/index.js";
export type * as model from "./model/index.js";
export type * as notebook from "./notebook/index.js";
