// generated from specs/ by codegen - do not edit
export type * as v0_2 from "./0.2.js";
export type * as v0_3 from "./0.3.js";
