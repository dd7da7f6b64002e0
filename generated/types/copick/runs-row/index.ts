// generated from specs/ by codegen - do not edit
export type * as v1_27 from "./1.27.js";
