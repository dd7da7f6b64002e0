// generated from specs/ by codegen - do not edit
export type * as v0_4 from "./0.4.js";
export type * as v0_5 from "./0.5.js";
