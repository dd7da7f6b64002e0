// generated from specs/ by codegen - do not edit
export type * as manifest from "./manifest/index.js";
