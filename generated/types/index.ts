// generated from specs/ by codegen - do not edit
export type * as bioimageio from "./bioimageio/index.js";
export type { ApplicationDescr } from "./bioimageio/application/0.3.js";
export type { DatasetDescr } from "./bioimageio/dataset/0.3.js";
export type { GenericDescr } from "./bioimageio/generic/0.3.js";
export type { ModelDescr } from "./bioimageio/model/0.5.js";
export type { NotebookDescr } from "./bioimageio/notebook/0.3.js";
