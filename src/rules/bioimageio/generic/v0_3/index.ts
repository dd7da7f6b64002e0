// The generic 0.3 rules.
import type { GenericDescr } from "../../../../../generated/types/bioimageio/generic/0.3.js";
import type { Rule } from "../../../types.js";
import { notASpecificType } from "./type.js";

export const genericRulesV0_3: readonly Rule<GenericDescr>[] = [notASpecificType];
