// generated from specs/ by codegen - do not edit
export type * as v1 from "./1.js";
export type * as v2 from "./2.js";
