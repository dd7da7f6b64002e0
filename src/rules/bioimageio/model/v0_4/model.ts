// Views of a model 0.4 document the rules share.
import type { ModelDescr } from "../../../../../generated/types/bioimageio/model/0.4.js";

export type { ModelDescr };
